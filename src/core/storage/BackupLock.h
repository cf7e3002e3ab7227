#pragma once

#include <chrono>
#include <filesystem>
#include <utility>

#include "core/storage/LockFile.h"

namespace amhire {

// One backup or restore of a database at a time, across processes.
//
// A window that closes right after opening a large file finishes that
// file's backup after its window has gone, no longer holding the
// InstanceLock; an amhire started again meanwhile, or `amhire-cli backup
// take`, must not clean up the copy still being written (it looks like the
// leftover of a killed backup) or prune around it. They wait here instead:
// an flock() on "backups/<database name>.lock".
class BackupLock {
  public:
    // Long enough for a copy of a large database onto a slow disk.
    static constexpr std::chrono::milliseconds kDefaultPatience{std::chrono::minutes(2)};

    // Creates the private backup folder if needed and takes the lock, waiting
    // up to `patience` for another holder. Throws StorageError: Locked when the
    // other holder keeps it longer, another kind when the folder or the lock
    // file cannot be made.
    static BackupLock acquire(const std::filesystem::path& database,
                              std::chrono::milliseconds patience = kDefaultPatience);

    static std::filesystem::path lockPathFor(const std::filesystem::path& database);

  private:
    explicit BackupLock(LockFile file) : file_(std::move(file)) {}
    LockFile file_;
};

} // namespace amhire
