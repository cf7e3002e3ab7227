#pragma once

#include <SQLiteCpp/Statement.h>

#include "core/storage/OpeningStore.h"

namespace amhire {

class AuditWriter;
class Database;

class SqliteOpeningStore final : public OpeningStore {
  public:
    SqliteOpeningStore(Database& db, AuditWriter& audit);

    int64_t add(const Opening& opening, const std::string& actor) override;
    void update(const Opening& opening, const std::string& actor) override;
    void setStatus(int64_t openingId, const std::string& status, const std::string& actor) override;
    std::optional<Opening> find(int64_t openingId) override;
    Opening get(int64_t openingId) override;
    std::vector<Opening> list() override;

  private:
    void validate(const Opening& opening) const;
    Opening readOpening(SQLite::Statement& query) const;
    std::vector<ScorecardEntry> scorecardOf(int64_t openingId);

    Database& db_;
    AuditWriter& audit_;
    SQLite::Statement insert_;
    SQLite::Statement insertEntry_;
    SQLite::Statement update_;
    SQLite::Statement setStatus_;
    SQLite::Statement selectOne_;
    SQLite::Statement selectAll_;
    SQLite::Statement selectEntries_;
    SQLite::Statement selectAllEntries_;
};

} // namespace amhire
