#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include <SQLiteCpp/Database.h>

#include "StorageTestSupport.h"
#include "core/storage/Backups.h"
#include "core/storage/CandidateErasure.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

const std::string kName = "Wilhelmina Okonkwo-Lindqvist";
const std::string kEmail = "wilhelmina.ol@mailbox.example";

bool holds(const fs::path& file, const std::string& text)
{
    return readBytes(file).find(text) != std::string::npos;
}

// A database whose backups all hold kName: her first version in the older
// backup, an edited one in the newer, with an interview between.
struct ErasureFixture {
    StorageFixture base;
    int64_t personId = base.storage->candidates().add(sampleCandidate(kName, kEmail), kActor);
    std::vector<fs::path> backups;

    ErasureFixture()
    {
        backups.push_back(takeBackup(base.storage->database())->path);
        const int64_t application =
            base.storage->candidates().addApplication(personId, base.openingId, Stage::Interviewing, kActor);
        const int64_t interview =
            base.interviews().add(sampleInterview(application, "Sam Panel"), "Sam Panel");
        base.interviews().setRatingNotes(interview, "retention", "Told us " + kEmail, "Sam Panel");
        backups.push_back(takeBackup(base.storage->database())->path);
    }
};

int64_t count(const fs::path& file, const std::string& table)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

} // namespace

TEST_CASE("Erasing a candidate erases them from every backup of the database too", "[storage][backup][erase]")
{
    ErasureFixture fixture;
    for (const fs::path& backup : fixture.backups)
        REQUIRE(holds(backup, kName)); // so the checks below can fail

    std::vector<std::pair<size_t, size_t>> steps;
    const CandidateErasure result =
        eraseCandidateEverywhere(*fixture.base.storage, fixture.base.path, fixture.personId, "HR Admin",
                                 [&](size_t done, size_t total) { steps.emplace_back(done, total); });

    CHECK(result.complete());
    CHECK(result.backupsCleaned == 2);
    CHECK_FALSE(fixture.base.storage->candidates().find(fixture.personId));
    for (const fs::path& backup : fixture.backups) {
        INFO(backup);
        CHECK_FALSE(holds(backup, kName));
        CHECK_FALSE(holds(backup, kEmail));
        CHECK(count(backup, "candidates") == 1); // the fixture's other candidate stays
        CHECK(count(backup, "audit_log WHERE action = 'erase' AND entity_id = " +
                                std::to_string(fixture.personId)) == 1);
        CHECK(permissions(backup) == 0600);
        // Still a backup as takeBackup makes them: whole on its own, no -wal beside it.
        CHECK_FALSE(fs::exists(backup.string() + "-wal"));
        CHECK_FALSE(fs::exists(backup.string() + "-journal"));
        CHECK_NOTHROW(verifyBackup(backup));
    }
    CHECK(steps == std::vector<std::pair<size_t, size_t>>{{1, 3}, {2, 3}, {3, 3}});
}

TEST_CASE("A backup where the same id belongs to someone else keeps that person", "[storage][backup][erase]")
{
    // A restore rewinds the ids: erase her without the backups, as an
    // older amhire did, so the next candidate is given her id again.
    ErasureFixture fixture;
    Storage& storage = *fixture.base.storage;
    storage.candidates().erase(fixture.personId, kActor);
    std::this_thread::sleep_for(std::chrono::milliseconds(5)); // a creation time of their own
    const int64_t newcomer =
        storage.candidates().add(sampleCandidate("Newcomer Person", "new@example.com"), kActor);
    REQUIRE(newcomer == fixture.personId);

    const CandidateErasure result = eraseCandidateEverywhere(storage, fixture.base.path, newcomer, kActor);

    CHECK(result.complete());
    CHECK(result.backupsCleaned == 0);
    for (const fs::path& backup : fixture.backups)
        CHECK(holds(backup, kName));
}

TEST_CASE("A backup that cannot be cleaned is reported and the others are cleaned",
          "[storage][backup][erase]")
{
    ErasureFixture fixture;
    // A file named as a backup that is not a database at all.
    const fs::path broken = fixture.backups.front().parent_path() /
                            (fixture.base.path.filename().string() + ".2020-01-01T00-00-00.000Z.backup");
    std::ofstream(broken) << "not a database";
    // And a raw copy a restore kept of a damaged file.
    const fs::path damaged = fixture.backups.front().parent_path() /
                             (fixture.base.path.filename().string() + ".2021-01-01T00-00-00.000Z.damaged");
    std::ofstream(damaged) << "unreadable " << kName;

    const CandidateErasure result =
        eraseCandidateEverywhere(*fixture.base.storage, fixture.base.path, fixture.personId, kActor);

    CHECK_FALSE(result.complete());
    CHECK(result.backupsCleaned == 2);
    REQUIRE(result.problems.size() == 1);
    CHECK_THAT(result.problems[0], Catch::StartsWith(broken.string() + ": "));
    CHECK(result.damagedCopies == std::vector<fs::path>{damaged});
    for (const fs::path& backup : fixture.backups)
        CHECK_FALSE(holds(backup, kName));
}

TEST_CASE("A candidate who is not in the database is not looked for in the backups",
          "[storage][backup][erase]")
{
    ErasureFixture fixture;
    CHECK_THROWS_AS(eraseCandidateEverywhere(*fixture.base.storage, fixture.base.path, 9999, kActor),
                    StorageError);
    for (const fs::path& backup : fixture.backups)
        CHECK(holds(backup, kName));
}

TEST_CASE("Storage that is not a local file has no backups to clean", "[storage][backup][erase]")
{
    TempDir dir;
    const fs::path cwd = fs::current_path();
    fs::current_path(dir.path()); // where a relative "backups" folder would appear
    const CandidateErasure result = eraseCandidateFromBackups({}, 1, "2026-01-01T00:00:00.000Z", kActor);
    const bool madeFolder = fs::exists(dir.path() / "backups");
    fs::current_path(cwd);
    CHECK(result.complete());
    CHECK(result.backupsCleaned == 0);
    CHECK_FALSE(madeFolder);
}

TEST_CASE("Damaged copies are listed for their database only", "[storage][backup]")
{
    TempDir dir;
    const fs::path database = dir / "hiring.amhire";
    fs::create_directory(backupFolderFor(database));
    const fs::path folder = backupFolderFor(database);
    for (const char* name : {"hiring.amhire.2026-01-02T03-04-05.678Z.damaged",
                             "hiring.amhire.2026-01-02T03-04-05.678Z.damaged-wal",
                             "hiring.amhire.old.2026-01-02T03-04-05.678Z.damaged",
                             "hiring.amhire.2026-01-02T03-04-05.678Z.backup", "hiring.amhire.damaged"})
        std::ofstream(folder / name) << "x";
    CHECK(listDamagedCopies(database) ==
          std::vector<fs::path>{folder / "hiring.amhire.2026-01-02T03-04-05.678Z.damaged",
                                folder / "hiring.amhire.2026-01-02T03-04-05.678Z.damaged-wal"});
}
