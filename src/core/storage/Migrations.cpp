#include "core/storage/Migrations.h"

#include <string>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "core/storage/Database.h"

namespace amhire {
namespace {

struct MigrationStep {
    int version;
    const char* sql;
};

// Step 1: the whole schema as first released.
//
// - Openings keep the scorecard they were created with (opening_competencies)
//   plus the rubric version and content hash, so editing the XML later never
//   changes what past scores meant.
// - Deleting a candidate cascades to applications, interviews, ratings,
//   evidence and notes: erasure is one DELETE.
// - A NULL score is "not assessed"; a missing row is "not touched yet".
// - audit_log is append-only, enforced by triggers rather than by convention.
constexpr const char* kStep1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE openings (
    id               INTEGER PRIMARY KEY,
    template_id      TEXT NOT NULL CHECK (template_id <> ''),
    level            TEXT NOT NULL CHECK (level <> ''),
    title            TEXT NOT NULL DEFAULT '',
    company          TEXT NOT NULL CHECK (company <> ''),
    location         TEXT NOT NULL DEFAULT '',
    work_model       TEXT NOT NULL DEFAULT '',
    team             TEXT NOT NULL DEFAULT '',
    reports_to       TEXT NOT NULL DEFAULT '',
    pay_min          INTEGER,
    pay_max          INTEGER,
    currency         TEXT NOT NULL DEFAULT '',
    posting_markdown TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    rubric_version   TEXT NOT NULL DEFAULT '',
    content_hash     TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);

CREATE TABLE opening_competencies (
    opening_id    INTEGER NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
    competency_id TEXT NOT NULL,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    weight        REAL NOT NULL CHECK (weight >= 0),
    minimum       INTEGER CHECK (minimum BETWEEN 1 AND 5),
    PRIMARY KEY (opening_id, competency_id)
) WITHOUT ROWID;

CREATE TABLE candidates (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    current_company TEXT NOT NULL DEFAULT '',
    current_title   TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE applications (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    opening_id   INTEGER NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL DEFAULT 'applied' CHECK (stage IN
                     ('applied', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')),
    created_at   TEXT NOT NULL,
    UNIQUE (candidate_id, opening_id)
);

CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    interviewer      TEXT NOT NULL CHECK (trim(interviewer) <> ''),
    kind             TEXT NOT NULL CHECK (kind <> ''),
    scheduled_at     TEXT,
    started_at       TEXT,
    submitted_at     TEXT,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    recommendation   TEXT CHECK (recommendation IN ('strong-no', 'no', 'yes', 'strong-yes', 'no-decision')),
    strengths        TEXT NOT NULL DEFAULT '',
    concerns         TEXT NOT NULL DEFAULT '',
    current_question INTEGER NOT NULL DEFAULT 0 CHECK (current_question >= 0),
    planned_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    created_at       TEXT NOT NULL,
    CHECK (status = 'draft' OR recommendation IS NOT NULL)
);

-- The interview kit the interviewer chose, in the order asked.
CREATE TABLE interview_questions (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question_id  TEXT NOT NULL,
    PRIMARY KEY (interview_id, position),
    UNIQUE (interview_id, question_id)
) WITHOUT ROWID;

CREATE TABLE ratings (
    interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    competency_id TEXT NOT NULL,
    score         INTEGER CHECK (score BETWEEN 1 AND 5),
    notes         TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (interview_id, competency_id)
) WITHOUT ROWID;

CREATE TABLE rating_evidence (
    interview_id  INTEGER NOT NULL,
    competency_id TEXT NOT NULL,
    metric_id     TEXT NOT NULL CHECK (metric_id <> ''),
    value         REAL NOT NULL,
    PRIMARY KEY (interview_id, competency_id, metric_id),
    FOREIGN KEY (interview_id, competency_id)
        REFERENCES ratings(interview_id, competency_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE question_notes (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    asked        INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (interview_id, question_id)
) WITHOUT ROWID;

-- Who changed what. No foreign keys: entries outlive what they describe.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

INSERT INTO meta (key, value) VALUES ('format', 'amhire');
INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
)sql";

// Step 2: indexes for the screens that list and compare: candidates of an
// opening, interviews of an application, drafts of an interviewer, ratings of
// a competency across an opening, and finding a candidate again by email
// (import of the same list twice).
constexpr const char* kStep2 = R"sql(
CREATE INDEX applications_by_opening ON applications (opening_id, stage);
CREATE INDEX interviews_by_application ON interviews (application_id);
CREATE INDEX interviews_by_interviewer ON interviews (interviewer, status);
CREATE INDEX ratings_by_competency ON ratings (competency_id, score);
CREATE INDEX candidates_by_email ON candidates (email COLLATE NOCASE) WHERE email <> '';
)sql";

// Step 3: "not assessed" is an answer an interviewer gives (key 0), which a
// rating row created only by notes or evidence must not be mistaken for.
constexpr const char* kStep3 = R"sql(
ALTER TABLE ratings ADD COLUMN not_assessed INTEGER NOT NULL DEFAULT 0 CHECK (not_assessed IN (0, 1));
)sql";

constexpr MigrationStep kSteps[] = {
    {1, kStep1},
    {2, kStep2},
    {3, kStep3},
};

static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kLatestSchemaVersion,
              "one migration step per schema version");

} // namespace

int schemaVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrate(SQLite::Database& db, int target)
{
    for (const MigrationStep& step : kSteps) {
        if (step.version > target)
            break;
        if (schemaVersion(db) >= step.version)
            continue;
        // IMMEDIATE, then look again: another process may have migrated meanwhile.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (schemaVersion(db) >= step.version)
            continue;
        db.exec(step.sql);
        if (step.version == 1)
            db.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

} // namespace amhire
