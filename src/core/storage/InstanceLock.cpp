#include "core/storage/InstanceLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "core/storage/StorageError.h"

namespace amhire {

namespace fs = std::filesystem;

fs::path InstanceLock::lockPathFor(const fs::path& database)
{
    return database.string() + ".lock";
}

InstanceLock InstanceLock::acquire(const fs::path& database)
{
    const fs::path lockPath = lockPathFor(database);
    const int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int err = errno;
        const auto kind = err == EACCES || err == EROFS || err == EPERM ? StorageErrorKind::ReadOnly
                          : err == ENOENT                               ? StorageErrorKind::NotFound
                                                                        : StorageErrorKind::Other;
        throw StorageError(
            kind, database,
            fmt::format("Cannot open the database {}: its lock file {} cannot be created ({}). "
                        "Check that you may write to the folder.",
                        database.string(), lockPath.string(), std::strerror(err)));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char holder[32] = {};
        const ssize_t n = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        if (err != EWOULDBLOCK)
            throw StorageError(
                StorageErrorKind::Other, database,
                fmt::format("Cannot lock the database {}: {}.", database.string(), std::strerror(err)));
        const std::string pid = n > 0 ? std::string(holder, static_cast<size_t>(n)) : std::string("unknown");
        throw StorageError(StorageErrorKind::Locked, database,
                           fmt::format("The database {} is already open in another amhire window (process "
                                       "{}). Switch to that window, or close it there and try again.",
                                       database.string(), pid.substr(0, pid.find('\n'))));
    }
    // Ours now: record who holds it, for the message another window shows.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // The lock holds without the note; the message will say "unknown".
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    return InstanceLock(fd);
}

InstanceLock::InstanceLock(InstanceLock&& other) noexcept : fd_(std::exchange(other.fd_, -1))
{
}

InstanceLock& InstanceLock::operator=(InstanceLock&& other) noexcept
{
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

InstanceLock::~InstanceLock()
{
    if (fd_ >= 0)
        ::close(fd_); // closing the only descriptor releases the flock
}

} // namespace amhire
