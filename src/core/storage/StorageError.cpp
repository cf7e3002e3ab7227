#include "core/storage/StorageError.h"

#include <cerrno>

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

namespace amhire {

StorageErrorKind storageErrorKindFromErrno(int err)
{
    switch (err) {
    case ENOENT:
        return StorageErrorKind::NotFound;
    case EACCES:
    case EROFS:
    case EPERM:
        return StorageErrorKind::ReadOnly;
    case ENOSPC:
        return StorageErrorKind::DiskFull;
    default:
        return StorageErrorKind::Other;
    }
}

const char* storageErrorKindId(StorageErrorKind kind)
{
    switch (kind) {
    case StorageErrorKind::NotAmhireDatabase:
        return "not-amhire-database";
    case StorageErrorKind::NewerSchema:
        return "newer-schema";
    case StorageErrorKind::Corrupt:
        return "corrupt";
    case StorageErrorKind::Locked:
        return "locked";
    case StorageErrorKind::ReadOnly:
        return "read-only";
    case StorageErrorKind::DiskFull:
        return "disk-full";
    case StorageErrorKind::NotFound:
        return "not-found";
    case StorageErrorKind::InvalidInput:
        return "invalid-input";
    case StorageErrorKind::ReadOnlyScorecard:
        return "read-only-scorecard";
    case StorageErrorKind::Other:
        return "other";
    }
    return "other";
}

StorageError::StorageError(StorageErrorKind kind, std::filesystem::path path, const std::string& message)
    : std::runtime_error(message), kind_(kind), path_(std::move(path))
{
}

StorageError StorageError::fromSqlite(const SQLite::Exception& error, const std::filesystem::path& path,
                                      const std::string& doing)
{
    int code = error.getExtendedErrorCode();
    if (code <= 0)
        code = error.getErrorCode();
    return fromSqliteCode(code, error.what(), path, doing);
}

// The one place SQLite result codes become kinds and advice.
StorageError StorageError::fromSqliteCode(int code, const std::string& sqliteMessage,
                                          const std::filesystem::path& path, const std::string& doing)
{
    const std::string file = path.string();
    const std::string what = doing.empty() ? std::string("the operation") : doing;
    switch (code < 0 ? code : code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StorageErrorKind::Locked, path,
                fmt::format("The database {} is in use by another program (perhaps another amhire window), "
                            "so {} could not finish. Close the other program and try again.",
                            file, what)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {
            StorageErrorKind::ReadOnly, path,
            fmt::format("The database {} cannot be written ({} failed): the file or its folder is "
                        "read-only. Check the permissions, or copy the file to a folder you can write to.",
                        file, what)};
    case SQLITE_FULL:
        return {StorageErrorKind::DiskFull, path,
                fmt::format("The disk holding {} is full, so {} failed and was not saved. "
                            "Free some disk space and try again.",
                            file, what)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StorageErrorKind::Corrupt, path,
                fmt::format("The database {} is damaged ({}), so {} failed. "
                            "Restore the file from a backup.",
                            file, sqliteMessage, what)};
    case SQLITE_CONSTRAINT:
        return {StorageErrorKind::InvalidInput, path,
                fmt::format("The database {} refused {}: {}.", file, what, sqliteMessage)};
    case SQLITE_CANTOPEN:
        return {StorageErrorKind::Other, path,
                fmt::format("The database {} cannot be opened ({}). Check that the file and its folder "
                            "exist and that you may read and write them.",
                            file, sqliteMessage)};
    default:
        return {StorageErrorKind::Other, path,
                fmt::format("{} failed in the database {}: {}.", what, file, sqliteMessage)};
    }
}

} // namespace amhire
