#include <catch2/catch.hpp>

#include "StorageTestSupport.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("A storage transaction commits everything together", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "batch.amhire");
    {
        auto transaction = storage->beginTransaction();
        storage->candidates().add(sampleCandidate("One", ""), kActor);
        storage->candidates().add(sampleCandidate("Two", ""), kActor);
        transaction->commit();
    }
    CHECK(storage->candidates().count() == 2);
    CHECK(storage->location() == (dir / "batch.amhire").string());
}

TEST_CASE("A storage transaction without commit leaves nothing behind", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "batch.amhire");
    {
        auto transaction = storage->beginTransaction();
        storage->candidates().add(sampleCandidate("One", ""), kActor);
        CHECK(storage->candidates().count() == 1);
    }
    CHECK(storage->candidates().count() == 0);
    CHECK(storage->audit().count() == 0);
}

TEST_CASE("A failing call inside a transaction undoes only itself", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "batch.amhire");
    const int64_t opening = storage->openings().add(sampleOpening(), kActor);
    auto transaction = storage->beginTransaction();
    const int64_t one = storage->candidates().add(sampleCandidate("One", ""), kActor);
    storage->candidates().addApplication(one, opening, Stage::Applied, kActor);
    CHECK_THROWS_AS(storage->candidates().addApplication(one, opening, Stage::Applied, kActor), StorageError);
    transaction->commit();
    CHECK(storage->candidates().candidatesOf(opening).size() == 1);
}

TEST_CASE("Only one storage transaction at a time", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "batch.amhire");
    auto transaction = storage->beginTransaction();
    CHECK_THROWS_AS(storage->beginTransaction(), StorageError);
}

TEST_CASE("Two storages on one file (two app windows) both save and see each other's saves", "[storage]")
{
    TempDir dir;
    const auto path = dir / "shared.amhire";
    auto first = SqliteStorage::open(path);
    auto second = SqliteStorage::open(path, OpenMode::ExistingOnly);
    const int64_t opening = first->openings().add(sampleOpening(), kActor);
    for (int i = 0; i < 20; ++i) {
        SqliteStorage& writer = i % 2 ? *first : *second;
        const int64_t id =
            writer.candidates().add(sampleCandidate("Person " + std::to_string(i), ""), kActor);
        writer.candidates().addApplication(id, opening, Stage::Applied, kActor);
    }
    CHECK(first->candidates().candidatesOf(opening).size() == 20);
    CHECK(second->candidates().candidatesOf(opening).size() == 20);
    CHECK(second->database().integrityProblems().empty());
}

TEST_CASE("The change stamp moves with every write, ours or another connection's, and not with reads",
          "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "stamp.amhire");
    const ChangeStamp start = storage->changeStamp();
    storage->candidates().list();
    storage->openings().list();
    CHECK(storage->changeStamp() == start);

    storage->candidates().add(sampleCandidate("One", ""), kActor);
    const ChangeStamp afterOurs = storage->changeStamp();
    CHECK(afterOurs != start);
    CHECK(storage->changeStamp() == afterOurs);

    {
        auto other = SqliteStorage::open(dir / "stamp.amhire", OpenMode::AlreadyChecked);
        other->candidates().add(sampleCandidate("Two", ""), "cli");
    }
    const ChangeStamp afterTheirs = storage->changeStamp();
    CHECK(afterTheirs != afterOurs);
    CHECK(afterTheirs.ours == afterOurs.ours);
}
