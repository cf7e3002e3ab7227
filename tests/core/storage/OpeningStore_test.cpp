#include <catch2/catch.hpp>

#include "StorageTestSupport.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("An opening is stored with its scorecard snapshot", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    const Opening original = sampleOpening();
    const int64_t id = storage->openings().add(original, kActor);
    CHECK(id > 0);

    const Opening stored = storage->openings().get(id);
    CHECK(stored.id == id);
    CHECK(stored.templateId == original.templateId);
    CHECK(stored.level == "senior");
    CHECK(stored.company == "Northwind");
    CHECK(stored.payMin == 70000);
    CHECK(stored.payMax == 90000);
    CHECK(stored.status == kOpeningOpen);
    CHECK(stored.scorecard == original.scorecard); // order, weights, minimums, version, hash
    CHECK_FALSE(stored.createdAt.empty());
}

TEST_CASE("Unset pay stays unset", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    Opening opening = sampleOpening();
    opening.payMin.reset();
    opening.payMax.reset();
    const Opening stored = storage->openings().get(storage->openings().add(opening, kActor));
    CHECK_FALSE(stored.payMin.has_value());
    CHECK_FALSE(stored.payMax.has_value());
}

TEST_CASE("Updating an opening never changes its scorecard", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    const int64_t id = storage->openings().add(sampleOpening(), kActor);
    Opening changed = storage->openings().get(id);
    changed.title = "Key Account Manager";
    changed.postingMarkdown = "# Join us";
    changed.scorecard.entries.clear();
    changed.scorecard.rubricVersion = "tampered";
    storage->openings().update(changed, kActor);

    const Opening stored = storage->openings().get(id);
    CHECK(stored.title == "Key Account Manager");
    CHECK(stored.postingMarkdown == "# Join us");
    CHECK(stored.scorecard == sampleOpening().scorecard);
}

TEST_CASE("Openings are listed oldest first, each with its own scorecard", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    Opening second = sampleOpening();
    second.company = "Fabrikam";
    second.scorecard.entries = {{"negotiation", "Negotiation", 1.5, 2}};
    const int64_t first = storage->openings().add(sampleOpening(), kActor);
    const int64_t other = storage->openings().add(second, kActor);

    const auto openings = storage->openings().list();
    REQUIRE(openings.size() == 2);
    CHECK(openings[0].id == first);
    CHECK(openings[0].scorecard.entries.size() == 3);
    CHECK(openings[1].id == other);
    REQUIRE(openings[1].scorecard.entries.size() == 1);
    CHECK(openings[1].scorecard.entries[0].competencyId == "negotiation");
}

TEST_CASE("Closing an opening", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    const int64_t id = storage->openings().add(sampleOpening(), kActor);
    storage->openings().setStatus(id, kOpeningClosed, kActor);
    CHECK(storage->openings().get(id).status == kOpeningClosed);
    CHECK_THROWS_AS(storage->openings().setStatus(id, "paused", kActor), StorageError);
    CHECK(storage->audit().forEntity("opening", id).size() == 2); // create, status
}

TEST_CASE("Invalid openings are refused with a reason", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    auto refused = [&](Opening opening, const std::string& reason) {
        try {
            storage->openings().add(opening, kActor);
            FAIL("accepted an opening that " << reason);
        }
        catch (const StorageError& error) {
            CHECK(error.kind() == StorageErrorKind::InvalidInput);
            CHECK_THAT(error.what(), Catch::Contains(reason));
        }
    };
    Opening opening = sampleOpening();
    opening.company.clear();
    refused(opening, "no company");
    opening = sampleOpening();
    opening.scorecard.entries.push_back(opening.scorecard.entries.front());
    refused(opening, "twice");
    opening = sampleOpening();
    opening.scorecard.entries[0].minimum = 6;
    refused(opening, "between 1 and 5");
    opening = sampleOpening();
    opening.payMin = 100000;
    refused(opening, "above its maximum");
    CHECK(storage->openings().list().empty());
}

TEST_CASE("Unknown openings: find gives nothing, get throws NotFound", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "openings.amhire");
    CHECK_FALSE(storage->openings().find(42).has_value());
    try {
        storage->openings().get(42);
        FAIL("no error");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::NotFound);
    }
    Opening ghost = sampleOpening();
    ghost.id = 42;
    CHECK_THROWS_AS(storage->openings().update(ghost, kActor), StorageError);
}
