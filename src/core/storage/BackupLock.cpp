#include "core/storage/BackupLock.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "core/storage/Backups.h"
#include "core/storage/StorageError.h"

namespace amhire {

namespace fs = std::filesystem;

namespace {

StorageError folderError(const fs::path& database, const fs::path& path, int err)
{
    return {storageErrorKindFromErrno(err), database,
            fmt::format("Cannot make {} for the backups of {}: {}.", path.string(), database.string(),
                        std::strerror(err))};
}

LockFile openInPrivateFolder(const fs::path& database)
{
    const fs::path folder = backupFolderFor(database);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw folderError(database, folder, ec.value());
    ::chmod(folder.c_str(), S_IRWXU); // 0700: the copies are as personal as the database
    const fs::path lockPath = BackupLock::lockPathFor(database);
    try {
        return LockFile::open(lockPath);
    }
    catch (const std::system_error& failure) {
        throw folderError(database, lockPath, failure.code().value());
    }
}

} // namespace

fs::path BackupLock::lockPathFor(const fs::path& database)
{
    return backupFolderFor(database) / (database.filename().string() + ".lock");
}

BackupLock BackupLock::acquire(const fs::path& database, std::chrono::milliseconds patience)
{
    LockFile file = openInPrivateFolder(database);
    const auto deadline = std::chrono::steady_clock::now() + patience;
    try {
        // flock() cannot wait with a time limit, so ask again every few milliseconds.
        while (!file.tryLock()) {
            if (std::chrono::steady_clock::now() >= deadline)
                throw StorageError(
                    StorageErrorKind::Locked, database,
                    fmt::format("Another amhire is still backing up or restoring {} after {} seconds. "
                                "Try again once it has finished.",
                                database.string(),
                                std::chrono::duration_cast<std::chrono::seconds>(patience).count()));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    catch (const std::system_error& failure) {
        throw StorageError(StorageErrorKind::Other, database,
                           fmt::format("Cannot lock the backups of {}: {}.", database.string(),
                                       std::strerror(failure.code().value())));
    }
    return BackupLock(std::move(file));
}

} // namespace amhire
