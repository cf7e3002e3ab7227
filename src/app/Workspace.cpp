#include "app/Workspace.h"

#include <stdexcept>

#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::app {

Storage& Workspace::storage() const
{
    if (!storage_)
        throw std::logic_error("no database is open");
    return *storage_;
}

void Workspace::openDatabase(const std::filesystem::path& path, OpenMode mode)
{
    useDatabase(path, openStorage(path, mode));
}

std::unique_ptr<Storage> Workspace::openStorage(const std::filesystem::path& path, OpenMode mode)
{
    std::error_code ec;
    if (mode == OpenMode::CreateIfMissing && path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    return SqliteStorage::open(path, mode);
}

void Workspace::useDatabase(const std::filesystem::path& path, std::unique_ptr<Storage> opened,
                            BackupOnOpen backup)
{
    // A second window on the same file is told so (after open: a missing or
    // damaged file gets its own message and no stray lock file). Reopening
    // the file this window has open keeps the lock it already holds.
    std::error_code ec;
    std::optional<InstanceLock> lock;
    if (!instanceLock_ || !std::filesystem::equivalent(path, databasePath_, ec))
        lock = InstanceLock::acquire(path);
    backupProblem();  // a backup of the previous file finishes first
    backupProblem_.clear(); // and its outcome is not this file's
    storage_ = std::move(opened);
    if (lock)
        instanceLock_ = std::move(lock);
    databasePath_ = path;
    backupDue_ = backup == BackupOnOpen::Take;
    currentOpening_ = 0;
}

void Workspace::startBackup()
{
    if (!backupDue_)
        return;
    backupDue_ = false;
    // Over a connection of its own, so the window stays responsive while it copies.
    backup_ = std::async(std::launch::async, [path = databasePath_] {
        try {
            auto connection = SqliteStorage::open(path, OpenMode::AlreadyChecked);
            return takeBackupOnOpen(connection->database());
        } catch (const std::exception& e) {
            // The window says the backup failed and of which file; this says why
            // (never empty: an empty problem means the backup was taken).
            const std::string why = e.what();
            return why.empty() ? std::string("the copy could not be made") : why;
        }
    });
}

Workspace::~Workspace()
{
    // The window has gone, so the file is free for another amhire at once; a
    // backup still copying it finishes over its own connection, and the
    // BackupLock keeps a new amhire's backup from meddling meanwhile.
    storage_.reset();
    instanceLock_.reset();
    backupProblem();
}

std::string Workspace::backupProblem()
{
    startBackup();
    if (backup_.valid())
        backupProblem_ = backup_.get();
    return backupProblem_;
}

std::optional<std::string> Workspace::finishedBackupProblem()
{
    if (backupDue_ ||
        (backup_.valid() && backup_.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
        return std::nullopt;
    return backupProblem();
}

void Workspace::closeDatabase()
{
    storage_.reset();
    instanceLock_.reset();
    backupProblem(); // so the next file's backup does not start beside it
    databasePath_.clear();
}

}  // namespace amhire::app
