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
    std::error_code ec;
    if (mode == OpenMode::CreateIfMissing && path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    auto opened = SqliteStorage::open(path, mode);  // throws before we touch the current one
    // A second window on the same file is told so (after open: a missing or
    // damaged file gets its own message and no stray lock file). Reopening
    // the file this window has open keeps the lock it already holds.
    std::optional<InstanceLock> lock;
    if (!instanceLock_ || !std::filesystem::equivalent(path, databasePath_, ec))
        lock = InstanceLock::acquire(path);
    backupProblem_ = takeBackupOnOpen(opened->database());
    storage_ = std::move(opened);
    if (lock)
        instanceLock_ = std::move(lock);
    databasePath_ = path;
}

void Workspace::closeDatabase()
{
    storage_.reset();
    instanceLock_.reset();
    databasePath_.clear();
}

}  // namespace amhire::app
