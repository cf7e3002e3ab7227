#pragma once

#include <SQLiteCpp/Statement.h>

#include "core/storage/CandidateStore.h"

namespace amhire {

class AuditWriter;
class Database;

class SqliteCandidateStore final : public CandidateStore {
  public:
    SqliteCandidateStore(Database& db, AuditWriter& audit);

    int64_t add(const Candidate& candidate, const std::string& actor) override;
    void update(const Candidate& candidate, const std::string& actor) override;
    std::optional<Candidate> find(int64_t candidateId) override;
    Candidate get(int64_t candidateId) override;
    std::optional<Candidate> findByEmail(const std::string& email) override;
    std::vector<Candidate> list() override;
    int64_t count() override;
    void erase(int64_t candidateId, const std::string& actor) override;

    int64_t addApplication(int64_t candidateId, int64_t openingId, Stage stage,
                           const std::string& actor) override;
    std::optional<Application> findApplication(int64_t applicationId) override;
    Application getApplication(int64_t applicationId) override;
    std::optional<Application> applicationFor(int64_t candidateId, int64_t openingId) override;
    std::vector<Application> applicationsOf(int64_t candidateId) override;
    std::vector<CandidateApplication> candidatesOf(int64_t openingId) override;
    void setStage(int64_t applicationId, Stage stage, const std::string& actor) override;

  private:
    Candidate validated(const Candidate& candidate) const;
    void bindFields(SQLite::Statement& statement, const Candidate& candidate) const;
    std::optional<Candidate> readOne(SQLite::Statement& query);
    std::optional<Application> readOneApplication(SQLite::Statement& query);
    [[noreturn]] void notFound(const char* what, int64_t id) const;

    Database& db_;
    AuditWriter& audit_;
    SQLite::Statement insert_;
    SQLite::Statement update_;
    SQLite::Statement selectOne_;
    SQLite::Statement selectByEmail_;
    SQLite::Statement selectAll_;
    SQLite::Statement count_;
    SQLite::Statement delete_;
    SQLite::Statement openingExists_;
    SQLite::Statement insertApplication_;
    SQLite::Statement selectApplication_;
    SQLite::Statement selectApplicationFor_;
    SQLite::Statement selectApplicationsOf_;
    SQLite::Statement selectCandidatesOf_;
    SQLite::Statement setStage_;
};

} // namespace amhire
