#pragma once

#include <filesystem>
#include <utility>

#include "core/storage/LockFile.h"

namespace amhire {

// Says "this database is open in an amhire window" to other amhire windows.
//
// SQLite's own locks keep two writers from corrupting the file, but two
// people scoring in two windows of the same database would silently see each
// other's changes late; the second window should be told instead. The lock is
// an flock() on "<database>.lock" beside the file: the kernel drops it when
// the process exits or crashes, so a killed app never leaves a stale lock.
// The file itself stays (deleting it would race with a new holder) and holds
// the holder's process id, for the message only.
class InstanceLock {
  public:
    // Takes the lock or throws StorageError(Locked) naming the file and the
    // process that holds it. Other failures (a read-only folder) are not an
    // instance conflict: they throw StorageError of their own kind.
    static InstanceLock acquire(const std::filesystem::path& database);

    static std::filesystem::path lockPathFor(const std::filesystem::path& database);

  private:
    explicit InstanceLock(LockFile file) : file_(std::move(file)) {}
    LockFile file_;
};

} // namespace amhire
