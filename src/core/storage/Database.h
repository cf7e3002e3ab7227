#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include "core/storage/StorageError.h"

namespace amhire {

struct TransactionStatements;

enum class OpenMode {
    CreateIfMissing, // "New database…" and the default database: create an empty file if there is none
    ExistingOnly,    // "Open database…" and `--db PATH` of an existing file
    // Another connection to a file this process has just opened with one of
    // the above (the backup and the interview saver run on threads of their
    // own): it must exist, and the whole-file quick_check is not run again.
    AlreadyChecked,
};

// One open amhire database file: checked, migrated and configured. Opening
// never writes to a file before it is known to be an amhire database of a
// version this build understands and passes PRAGMA quick_check.
class Database {
  public:
    // PRAGMA application_id of every amhire database: "amhr".
    static constexpr int32_t kApplicationId = 0x616D6872;
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

    // Opens (or creates, with mode 0600) the database at `path` and migrates it
    // to the latest schema. Throws StorageError naming the file and what to do.
    static Database open(const std::filesystem::path& path, OpenMode mode = OpenMode::CreateIfMissing);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::filesystem::path& path() const;
    // True when this open created the file.
    bool created() const;
    int schemaVersion();

    // PRAGMA integrity_check; empty when the file is sound.
    std::vector<std::string> integrityProblems();

    // Rebuilds the file (VACUUM) and empties the write-ahead log, so deleted
    // rows leave no bytes behind. Must not run inside a transaction.
    void compact();

    bool inTransaction() const;
    void setBusyTimeout(std::chrono::milliseconds timeout);

    // The connection, for the storage classes (SQL stays in src/core/storage).
    SQLite::Database& sql();

    // The error for an SQLite failure on this file while `doing` something.
    StorageError error(const SQLite::Exception& failure, const std::string& doing) const;

    // Runs `work`, turning any SQLite::Exception into a StorageError that says
    // what was being done. StorageErrors thrown by `work` pass through.
    template <class Work> decltype(auto) guard(const char* doing, Work&& work)
    {
        try {
            return std::forward<Work>(work)();
        }
        catch (const SQLite::Exception& failure) {
            throw error(failure, doing);
        }
    }

    // BEGIN/COMMIT/SAVEPOINT statements, prepared once (see WriteTransaction).
    TransactionStatements& transactionStatements();

  private:
    Database(std::filesystem::path path, bool created, std::unique_ptr<SQLite::Database> sql);

    std::filesystem::path path_;
    bool created_ = false;
    std::unique_ptr<SQLite::Database> sql_;
    // Declared after sql_ so its statements are finalized before the connection closes.
    std::unique_ptr<TransactionStatements> transactionStatements_;
};

} // namespace amhire
