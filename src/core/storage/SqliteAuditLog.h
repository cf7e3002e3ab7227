#pragma once

#include <SQLiteCpp/Statement.h>

#include "core/storage/AuditLog.h"

namespace amhire {

class Database;

class SqliteAuditLog final : public AuditLog {
  public:
    explicit SqliteAuditLog(Database& db);

    std::vector<AuditEntry> recent(std::size_t limit) override;
    std::vector<AuditEntry> forEntity(const std::string& entity, int64_t entityId) override;
    int64_t count() override;

  private:
    static std::vector<AuditEntry> readAll(SQLite::Statement& query);

    Database& db_;
    SQLite::Statement recent_;
    SQLite::Statement forEntity_;
    SQLite::Statement count_;
};

} // namespace amhire
