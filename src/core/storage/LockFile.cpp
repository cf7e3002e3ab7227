#include "core/storage/LockFile.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <utility>

namespace amhire {

LockFile LockFile::open(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        throw std::system_error(errno, std::generic_category(), path.string());
    // A file left by an older version or another umask becomes private too.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    return LockFile(fd);
}

bool LockFile::tryLock()
{
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0)
        return true;
    if (errno == EWOULDBLOCK)
        return false;
    throw std::system_error(errno, std::generic_category(), "flock");
}

LockFile::LockFile(LockFile&& other) noexcept : fd_(std::exchange(other.fd_, -1))
{
}

LockFile& LockFile::operator=(LockFile&& other) noexcept
{
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

LockFile::~LockFile()
{
    if (fd_ >= 0)
        ::close(fd_); // closing the only descriptor releases the flock
}

} // namespace amhire
