#include "core/storage/SqliteStorage.h"

#include <sqlite3.h>

#include "core/storage/WriteTransaction.h"

namespace amhire {
namespace {

class SqliteStorageTransaction final : public StorageTransaction {
  public:
    explicit SqliteStorageTransaction(Database& db) : db_(db), transaction_(db) {}

    void commit() override
    {
        db_.guard("saving the changes", [&] { transaction_.commit(); });
    }

  private:
    Database& db_;
    WriteTransaction transaction_;
};

} // namespace

std::unique_ptr<SqliteStorage> SqliteStorage::open(const std::filesystem::path& path, OpenMode mode)
{
    Database database = Database::open(path, mode);
    try {
        return std::make_unique<SqliteStorage>(std::move(database));
    }
    catch (const SQLite::Exception& failure) {
        // Preparing the stores' statements can still meet a lock or a damaged schema.
        throw StorageError::fromSqlite(failure, path, "opening the database");
    }
}

SqliteStorage::SqliteStorage(Database database)
    : database_(std::move(database)), auditWriter_(database_), openings_(database_, auditWriter_),
      candidates_(database_, auditWriter_), interviews_(database_, auditWriter_), auditLog_(database_)
{
}

SqliteStorage::~SqliteStorage() = default;

std::unique_ptr<StorageTransaction> SqliteStorage::beginTransaction()
{
    if (database_.inTransaction())
        throw StorageError(StorageErrorKind::InvalidInput, database_.path(),
                           "A transaction is already open on this database.");
    return database_.guard("starting a transaction",
                           [&] { return std::make_unique<SqliteStorageTransaction>(database_); });
}

std::string SqliteStorage::location() const
{
    return database_.path().string();
}

ChangeStamp SqliteStorage::changeStamp()
{
    // Rows this connection changed, and SQLite's count of commits by other
    // connections as this one has seen them.
    return database_.guard("checking for changes", [&] {
        ChangeStamp stamp;
        stamp.ours = sqlite3_total_changes64(database_.sql().getHandle());
        stamp.others = database_.sql().execAndGet("PRAGMA data_version").getInt64();
        return stamp;
    });
}

} // namespace amhire
