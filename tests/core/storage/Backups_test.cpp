#include <catch2/catch.hpp>

#include <fstream>

#include <SQLiteCpp/Database.h>

#include "StorageTestSupport.h"
#include "core/storage/Backups.h"
#include "core/storage/InstanceLock.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

int64_t candidateCount(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM candidates").getInt64();
}

void overwrite(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace

TEST_CASE("A backup is a private, consistent copy in backups/ beside the database", "[storage][backup]")
{
    StorageFixture fixture; // its writes are still in the WAL: the copy must include them
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    CHECK(backup->path.parent_path() == fixture.dir.path() / "backups");
    CHECK(permissions(backup->path) == 0600);
    CHECK(permissions(backup->path.parent_path()) == 0700);
    CHECK(backup->size == fs::file_size(backup->path));
    CHECK(backup->takenAt.size() == 24); // 2026-05-01T09:30:00.123Z
    CHECK(candidateCount(backup->path) == 1);
    CHECK_NOTHROW(verifyBackup(backup->path));
    CHECK_FALSE(fs::exists(backup->path.string() + "-wal")); // a plain file, readable on its own
}

TEST_CASE("Backups are listed newest first and only the newest N are kept", "[storage][backup]")
{
    StorageFixture fixture;
    std::vector<fs::path> taken;
    for (int i = 0; i < 5; ++i) {
        fixture.storage->candidates().add(sampleCandidate("Backup " + std::to_string(i)), kActor);
        const auto backup = takeBackup(fixture.storage->database(), 3);
        REQUIRE(backup);
        taken.push_back(backup->path);
    }
    const auto backups = listBackups(fixture.path);
    REQUIRE(backups.size() == 3);
    CHECK(backups[0].path == taken[4]);
    CHECK(backups[1].path == taken[3]);
    CHECK(backups[2].path == taken[2]);
    CHECK_FALSE(fs::exists(taken[0]));
    CHECK(candidateCount(backups[0].path) == 6);
}

TEST_CASE("Reopening an unchanged database does not push older backups out", "[storage][backup]")
{
    StorageFixture fixture;
    REQUIRE(takeBackup(fixture.storage->database()));
    CHECK_FALSE(takeBackup(fixture.storage->database()));
    fixture.storage.reset();
    auto reopened = SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
    CHECK(takeBackupOnOpen(reopened->database()).empty());
    CHECK(listBackups(fixture.path).size() == 1);
    reopened->candidates().add(sampleCandidate("Changed"), kActor);
    CHECK(takeBackup(reopened->database()));
    CHECK(listBackups(fixture.path).size() == 2);
}

TEST_CASE("Backups of another database in the same folder are not listed", "[storage][backup]")
{
    StorageFixture fixture;
    auto other = SqliteStorage::open(fixture.dir / "hiring.amhire.old");
    REQUIRE(takeBackup(other->database()));
    REQUIRE(takeBackup(fixture.storage->database()));
    CHECK(listBackups(fixture.path).size() == 1);
    CHECK(listBackups(fixture.dir / "hiring.amhire.old").size() == 1);
}

TEST_CASE("A failed backup on open does not stop the database from opening", "[storage][backup]")
{
    StorageFixture fixture;
    overwrite(fixture.dir / "backups", "a file where the folder should be");
    const std::string problem = takeBackupOnOpen(fixture.storage->database());
    CHECK_THAT(problem, Catch::Contains("no backup") && Catch::Contains("backups"));
    CHECK_NOTHROW(fixture.storage->candidates().add(sampleCandidate("Still works"), kActor));
}

TEST_CASE("Restoring brings the backup back and keeps the current file as a backup", "[storage][backup]")
{
    StorageFixture fixture;
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    fixture.storage->candidates().add(sampleCandidate("Added after the backup"), kActor);
    fixture.storage.reset(); // the database must be closed to restore

    std::vector<std::pair<size_t, size_t>> steps;
    const auto safety = restoreBackup(fixture.path, backup->path,
                                      [&](size_t done, size_t total) { steps.emplace_back(done, total); });
    REQUIRE(safety);
    CHECK(steps == std::vector<std::pair<size_t, size_t>>{{1, 6}, {2, 6}, {3, 6}, {4, 6}, {5, 6}, {6, 6}});
    CHECK(candidateCount(safety->path) == 2); // nothing is lost by restoring
    CHECK(permissions(safety->path) == 0600);
    CHECK(permissions(fixture.path) == 0600);
    auto restored = SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
    CHECK(restored->candidates().count() == 1);
    CHECK(restored->database().integrityProblems().empty());
    CHECK(listBackups(fixture.path).size() == 2);
}

TEST_CASE("A damaged backup is refused and the database stays as it was", "[storage][backup]")
{
    StorageFixture fixture;
    for (int i = 0; i < 300; ++i)
        fixture.storage->candidates().add(sampleCandidate("Bulk " + std::to_string(i)), kActor);
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    fixture.storage.reset();
    std::string bytes = readBytes(backup->path);
    REQUIRE(bytes.size() > 12 * 4096);
    for (size_t i = 8 * 4096; i < 9 * 4096; ++i)
        bytes[i] = static_cast<char>(i * 7);
    overwrite(backup->path, bytes);
    const std::string before = readBytes(fixture.path);

    try {
        restoreBackup(fixture.path, backup->path);
        FAIL("a damaged backup was restored");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Corrupt);
        CHECK_THAT(error.what(), Catch::Contains(backup->path.string()) && Catch::Contains("another backup"));
    }
    CHECK(readBytes(fixture.path) == before);
    CHECK(listBackups(fixture.path).size() == 1);
}

TEST_CASE("Restoring is refused while an amhire window has the database open", "[storage][backup]")
{
    StorageFixture fixture;
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    auto window = InstanceLock::acquire(fixture.path);
    try {
        restoreBackup(fixture.path, backup->path);
        FAIL("restored under an open window");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Locked);
    }
    CHECK(listBackups(fixture.path).size() == 1); // not even the safety copy was made
}

TEST_CASE("A truncated database is refused, then restored from its backup", "[storage][backup][faults]")
{
    StorageFixture fixture;
    for (int i = 0; i < 300; ++i)
        fixture.storage->candidates().add(sampleCandidate("Bulk " + std::to_string(i)), kActor);
    REQUIRE(takeBackup(fixture.storage->database()));
    fixture.storage.reset();
    const std::string bytes = readBytes(fixture.path);
    REQUIRE(bytes.size() > 8 * 4096);
    overwrite(fixture.path, bytes.substr(0, bytes.size() / 2));

    try {
        SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
        FAIL("a truncated database was opened");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Corrupt);
        CHECK_THAT(error.what(), Catch::Contains(fixture.path.string()) && Catch::Contains("backup"));
    }
    CHECK(readBytes(fixture.path).size() == bytes.size() / 2); // untouched by the failed open

    const auto safety = restoreBackup(fixture.path, listBackups(fixture.path).front().path);
    CHECK_FALSE(safety);      // SQLite cannot copy a damaged file page by page...
    bool keptDamaged = false; // ...so its bytes are kept as they were
    for (const auto& entry : fs::directory_iterator(backupFolderFor(fixture.path)))
        keptDamaged = keptDamaged || (entry.path().extension() == ".damaged" &&
                                      readBytes(entry.path()) == bytes.substr(0, bytes.size() / 2));
    CHECK(keptDamaged);
    auto restored = SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
    CHECK(restored->candidates().count() == 301);
}

TEST_CASE("A candidate erased before a backup is nowhere in that backup's bytes",
          "[storage][backup][privacy]")
{
    StorageFixture fixture;
    const std::string name = "Zelda Unforgettable-Name";
    const std::string email = "zelda.secret@example.org";
    const int64_t erased = fixture.storage->candidates().add(sampleCandidate(name, email), kActor);
    const int64_t kept =
        fixture.storage->candidates().add(sampleCandidate("Kept Person", "kept@example.com"), kActor);
    fixture.storage->candidates().addApplication(erased, fixture.openingId, Stage::Interviewing, kActor);
    const auto before = takeBackup(fixture.storage->database());
    REQUIRE(before);
    REQUIRE(readBytes(before->path).find(name) != std::string::npos); // the search would find it

    fixture.storage->candidates().erase(erased, kActor);
    const auto after = takeBackup(fixture.storage->database());
    REQUIRE(after);
    const std::string bytes = readBytes(after->path);
    CHECK(bytes.find(name) == std::string::npos);
    CHECK(bytes.find(email) == std::string::npos);
    CHECK(bytes.find("Kept Person") != std::string::npos);
    CHECK(fixture.storage->candidates().find(kept));
    for (const char* side : {"", "-wal"})
        CHECK(readBytes(fixture.path.string() + side).find(name) == std::string::npos);
}

TEST_CASE("A backup killed halfway is never listed and is cleaned up by the next one", "[storage][backup]")
{
    StorageFixture fixture;
    const fs::path folder = backupFolderFor(fixture.path);
    fs::create_directories(folder);
    const fs::path half = folder / "hiring.amhire.2026-01-01T00-00-00.000Z.backup.partial";
    overwrite(half, "SQLite format 3");
    // Another database in the same folder whose name starts with this one's:
    // its copy in progress is not ours to clean (it has a lock of its own).
    const fs::path others = folder / "hiring.amhire.old.2026-01-01T00-00-00.000Z.backup.partial";
    overwrite(others, "SQLite format 3");
    CHECK(listBackups(fixture.path).empty());
    REQUIRE(takeBackup(fixture.storage->database()));
    CHECK_FALSE(fs::exists(half));
    CHECK(fs::exists(others));
    CHECK(listBackups(fixture.path).size() == 1);
}
