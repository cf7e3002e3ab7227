#pragma once

#include <filesystem>
#include <memory>

#include "core/storage/AuditWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteAuditLog.h"
#include "core/storage/SqliteCandidateStore.h"
#include "core/storage/SqliteInterviewStore.h"
#include "core/storage/SqliteOpeningStore.h"
#include "core/storage/Storage.h"

namespace amhire {

// Storage in one local SQLite file. Not copyable or movable: the stores hold
// references to its database. Use from one thread at a time.
class SqliteStorage final : public Storage {
  public:
    // Opens (or creates) and migrates the file; throws StorageError.
    static std::unique_ptr<SqliteStorage> open(const std::filesystem::path& path,
                                               OpenMode mode = OpenMode::CreateIfMissing);

    explicit SqliteStorage(Database database);
    ~SqliteStorage() override;
    SqliteStorage(const SqliteStorage&) = delete;
    SqliteStorage& operator=(const SqliteStorage&) = delete;

    OpeningStore& openings() override { return openings_; }
    CandidateStore& candidates() override { return candidates_; }
    InterviewStore& interviews() override { return interviews_; }
    AuditLog& audit() override { return auditLog_; }
    std::unique_ptr<StorageTransaction> beginTransaction() override;
    std::string location() const override;
    ChangeStamp changeStamp() override;

    Database& database() { return database_; }

  private:
    // Members are destroyed in reverse order: the stores' statements go
    // before the database connection closes.
    Database database_;
    AuditWriter auditWriter_;
    SqliteOpeningStore openings_;
    SqliteCandidateStore candidates_;
    SqliteInterviewStore interviews_;
    SqliteAuditLog auditLog_;
};

} // namespace amhire
