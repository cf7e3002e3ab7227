#include "core/storage/Backups.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <thread>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "core/storage/BackupLock.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceLock.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageError.h"
#include "core/storage/UtcTime.h"

namespace amhire {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSuffix = ".backup";
constexpr const char* kDamagedSuffix = ".damaged";
constexpr size_t kTimeLength = 24; // "2026-05-01T09-30-00.123Z"

bool looksLikeFileTime(const std::string& text)
{
    static const std::string pattern = "dddd-dd-ddTdd-dd-dd.dddZ";
    for (size_t i = 0; i < pattern.size(); ++i)
        if (pattern[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(text[i])) : text[i] != pattern[i])
            return false;
    return true;
}

StorageError fileError(const fs::path& path, const std::string& doing, int err)
{
    return {storageErrorKindFromErrno(err), path,
            fmt::format("{} failed for {}: {}.", doing, path.string(), std::strerror(err))};
}

void createPrivateFile(const fs::path& path)
{
    const int fd =
        ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        throw fileError(path, "Creating a backup file", errno);
    ::fchmod(fd, S_IRUSR | S_IWUSR); // whatever the umask
    ::close(fd);
}

// Data and the directory entry reach the disk before we call a copy done.
void syncFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw fileError(path, "Syncing a backup", errno);
    const int result = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (result != 0)
        throw fileError(path, "Syncing a backup", err);
}

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// "2026-05-01T09:30:00.123Z" <-> "2026-05-01T09-30-00.123Z": no colons in file names.
std::string fileTime(std::string time)
{
    std::replace(time.begin(), time.end(), ':', '-');
    return time;
}

std::string isoTime(std::string fileTime)
{
    if (fileTime.size() >= 19 && fileTime[10] == 'T') {
        fileTime[13] = ':';
        fileTime[16] = ':';
    }
    return fileTime;
}

// A new, unused name in the backup folder: the time, to the millisecond.
fs::path newBackupPath(const fs::path& database, const char* suffix)
{
    const fs::path folder = backupFolderFor(database);
    for (;;) {
        const fs::path path = folder / (database.filename().string() + "." + fileTime(utcNow()) + suffix);
        std::error_code ec;
        if (!fs::exists(path, ec))
            return path;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

// Copies all pages of `source` into the empty file at `target` and leaves it
// in rollback-journal mode, so reading it later needs no -wal or -shm beside it.
void copyPages(SQLite::Database& source, const fs::path& target)
{
    SQLite::Database destination(target.string(), SQLite::OPEN_READWRITE,
                                 static_cast<int>(Database::kDefaultBusyTimeout.count()));
    SQLite::Backup backup(destination, source);
    for (int attempt = 0;; ++attempt) {
        const int result = backup.executeStep(-1);
        if (result == SQLITE_DONE)
            break;
        // A writer in another process holds the lock: wait as a save would.
        if (attempt * 10 > Database::kDefaultBusyTimeout.count())
            throw SQLite::Exception("the database stayed busy", result);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    destination.exec("PRAGMA journal_mode = DELETE");
}

// Block by block: a database of tens of MB must not be read char by char.
bool sameBytes(const fs::path& a, const fs::path& b)
{
    std::error_code ec, ec2;
    if (fs::file_size(a, ec) != fs::file_size(b, ec2) || ec || ec2)
        return false;
    std::ifstream inA(a, std::ios::binary), inB(b, std::ios::binary);
    std::vector<char> blockA(1 << 16), blockB(1 << 16);
    while (inA && inB) {
        inA.read(blockA.data(), static_cast<std::streamsize>(blockA.size()));
        inB.read(blockB.data(), static_cast<std::streamsize>(blockB.size()));
        if (inA.gcount() != inB.gcount() ||
            std::memcmp(blockA.data(), blockB.data(), static_cast<size_t>(inA.gcount())) != 0)
            return false;
    }
    return inA.eof() && inB.eof();
}

DatabaseBackup describe(const fs::path& database, const fs::path& path)
{
    const std::string name = path.filename().string();
    const std::string prefix = database.filename().string() + ".";
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return {path, isoTime(name.substr(prefix.size(), name.size() - prefix.size() - std::strlen(kSuffix))),
            ec ? 0 : size};
}

// A file in the backup folder named "<database name>.<time><suffix>".
struct TimedFile {
    fs::path path;
    std::string suffix;
};

// The backup folder's files that belong to `database`, whatever their
// suffix: "hiring.amhire.old.<time>.backup" belongs to hiring.amhire.old,
// not to hiring.amhire, since the time must follow the name at once.
std::vector<TimedFile> timedFilesOf(const fs::path& database)
{
    std::vector<TimedFile> files;
    const std::string prefix = database.filename().string() + ".";
    std::error_code ec;
    for (fs::directory_iterator it(backupFolderFor(database), ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() > prefix.size() + kTimeLength && name.compare(0, prefix.size(), prefix) == 0 &&
            looksLikeFileTime(name.substr(prefix.size(), kTimeLength)))
            files.push_back({it->path(), name.substr(prefix.size() + kTimeLength)});
    }
    return files;
}

// Half-made copies from a backup that was killed: personal data nobody would
// ever prune otherwise.
// Only this database's: another whose name starts with this one's
// ("hiring.amhire.old") may be writing its own copy right now.
void removeLeftovers(const fs::path& database)
{
    for (const TimedFile& file : timedFilesOf(database))
        if (file.suffix.find(".partial") != std::string::npos) {
            std::error_code ec;
            fs::remove(file.path, ec);
        }
}

void prune(const fs::path& database, int keep)
{
    const auto backups = listBackups(database);
    for (size_t i = static_cast<size_t>(std::max(keep, 1)); i < backups.size(); ++i) {
        std::error_code ec;
        fs::remove(backups[i].path, ec);
    }
}

// Writes `source` to a fresh private file at `target`. The copy is made
// under "<target>.partial" and renamed when complete, so a crash midway never
// leaves a half backup that looks like a whole one.
void writeCopy(SQLite::Database& source, const fs::path& target)
{
    const fs::path partial = target.string() + ".partial";
    std::error_code ec;
    createPrivateFile(partial);
    try {
        copyPages(source, partial);
        syncFile(partial);
        fs::rename(partial, target, ec);
        if (ec)
            throw fileError(target, "Naming the backup", ec.value());
    }
    catch (...) {
        fs::remove(partial, ec);
        fs::remove(partial.string() + "-journal", ec);
        throw;
    }
}

// The current file before a restore replaces it: a backup when SQLite can
// still read it, its raw bytes (and WAL) when it cannot.
std::optional<DatabaseBackup> saveCurrent(const fs::path& database)
{
    std::error_code ec;
    if (!fs::exists(database, ec))
        return std::nullopt;
    const fs::path target = newBackupPath(database, kSuffix);
    try {
        SQLite::Database current(database.string(), SQLite::OPEN_READONLY,
                                 static_cast<int>(Database::kDefaultBusyTimeout.count()));
        writeCopy(current, target);
        return describe(database, target);
    }
    catch (const SQLite::Exception&) {
        const fs::path damaged = newBackupPath(database, kDamagedSuffix);
        for (const char* side : {"", "-wal"}) {
            const fs::path from = database.string() + side;
            if (!fs::exists(from, ec))
                continue;
            const fs::path to = damaged.string() + side;
            createPrivateFile(to);
            fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
            if (ec)
                throw fileError(to, "Keeping a copy of the damaged database", ec.value());
            syncFile(to);
        }
        return std::nullopt;
    }
}

} // namespace

fs::path backupFolderFor(const fs::path& database)
{
    return database.parent_path() / "backups";
}

std::vector<DatabaseBackup> listBackups(const fs::path& database)
{
    std::vector<DatabaseBackup> backups;
    for (const TimedFile& file : timedFilesOf(database)) {
        std::error_code ec;
        if (file.suffix == kSuffix && fs::is_regular_file(file.path, ec))
            backups.push_back(describe(database, file.path));
    }
    // The time in the name sorts as text; newest first.
    std::sort(backups.begin(), backups.end(),
              [](const DatabaseBackup& a, const DatabaseBackup& b) { return a.takenAt > b.takenAt; });
    return backups;
}

std::vector<fs::path> listDamagedCopies(const fs::path& database)
{
    std::vector<fs::path> copies;
    for (const TimedFile& file : timedFilesOf(database))
        if (file.suffix == kDamagedSuffix || file.suffix == std::string(kDamagedSuffix) + "-wal")
            copies.push_back(file.path);
    std::sort(copies.begin(), copies.end());
    return copies;
}

std::optional<DatabaseBackup> takeBackup(Database& database, int keep)
{
    const fs::path& path = database.path();
    const BackupLock lock = BackupLock::acquire(path);
    removeLeftovers(path);
    const auto previous = listBackups(path);
    const fs::path target = newBackupPath(path, kSuffix);
    try {
        writeCopy(database.sql(), target);
    }
    catch (const SQLite::Exception& failure) {
        throw StorageError::fromSqlite(failure, target, "backing up " + path.string());
    }
    syncFolder(target.parent_path());
    if (!previous.empty() && sameBytes(previous.front().path, target)) {
        std::error_code ec;
        fs::remove(target, ec);
        return std::nullopt;
    }
    prune(path, keep);
    return describe(path, target);
}

std::string takeBackupOnOpen(Database& database, int keep)
{
    try {
        takeBackup(database, keep);
        return {};
    }
    catch (const std::exception& failure) {
        return fmt::format("The database is open, but no backup of it could be made: {}", failure.what());
    }
}

void verifyBackup(const fs::path& backup)
{
    try {
        SQLite::Database db(backup.string(), SQLite::OPEN_READONLY);
        if (db.execAndGet("PRAGMA application_id").getInt() != Database::kApplicationId)
            throw StorageError(StorageErrorKind::NotAmhireDatabase, backup,
                               fmt::format("{} is not an amhire backup.", backup.string()));
        const int version = schemaVersion(db);
        if (version > kLatestSchemaVersion)
            throw StorageError(StorageErrorKind::NewerSchema, backup,
                               fmt::format("{} was made by a newer version of amhire (database format {}).",
                                           backup.string(), version));
        SQLite::Statement check(db, "PRAGMA integrity_check(1)");
        const std::string verdict = check.executeStep() ? check.getColumn(0).getString() : "no answer";
        if (verdict != "ok")
            throw StorageError(StorageErrorKind::Corrupt, backup,
                               fmt::format("The backup {} is damaged ({}); choose another backup.",
                                           backup.string(), verdict));
    }
    catch (const SQLite::Exception& failure) {
        throw StorageError::fromSqlite(failure, backup, "checking the backup");
    }
}

std::optional<DatabaseBackup> restoreBackup(const fs::path& database, const fs::path& backup,
                                            const StepProgress& progress)
{
    auto stepDone = [&, done = std::size_t{0}]() mutable {
        if (progress)
            progress(++done, kRestoreSteps);
    };
    verifyBackup(backup);
    stepDone();
    const InstanceLock lock = InstanceLock::acquire(database);
    const BackupLock backupLock = BackupLock::acquire(database);
    stepDone();
    const auto safetyCopy = saveCurrent(database);
    if (safetyCopy) {
        // Move the WAL's commits into the file, so removing the WAL below
        // loses nothing even if we are killed before the rename.
        try {
            SQLite::Database current(database.string(), SQLite::OPEN_READWRITE,
                                     static_cast<int>(Database::kDefaultBusyTimeout.count()));
            current.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        catch (const SQLite::Exception& failure) {
            throw StorageError::fromSqlite(failure, database, "preparing the restore");
        }
    }
    stepDone();

    const fs::path restoring = database.string() + ".restoring";
    std::error_code ec;
    fs::remove(restoring, ec); // left over from a restore that crashed
    fs::remove(restoring.string() + ".partial", ec);
    fs::remove(restoring.string() + ".partial-journal", ec);
    try {
        SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
        writeCopy(source, restoring);
        stepDone();
        verifyBackup(restoring);
        stepDone();
    }
    catch (const SQLite::Exception& failure) {
        throw StorageError::fromSqlite(failure, database, "restoring " + backup.string());
    }
    // The old WAL would be replayed onto the restored pages, so it goes first;
    // its commits are in the file (checkpointed above) and in the safety copy.
    for (const char* side : {"-wal", "-shm", "-journal"})
        fs::remove(database.string() + side, ec);
    fs::rename(restoring, database, ec);
    if (ec)
        throw fileError(database, "Putting the restored copy in place", ec.value());
    syncFolder(database.parent_path().empty() ? fs::path(".") : database.parent_path());
    stepDone();
    return safetyCopy;
}

} // namespace amhire
