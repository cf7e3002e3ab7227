#pragma once

#include <filesystem>

namespace amhire {

// An open lock file and, once tryLock() succeeds, an exclusive flock() on it.
// The kernel drops the lock when the descriptor closes, also when the process
// exits or crashes, so no lock outlives its holder. Locks taken through two
// LockFiles exclude each other even inside one process.
class LockFile {
  public:
    // Opens `path`, creating it private to the user (0600); never through a
    // symbolic link. Throws std::system_error with the open's errno.
    static LockFile open(const std::filesystem::path& path);

    // Takes the lock without waiting: false when another holder has it.
    // Throws std::system_error for anything but "held elsewhere".
    bool tryLock();

    int descriptor() const { return fd_; }

    LockFile(LockFile&& other) noexcept;
    LockFile& operator=(LockFile&& other) noexcept;
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;
    ~LockFile();

  private:
    explicit LockFile(int fd) : fd_(fd) {}
    int fd_ = -1;
};

} // namespace amhire
