#include "core/storage/Database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/storage/Migrations.h"
#include "core/storage/WriteTransaction.h"

namespace amhire {
namespace {

namespace fs = std::filesystem;

constexpr mode_t kPrivateMode = S_IRUSR | S_IWUSR; // 0600: hiring data is personal data

std::string untouched(const fs::path& path)
{
    return fmt::format("amhire has not changed {}.", path.string());
}

StorageError notAmhire(const fs::path& path, const std::string& why)
{
    return {StorageErrorKind::NotAmhireDatabase, path,
            fmt::format("{} is not an amhire database ({}). Choose an amhire database file, or create a "
                        "new one. {}",
                        path.string(), why, untouched(path))};
}

// Creates an empty file only its owner can read, whatever the umask says.
void createPrivateFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, kPrivateMode);
    if (fd < 0) {
        const int err = errno;
        throw StorageError(storageErrorKindFromErrno(err), path,
                           fmt::format("Cannot create the database {}: {}. Check that the folder exists "
                                       "and that you may write to it.",
                                       path.string(), std::strerror(err)));
    }
    const int chmodResult = ::fchmod(fd, kPrivateMode);
    ::close(fd);
    if (chmodResult != 0)
        throw StorageError(StorageErrorKind::Other, path,
                           fmt::format("Cannot make the new database {} private (mode 0600): {}.",
                                       path.string(), std::strerror(errno)));
}

void makeSideFilesPrivate(const fs::path& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::string side = path.string() + suffix;
        ::chmod(side.c_str(), kPrivateMode); // absent files are fine
    }
}

uintmax_t sizeOrZero(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

// What the first bytes of a file say, before SQLite is allowed near it.
void checkHeader(const fs::path& path)
{
    static constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL
    std::array<char, sizeof kMagic> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError(StorageErrorKind::Other, path,
                           fmt::format("Cannot read {}: {}. Check that you may read the file.", path.string(),
                                       std::strerror(errno)));
    in.read(header.data(), header.size());
    if (in.gcount() != static_cast<std::streamsize>(header.size()) ||
        std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        throw notAmhire(path, "it is not an SQLite file");
}

// Thrown by inspectOnce when a crash left a hot rollback journal beside the file.
struct HotJournal {};

// Looks at an existing file through a read-only connection: is it ours, a
// version we understand, and sound? Returns true when it has no content yet.
bool inspectOnce(const fs::path& path)
{
    try {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY,
                            static_cast<int>(Database::kDefaultBusyTimeout.count()));
        if (db.execAndGet("PRAGMA page_count").getInt64() == 0)
            return true;
        const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
        if (applicationId != Database::kApplicationId)
            throw notAmhire(path, "it is an SQLite database of another program");
        const int version = schemaVersion(db);
        if (version > kLatestSchemaVersion)
            throw StorageError(StorageErrorKind::NewerSchema, path,
                               fmt::format("{} was written by a newer version of amhire (database format {}, "
                                           "this version reads up to {}). Update amhire to open it. {}",
                                           path.string(), version, kLatestSchemaVersion, untouched(path)));
        SQLite::Statement check(db, "PRAGMA quick_check(1)");
        const std::string verdict = check.executeStep() ? check.getColumn(0).getString() : "no answer";
        if (verdict != "ok")
            throw StorageError(StorageErrorKind::Corrupt, path,
                               fmt::format("{} is damaged (quick_check: {}). Restore it from a backup. {}",
                                           path.string(), verdict, untouched(path)));
        return false;
    }
    catch (const SQLite::Exception& failure) {
        if (failure.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK)
            throw HotJournal{};
        const int code = failure.getErrorCode() & 0xff;
        if (code == SQLITE_NOTADB)
            throw notAmhire(path, "it is not an SQLite file");
        if (code == SQLITE_CORRUPT)
            throw StorageError(StorageErrorKind::Corrupt, path,
                               fmt::format("{} is damaged ({}). Restore it from a backup. {}", path.string(),
                                           failure.what(), untouched(path)));
        throw StorageError::fromSqlite(failure, path, "opening the database");
    }
}

bool inspect(const fs::path& path)
{
    try {
        return inspectOnce(path);
    }
    catch (const HotJournal&) {
        // A process killed in the middle of a rollback-journal commit (the
        // first migration of a new file runs before WAL is on) leaves pages of
        // the unfinished commit in the file and a hot journal beside it. Only a
        // writer may roll it back, and until one does, every read-only look
        // fails; found by scripts/crashtest. Rolling back returns the SQLite
        // file to its last commit, which any SQLite program opening it would
        // do, so we do it before looking again.
        try {
            SQLite::Database writer(path.string(), SQLite::OPEN_READWRITE,
                                    static_cast<int>(Database::kDefaultBusyTimeout.count()));
            writer.execAndGet("PRAGMA schema_version"); // the first read rolls the journal back
        }
        catch (const SQLite::Exception& failure) {
            throw StorageError::fromSqlite(failure, path, "recovering the database after a crash");
        }
        return inspectOnce(path);
    }
}

void configure(SQLite::Database& db)
{
    db.exec("PRAGMA foreign_keys = ON");
    // A score is shown as saved only once its commit is durable. With
    // synchronous=NORMAL, WAL mode may lose the last commits on power loss
    // or an OS crash, so every commit is synced.
    db.exec("PRAGMA synchronous = FULL");
    // Deleted content is overwritten with zeros, so an erased candidate leaves
    // nothing readable in free pages.
    db.exec("PRAGMA secure_delete = ON");
    // Temporary tables and VACUUM's copy stay in memory, never in /tmp where
    // erased personal data could linger.
    db.exec("PRAGMA temp_store = MEMORY");
}

} // namespace

Database Database::open(const fs::path& path, OpenMode mode)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    bool created = false;
    if (!fs::exists(status)) {
        if (mode != OpenMode::CreateIfMissing)
            throw StorageError(StorageErrorKind::NotFound, path,
                               fmt::format("The database {} does not exist. Check the path, or create a new "
                                           "database.",
                                           path.string()));
        createPrivateFile(path);
        created = true;
    }
    else if (!fs::is_regular_file(status)) {
        throw notAmhire(path, "it is not a regular file");
    }
    else {
        // Said up front: later, SQLite would fail with a vaguer message (a WAL
        // file on a read-only mount cannot even be read without its -shm).
        const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
        for (const fs::path& needed : {path, folder})
            if (const int err = ::access(needed.c_str(), W_OK) != 0 ? errno : 0;
                err == EACCES || err == EROFS || err == EPERM)
                throw StorageError(StorageErrorKind::ReadOnly, path,
                                   fmt::format("The database {} is read-only ({} cannot be written: {}). "
                                               "Check its permissions, or copy it to a folder you can "
                                               "write to. {}",
                                               path.string(), needed.string(), std::strerror(err),
                                               untouched(path)));
    }

    try {
        const bool hasWal = sizeOrZero(path.string() + "-wal") > 0;
        if (sizeOrZero(path) == 0 && !hasWal) {
            // An empty file is an empty database: ours if we just made it or
            // were asked to create one, otherwise not what the user meant.
            if (!created && mode != OpenMode::CreateIfMissing)
                throw notAmhire(path, "the file is empty");
            ::chmod(path.c_str(), kPrivateMode); // it is about to hold personal data
        }
        else if (mode != OpenMode::AlreadyChecked) {
            if (sizeOrZero(path) > 0)
                checkHeader(path);
            inspect(path);
        }

        std::unique_ptr<SQLite::Database> db;
        try {
            db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE,
                                                    static_cast<int>(kDefaultBusyTimeout.count()));
            if (sqlite3_db_readonly(db->getHandle(), "main") == 1)
                throw StorageError(StorageErrorKind::ReadOnly, path,
                                   fmt::format("The database {} is read-only. Check its permissions, or copy "
                                               "it to a folder you can write to.",
                                               path.string()));
            configure(*db);
            // Migrate before switching to WAL: a new file then goes from empty
            // to a complete schema in one rollback-journal commit.
            migrate(*db);
            // WAL lets the comparison read while an interviewer saves.
            db->exec("PRAGMA journal_mode = WAL");
            amhire::schemaVersion(*db); // a read, so the -wal and -shm files exist now
        }
        catch (const SQLite::Exception& failure) {
            throw StorageError::fromSqlite(failure, path, "opening the database");
        }
        makeSideFilesPrivate(path);
        return Database(path, created, std::move(db));
    }
    catch (...) {
        if (created) {
            // Only what we made ourselves, and only while it is still empty or half-made.
            fs::remove(path.string() + "-wal", ec);
            fs::remove(path.string() + "-shm", ec);
            fs::remove(path.string() + "-journal", ec);
            fs::remove(path, ec);
        }
        throw;
    }
}

Database::Database(fs::path path, bool created, std::unique_ptr<SQLite::Database> sql)
    : path_(std::move(path)), created_(created), sql_(std::move(sql))
{
}

Database::Database(Database&& other) noexcept = default;
Database::~Database() = default;

const fs::path& Database::path() const
{
    return path_;
}
bool Database::created() const
{
    return created_;
}
SQLite::Database& Database::sql()
{
    return *sql_;
}

int Database::schemaVersion()
{
    return guard("reading the schema version", [&] { return amhire::schemaVersion(*sql_); });
}

std::vector<std::string> Database::integrityProblems()
{
    return guard("checking the database", [&] {
        std::vector<std::string> problems;
        SQLite::Statement check(*sql_, "PRAGMA integrity_check");
        while (check.executeStep()) {
            std::string line = check.getColumn(0).getString();
            if (line != "ok")
                problems.push_back(std::move(line));
        }
        SQLite::Statement foreignKeys(*sql_, "PRAGMA foreign_key_check");
        while (foreignKeys.executeStep())
            problems.push_back(
                fmt::format("row {} of {} refers to a missing row of {}", foreignKeys.getColumn(1).getInt64(),
                            foreignKeys.getColumn(0).getString(), foreignKeys.getColumn(2).getString()));
        return problems;
    });
}

void Database::compact()
{
    if (inTransaction())
        throw StorageError(StorageErrorKind::InvalidInput, path_,
                           "Compacting the database cannot happen inside a transaction.");
    guard("compacting the database", [&] {
        sql_->exec("VACUUM");
        // TRUNCATE leaves a zero-length WAL, so it holds no copy of old pages.
        sql_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    });
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(sql_->getHandle()) == 0;
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    guard("setting the busy timeout", [&] { sql_->setBusyTimeout(static_cast<int>(timeout.count())); });
}

StorageError Database::error(const SQLite::Exception& failure, const std::string& doing) const
{
    return StorageError::fromSqlite(failure, path_, doing);
}

TransactionStatements& Database::transactionStatements()
{
    if (!transactionStatements_)
        transactionStatements_ =
            guard("preparing a transaction", [&] { return std::make_unique<TransactionStatements>(*sql_); });
    return *transactionStatements_;
}

} // namespace amhire
