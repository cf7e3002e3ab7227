#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "StorageTestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

bool indexExists(SQLite::Database& db, const std::string& name)
{
    SQLite::Statement query(db, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
    query.bind(1, name);
    return query.executeStep();
}

// Rows a user of an old version would have: written with plain SQL, since the
// stores always speak the latest schema.
void fillVersion1(SQLite::Database& db)
{
    db.exec(R"sql(
        INSERT INTO openings (id, template_id, level, title, company, created_at)
            VALUES (1, 'saas-am', 'mid', 'Account Manager', 'Northwind', '2026-01-01T00:00:00.000Z');
        INSERT INTO opening_competencies VALUES (1, 'retention', 0, 'Retention', 3.0, 3);
        INSERT INTO candidates (id, name, email, created_at, updated_at)
            VALUES (7, 'Old Timer', 'old@example.com', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
        INSERT INTO applications (id, candidate_id, opening_id, stage, created_at)
            VALUES (3, 7, 1, 'interviewing', '2026-01-02T00:00:00.000Z');
        INSERT INTO interviews (id, application_id, interviewer, kind, status, recommendation, created_at)
            VALUES (5, 3, 'Sam', 'panel', 'submitted', 'yes', '2026-01-03T00:00:00.000Z');
        INSERT INTO ratings VALUES (5, 'retention', 4, 'kept every account', '2026-01-03T00:00:00.000Z');
        INSERT INTO rating_evidence VALUES (5, 'retention', 'grr', 96.5);
        INSERT INTO audit_log (at, actor, action, entity, entity_id, detail)
            VALUES ('2026-01-03T00:00:00.000Z', 'Sam', 'submit', 'interview', 5, 'recommendation yes');
    )sql");
}

} // namespace

TEST_CASE("Migrating an empty file creates the latest schema", "[storage]")
{
    TempDir dir;
    SQLite::Database db((dir / "empty.amhire").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    REQUIRE(schemaVersion(db) == 0);
    migrate(db);
    CHECK(schemaVersion(db) == kLatestSchemaVersion);
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
    for (const char* table :
         {"meta", "openings", "opening_competencies", "candidates", "applications", "interviews",
          "interview_questions", "ratings", "rating_evidence", "question_notes", "audit_log"})
        CHECK(db.tableExists(table));
    CHECK(indexExists(db, "ratings_by_competency"));
    CHECK(indexExists(db, "applications_by_opening"));
    CHECK(indexExists(db, "interviews_by_application"));
}

TEST_CASE("Migrating twice changes nothing the second time", "[storage]")
{
    TempDir dir;
    SQLite::Database db((dir / "twice.amhire").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(db);
    const auto changesBefore = db.execAndGet("SELECT total_changes()").getInt64();
    CHECK_NOTHROW(migrate(db));
    CHECK(db.execAndGet("SELECT total_changes()").getInt64() == changesBefore);
    CHECK(schemaVersion(db) == kLatestSchemaVersion);
}

TEST_CASE("Each step stops at the version asked for", "[storage]")
{
    for (int version = 1; version <= kLatestSchemaVersion; ++version) {
        TempDir dir;
        SQLite::Database db((dir / "step.amhire").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate(db, version);
        CHECK(schemaVersion(db) == version);
        CHECK(indexExists(db, "ratings_by_competency") == (version >= 2));
    }
}

TEST_CASE("Opening a database of every earlier version migrates it and keeps its data", "[storage]")
{
    for (int version = 1; version < kLatestSchemaVersion; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            TempDir dir;
            const fs::path path = dir / "old.amhire";
            {
                SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
                migrate(db, version);
                fillVersion1(db);
                REQUIRE(schemaVersion(db) == version);
            }
            auto storage = SqliteStorage::open(path, OpenMode::ExistingOnly);
            CHECK(storage->database().schemaVersion() == kLatestSchemaVersion);
            CHECK(indexExists(storage->database().sql(), "ratings_by_competency"));
            CHECK(storage->database().integrityProblems().empty());

            CHECK(storage->candidates().get(7).name == "Old Timer");
            const Opening opening = storage->openings().get(1);
            REQUIRE(opening.scorecard.entries.size() == 1);
            CHECK(opening.scorecard.entries[0].minimum == 3);
            const auto ratings = storage->interviews().submittedRatingsForOpening(1);
            REQUIRE(ratings.size() == 1);
            CHECK(ratings[0].rating.score == 4);
            CHECK(ratings[0].rating.evidence.at("grr") == Approx(96.5));
            CHECK(storage->interviews().get(5).recommendation == Recommendation::Yes);
            CHECK(storage->audit().count() == 1);
            // And it keeps working as a current database.
            CHECK(storage->candidates().findByEmail("OLD@example.com").has_value());
        }
    }
}
