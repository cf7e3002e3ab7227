#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include "StorageTestSupport.h"

using namespace amhire;
using namespace amhire::test;

TEST_CASE("The audit log records who did what, newest first in recent()", "[storage]")
{
    StorageFixture fixture; // creates an opening, a candidate and an application
    const auto all = fixture.storage->audit().recent(100);
    REQUIRE(all.size() == 3);
    CHECK(fixture.storage->audit().count() == 3);
    CHECK(all[0].entity == "application");
    CHECK(all[1].entity == "candidate");
    CHECK(all[2].entity == "opening");
    for (const AuditEntry& entry : all) {
        CHECK(entry.actor == kActor);
        CHECK(entry.action == "create");
        CHECK_FALSE(entry.at.empty());
        CHECK(entry.detail.find("Ada") == std::string::npos); // no personal data
    }
    CHECK(fixture.storage->audit().recent(1).size() == 1);
    CHECK(fixture.storage->audit().forEntity("candidate", fixture.candidateId).size() == 1);
}

TEST_CASE("The audit log cannot be changed or deleted, even with plain SQL", "[storage]")
{
    StorageFixture fixture;
    SQLite::Database raw(fixture.path.string(), SQLite::OPEN_READWRITE);
    CHECK_THROWS_WITH(raw.exec("UPDATE audit_log SET actor = 'someone else'"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(raw.exec("DELETE FROM audit_log"), Catch::Contains("append-only"));
    CHECK(fixture.storage->audit().count() == 3);
    CHECK(fixture.storage->audit().recent(1).front().actor == kActor);
}

TEST_CASE("A failed change leaves no audit entry", "[storage]")
{
    StorageFixture fixture;
    const auto before = fixture.storage->audit().count();
    CHECK_THROWS_AS(fixture.storage->candidates().setStage(999, Stage::Hired, kActor), StorageError);
    CHECK_THROWS_AS(fixture.storage->candidates().add(sampleCandidate(), "  "), StorageError);
    CHECK(fixture.storage->audit().count() == before);
    CHECK(fixture.storage->candidates().count() == 1); // the nameless-actor add was rolled back
}
