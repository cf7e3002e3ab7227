#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace SQLite {
class Exception;
}

namespace amhire {

// Why a storage operation failed, coarse enough for a caller to decide what to
// offer the user (pick another file, retry later, free disk space, …).
enum class StorageErrorKind {
    NotAmhireDatabase, // not SQLite at all, or SQLite but not written by amhire
    NewerSchema,       // written by a newer amhire; this build must not touch it
    Corrupt,           // fails PRAGMA quick_check or SQLite reports corruption
    Locked,            // another program holds the file longer than the busy timeout
    ReadOnly,          // the file or its folder cannot be written
    DiskFull,
    NotFound,          // the file, or a record asked for by id, does not exist
    InvalidInput,      // a value the caller passed is not acceptable
    ReadOnlyScorecard, // a write to an interview that has been submitted
    Other,
};

const char* storageErrorKindId(StorageErrorKind kind);

// The kind for a failed system call's errno: a missing file or folder, no
// permission or a read-only file system, a full disk, or anything else.
StorageErrorKind storageErrorKindFromErrno(int err);

// The one exception type storage throws. what() is a message a user can act
// on: it names the file and says what to do. The GUI shows it as it is.
class StorageError : public std::runtime_error {
  public:
    StorageError(StorageErrorKind kind, std::filesystem::path path, const std::string& message);

    StorageErrorKind kind() const { return kind_; }
    const std::filesystem::path& path() const { return path_; }

    // Translates an SQLite failure on `path` into the matching kind and a
    // message that says what to do. `doing` describes the operation ("saving
    // the score") so the message reads naturally; it may be empty.
    static StorageError fromSqlite(const SQLite::Exception& error, const std::filesystem::path& path,
                                   const std::string& doing = {});
    // The same for a raw SQLite result code and message.
    static StorageError fromSqliteCode(int code, const std::string& sqliteMessage,
                                       const std::filesystem::path& path, const std::string& doing = {});

  private:
    StorageErrorKind kind_;
    std::filesystem::path path_;
};

} // namespace amhire
