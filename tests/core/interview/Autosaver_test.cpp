#include <catch2/catch.hpp>

#include <atomic>

#include "core/interview/Autosaver.h"
#include "core/interview/InterviewStart.h"
#include "core/storage/StorageError.h"
#include "InterviewTestSupport.h"

using namespace amhire;
using namespace std::chrono_literals;

namespace {

struct SaverFixture : test::InterviewFixture {
    int64_t interviewId =
        startInterview(*storage, test::bundledContent(), {applicationId, "Sam", InterviewKind::Panel, 60});
    std::string competency = storage->openings().get(openingId).scorecard.entries.at(0).competencyId;
};

}  // namespace

TEST_CASE("The autosaver writes through its own connection and reports what it saved")
{
    SaverFixture f;
    std::atomic<int> reports{0};
    {
        Autosaver saver(SqliteStorage::open(f.path, OpenMode::ExistingOnly), [&](const SaveStatus&) { ++reports; });
        const int64_t id = f.interviewId;
        const std::string c = f.competency;
        saver.save("score:" + c, [=](InterviewStore& s) { s.setScore(id, c, 5, "Sam"); });
        saver.save("notes:" + c, [=](InterviewStore& s) { s.setRatingNotes(id, c, "Kept 96% of revenue", "Sam"); });
        REQUIRE(saver.flush(5s));
        const SaveStatus status = saver.status();
        CHECK(status.pending == 0);
        CHECK(status.saved == 2);
        CHECK_FALSE(status.error);
        CHECK_FALSE(status.lastSavedAt.empty());
    }
    CHECK(reports > 0);
    const auto ratings = f.storage->interviews().ratings(f.interviewId);
    REQUIRE(ratings.size() == 1);
    CHECK(ratings[0].score == 5);
    CHECK(ratings[0].notes == "Kept 96% of revenue");
}

TEST_CASE("Waiting writes to the same field collapse into the newest, and the newest wins")
{
    SaverFixture f;
    Autosaver saver(SqliteStorage::open(f.path, OpenMode::ExistingOnly), {});
    const int64_t id = f.interviewId;
    const std::string c = f.competency;
    // Hold the saver on a first write so the next ones wait in the queue.
    std::atomic<bool> release{false};
    saver.save("gate", [&](InterviewStore&) {
        while (!release)
            std::this_thread::sleep_for(1ms);
    });
    std::this_thread::sleep_for(20ms);
    for (int i = 1; i <= 50; ++i)
        saver.save("notes:" + c, [=](InterviewStore& s) { s.setRatingNotes(id, c, std::string(i, 'x'), "Sam"); });
    CHECK(saver.status().pending == 2);  // the gate and one notes write, not 51
    release = true;
    REQUIRE(saver.flush(5s));
    CHECK(saver.status().saved == 2);
    CHECK(f.storage->interviews().ratings(id).at(0).notes == std::string(50, 'x'));
}

TEST_CASE("A write that fails for a passing reason is kept and retried; a hopeless one is reported")
{
    SaverFixture f;
    std::atomic<int> attempts{0};
    Autosaver saver(SqliteStorage::open(f.path, OpenMode::ExistingOnly), {}, 10ms);
    saver.save("flaky", [&](InterviewStore&) {
        if (++attempts < 3)
            throw StorageError(StorageErrorKind::Locked, "hiring.db", "The database is locked by another program.");
    });
    REQUIRE(saver.flush(5s));
    CHECK(attempts == 3);
    CHECK_FALSE(saver.status().error);

    // A submitted scorecard refuses writes: retrying would never help.
    f.storage->interviews().submit(f.interviewId, Recommendation::Yes, "Sam");
    const int64_t id = f.interviewId;
    const std::string c = f.competency;
    saver.save("score:" + c, [=](InterviewStore& s) { s.setScore(id, c, 2, "Sam"); });
    REQUIRE(saver.flush(5s));
    const SaveStatus status = saver.status();
    REQUIRE(status.error);
    CHECK_FALSE(status.retrying);
    CHECK(f.storage->interviews().ratings(id).empty());
}

TEST_CASE("A write still failing when the time runs out is reported as pending, not dropped")
{
    SaverFixture f;
    Autosaver saver(SqliteStorage::open(f.path, OpenMode::ExistingOnly), {}, 5ms);
    std::atomic<bool> diskBack{false};
    saver.save("full", [&](InterviewStore&) {
        if (!diskBack)
            throw StorageError(StorageErrorKind::DiskFull, "hiring.db", "The disk is full.");
    });
    CHECK_FALSE(saver.flush(100ms));
    const SaveStatus status = saver.status();
    CHECK(status.pending == 1);
    CHECK(status.retrying);
    REQUIRE(status.error);
    CHECK(*status.error == "The disk is full.");
    diskBack = true;
    CHECK(saver.flush(5s));
    CHECK_FALSE(saver.status().error);
}

TEST_CASE("The autosaver opens its connection on its own thread and keeps changes until it can")
{
    SaverFixture f;
    std::atomic<int> tries{0};
    const auto path = f.path;
    Autosaver saver(
        [&tries, path]() -> std::unique_ptr<Storage> {
            if (++tries < 3)
                throw StorageError(StorageErrorKind::Locked, path, "The database is in use.");
            return SqliteStorage::open(path, OpenMode::ExistingOnly);
        },
        {}, 5ms);
    const int64_t id = f.interviewId;
    const std::string c = f.competency;
    saver.save("score:" + c, [=](InterviewStore& s) { s.setScore(id, c, 4, "Sam"); });
    REQUIRE(saver.flush(5s));
    CHECK(tries == 3);
    CHECK_FALSE(saver.status().error);
    CHECK(f.storage->interviews().ratings(id).at(0).score == 4);
}
