#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include <SQLiteCpp/Database.h>

#include "ChildProcess.h"
#include "StorageTestSupport.h"
#include "core/storage/Backups.h"

// A restore killed at any moment must leave either the database as it was
// (including commits still in its WAL) or the restored backup, never a mix
// and never a file that does not open.

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

TEST_CASE("A restore killed at a random moment leaves the old database or the restored one",
          "[storage][backup][crash]")
{
    StorageFixture fixture; // 1 candidate: what the backup holds
    const auto backup = takeBackup(fixture.storage->database());
    REQUIRE(backup);
    fixture.storage.reset();
    std::mt19937 random(20261123);
    int old = 0, restored = 0;
    long restoreMicros = 0; // how long an unhurried restore takes here, measured on the first pass
    for (int kill = -1; kill < 20; ++kill) {
        {
            // The state to restore over: 3 candidates, the last two only in the WAL.
            auto storage = SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
            if (storage->candidates().count() == 1)
                for (const char* name : {"Wal Only One", "Wal Only Two"})
                    storage->candidates().add(sampleCandidate(name), kActor);
            REQUIRE(storage->candidates().count() == 3);
            Candidate first = storage->candidates().get(fixture.candidateId);
            first.currentTitle = "title " + std::to_string(kill); // a commit only the WAL holds
            storage->candidates().update(first, kActor);
            SQLite::Database holdOpen(fixture.path.string(), SQLite::OPEN_READONLY);
            holdOpen.execAndGet("SELECT count(*) FROM candidates"); // connections open lazily
            storage.reset(); // holdOpen keeps the WAL from being checkpointed on close
            REQUIRE(fs::file_size(fixture.path.string() + "-wal") > 0);
        }
        ChildProcess child([&](ChildProcess& self) {
            self.signalReady();
            restoreBackup(fixture.path, backup->path);
            self.signalReady(); // done
            ::pause();          // done: wait for the kill like everyone else
            return std::string();
        });
        REQUIRE(child.waitReady());
        if (kill < 0) {
            const auto start = std::chrono::steady_clock::now();
            REQUIRE(child.waitReady());
            restoreMicros = static_cast<long>(std::chrono::duration_cast<std::chrono::microseconds>(
                                                  std::chrono::steady_clock::now() - start)
                                                  .count());
        }
        else {
            ::usleep(std::uniform_int_distribution<unsigned>(0, static_cast<unsigned>(restoreMicros * 3 / 2))(
                random));
        }
        child.kill();

        auto storage = SqliteStorage::open(fixture.path, OpenMode::ExistingOnly);
        const int64_t count = storage->candidates().count();
        INFO("kill " << kill);
        CHECK((count == 1 || count == 3));
        if (count == 3)
            CHECK(storage->candidates().get(fixture.candidateId).currentTitle ==
                  "title " + std::to_string(kill));
        CHECK(storage->database().integrityProblems().empty());
        if (kill >= 0)
            (count == 1 ? restored : old)++;
        else
            REQUIRE(count == 1); // the unhurried restore worked
    }
    WARN("a restore takes " << restoreMicros << " us; of 20 killed, " << old << " left the old database, "
                            << restored << " the restored one");
}
