#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <optional>

#include "StorageTestSupport.h"
#include "core/storage/BackupLock.h"
#include "core/storage/Backups.h"

using namespace amhire;
using namespace amhire::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

// Each test holds the lock as another amhire's backup would, so the one under
// test must wait however fast the machine copies.

TEST_CASE("A backup waits while another amhire is backing up the same database", "[storage][backup]")
{
    StorageFixture fixture;
    std::optional<BackupLock> elsewhere = BackupLock::acquire(fixture.path);
    auto backup = std::async(std::launch::async, [&] { return takeBackup(fixture.storage->database()); });
    CHECK(backup.wait_for(300ms) == std::future_status::timeout);
    CHECK(listBackups(fixture.path).empty());
    elsewhere.reset();
    CHECK(backup.get().has_value());
    CHECK(listBackups(fixture.path).size() == 1);
}

TEST_CASE("A restore waits while another amhire is backing up the same database", "[storage][backup]")
{
    StorageFixture fixture;
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    fixture.storage.reset();
    std::optional<BackupLock> elsewhere = BackupLock::acquire(fixture.path);
    auto restore = std::async(std::launch::async, [&] { return restoreBackup(fixture.path, backup->path); });
    CHECK(restore.wait_for(300ms) == std::future_status::timeout);
    CHECK(listBackups(fixture.path).size() == 1); // no safety copy yet
    elsewhere.reset();
    CHECK(restore.get().has_value());
    CHECK(listBackups(fixture.path).size() == 2);
}

TEST_CASE("A backup lock held too long is reported, naming the database", "[storage][backup]")
{
    TempDir dir;
    const fs::path db = dir / "hiring.amhire";
    const auto holder = BackupLock::acquire(db);
    CHECK(permissions(backupFolderFor(db)) == 0700);
    CHECK(permissions(BackupLock::lockPathFor(db)) == 0600);
    try {
        BackupLock::acquire(db, 60ms);
        FAIL("a second backup lock was granted");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Locked);
        CHECK_THAT(error.what(), Catch::Contains(db.string()) && Catch::Contains("still backing up"));
    }
    CHECK(listBackups(db).empty()); // the lock file is not a backup
}

TEST_CASE("A backup lock whose folder cannot be made says so", "[storage][backup]")
{
    TempDir dir;
    const fs::path blocker = dir / "plain-file";
    {
        std::ofstream(blocker) << "not a folder";
    }
    try {
        BackupLock::acquire(blocker / "hiring.amhire", 0ms);
        FAIL("a lock was granted under a file");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() != StorageErrorKind::Locked);
        CHECK_THAT(error.what(), Catch::Contains((blocker / "backups").string()));
    }
}
