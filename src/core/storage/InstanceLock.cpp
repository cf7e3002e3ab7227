#include "core/storage/InstanceLock.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "core/storage/StorageError.h"

namespace amhire {

namespace fs = std::filesystem;

fs::path InstanceLock::lockPathFor(const fs::path& database)
{
    return database.string() + ".lock";
}

namespace {

LockFile openLockFile(const fs::path& database, const fs::path& lockPath)
{
    try {
        return LockFile::open(lockPath);
    }
    catch (const std::system_error& failure) {
        const int err = failure.code().value();
        throw StorageError(
            storageErrorKindFromErrno(err), database,
            fmt::format("Cannot open the database {}: its lock file {} cannot be created ({}). "
                        "Check that you may write to the folder.",
                        database.string(), lockPath.string(), std::strerror(err)));
    }
}

} // namespace

InstanceLock InstanceLock::acquire(const fs::path& database)
{
    LockFile file = openLockFile(database, lockPathFor(database));
    bool locked = false;
    try {
        locked = file.tryLock();
    }
    catch (const std::system_error& failure) {
        throw StorageError(StorageErrorKind::Other, database,
                           fmt::format("Cannot lock the database {}: {}.", database.string(),
                                       std::strerror(failure.code().value())));
    }
    if (!locked) {
        char holder[32] = {};
        const ssize_t n = ::pread(file.descriptor(), holder, sizeof holder - 1, 0);
        const std::string pid = n > 0 ? std::string(holder, static_cast<size_t>(n)) : std::string("unknown");
        throw StorageError(StorageErrorKind::Locked, database,
                           fmt::format("The database {} is already open in another amhire window (process "
                                       "{}). Switch to that window, or close it there and try again.",
                                       database.string(), pid.substr(0, pid.find('\n'))));
    }
    // Ours now: record who holds it, for the message another window shows.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(file.descriptor(), 0) != 0 ||
        ::pwrite(file.descriptor(), pid.data(), pid.size(), 0) < 0) {
        // The lock holds without the note; the message will say "unknown".
    }
    return InstanceLock(std::move(file));
}

} // namespace amhire
