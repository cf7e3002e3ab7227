#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "core/storage/StorageError.h"

using namespace amhire;

TEST_CASE("SQLite result codes map to kinds with advice naming the file", "[storage]")
{
    const std::filesystem::path path = "/data/hiring.amhire";
    struct Case {
        int code;
        StorageErrorKind kind;
        const char* advice;
    };
    const Case cases[] = {
        {SQLITE_BUSY, StorageErrorKind::Locked, "Close the other program"},
        {SQLITE_LOCKED, StorageErrorKind::Locked, "Close the other program"},
        {SQLITE_BUSY_SNAPSHOT, StorageErrorKind::Locked, "Close the other program"},
        {SQLITE_READONLY, StorageErrorKind::ReadOnly, "permissions"},
        {SQLITE_FULL, StorageErrorKind::DiskFull, "Free some disk space"},
        {SQLITE_CORRUPT, StorageErrorKind::Corrupt, "backup"},
        {SQLITE_NOTADB, StorageErrorKind::Corrupt, "backup"},
        {SQLITE_CONSTRAINT_UNIQUE, StorageErrorKind::InvalidInput, "refused"},
        {SQLITE_IOERR, StorageErrorKind::Other, "failed"},
    };
    for (const Case& c : cases) {
        const StorageError error =
            StorageError::fromSqliteCode(c.code, "sqlite says no", path, "saving the score");
        INFO("code " << c.code);
        CHECK(error.kind() == c.kind);
        CHECK(error.path() == path);
        CHECK_THAT(error.what(), Catch::Contains(path.string()) && Catch::Contains(c.advice));
    }
}

TEST_CASE("Error kinds have stable ids", "[storage]")
{
    CHECK(std::string(storageErrorKindId(StorageErrorKind::ReadOnlyScorecard)) == "read-only-scorecard");
    CHECK(std::string(storageErrorKindId(StorageErrorKind::NotAmhireDatabase)) == "not-amhire-database");
}
