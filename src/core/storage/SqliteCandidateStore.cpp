#include "core/storage/SqliteCandidateStore.h"

#include <fmt/format.h>

#include "core/storage/AuditWriter.h"
#include "core/storage/Database.h"
#include "core/storage/EmailAddress.h"
#include "core/storage/Sql.h"
#include "core/storage/Trimmed.h"
#include "core/storage/UtcTime.h"
#include "core/storage/WriteTransaction.h"

namespace amhire {
namespace {

#define CANDIDATE_COLUMNS                                                                                    \
    "c.id, c.name, c.email, c.phone, c.source, c.current_company, c.current_title, c.notes, c.created_at, "  \
    "c.updated_at"
#define APPLICATION_COLUMNS "a.id, a.candidate_id, a.opening_id, a.stage, a.created_at"
constexpr int kCandidateColumnCount = 10;

Candidate readCandidate(SQLite::Statement& query)
{
    Candidate candidate;
    candidate.id = query.getColumn(0).getInt64();
    candidate.name = query.getColumn(1).getString();
    candidate.email = query.getColumn(2).getString();
    candidate.phone = query.getColumn(3).getString();
    candidate.source = query.getColumn(4).getString();
    candidate.currentCompany = query.getColumn(5).getString();
    candidate.currentTitle = query.getColumn(6).getString();
    candidate.notes = query.getColumn(7).getString();
    candidate.createdAt = query.getColumn(8).getString();
    candidate.updatedAt = query.getColumn(9).getString();
    return candidate;
}

Application readApplication(SQLite::Statement& query, int first = 0)
{
    Application application;
    application.id = query.getColumn(first).getInt64();
    application.candidateId = query.getColumn(first + 1).getInt64();
    application.openingId = query.getColumn(first + 2).getInt64();
    application.stage = parseStage(query.getColumn(first + 3).getString()).value_or(Stage::Applied);
    application.createdAt = query.getColumn(first + 4).getString();
    return application;
}

} // namespace

SqliteCandidateStore::SqliteCandidateStore(Database& db, AuditWriter& audit)
    : db_(db), audit_(audit),
      insert_(db.sql(), "INSERT INTO candidates (name, email, phone, source, current_company, current_title, "
                        "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      update_(db.sql(),
              "UPDATE candidates SET name = ?, email = ?, phone = ?, source = ?, current_company = ?, "
              "current_title = ?, notes = ?, updated_at = ? WHERE id = ?"),
      selectOne_(db.sql(), "SELECT " CANDIDATE_COLUMNS " FROM candidates c WHERE c.id = ?"),
      selectByEmail_(db.sql(), "SELECT " CANDIDATE_COLUMNS " FROM candidates c "
                               "WHERE c.email = ? COLLATE NOCASE AND c.email <> '' ORDER BY c.id LIMIT 1"),
      selectAll_(db.sql(),
                 "SELECT " CANDIDATE_COLUMNS " FROM candidates c ORDER BY c.name COLLATE NOCASE, c.id"),
      count_(db.sql(), "SELECT count(*) FROM candidates"),
      delete_(db.sql(), "DELETE FROM candidates WHERE id = ?"),
      openingExists_(db.sql(), "SELECT 1 FROM openings WHERE id = ?"),
      insertApplication_(db.sql(), "INSERT INTO applications (candidate_id, opening_id, stage, created_at) "
                                   "VALUES (?, ?, ?, ?)"),
      selectApplication_(db.sql(), "SELECT " APPLICATION_COLUMNS " FROM applications a WHERE a.id = ?"),
      selectApplicationFor_(db.sql(), "SELECT " APPLICATION_COLUMNS " FROM applications a "
                                      "WHERE a.candidate_id = ? AND a.opening_id = ?"),
      selectApplicationsOf_(db.sql(), "SELECT " APPLICATION_COLUMNS " FROM applications a "
                                      "WHERE a.candidate_id = ? ORDER BY a.id"),
      // The scorecards are counted along interviews_by_application.
      selectCandidatesOf_(db.sql(), "SELECT " CANDIDATE_COLUMNS ", " APPLICATION_COLUMNS
                                    ", (SELECT count(*) FROM interviews i WHERE i.application_id = a.id "
                                    "AND i.status = 'submitted'), (SELECT count(*) FROM interviews i "
                                    "WHERE i.application_id = a.id AND i.status = 'draft')"
                                    " FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                    "WHERE a.opening_id = ? ORDER BY c.name COLLATE NOCASE, c.id"),
      setStage_(db.sql(), "UPDATE applications SET stage = ? WHERE id = ?")
{
}

void SqliteCandidateStore::notFound(const char* what, int64_t id) const
{
    throw StorageError(StorageErrorKind::NotFound, db_.path(),
                       fmt::format("{} {} does not exist.", what, id));
}

Candidate SqliteCandidateStore::validated(const Candidate& candidate) const
{
    Candidate clean = candidate;
    clean.name = trimmed(candidate.name);
    clean.email = trimmed(candidate.email);
    clean.phone = trimmed(candidate.phone);
    clean.source = trimmed(candidate.source);
    clean.currentCompany = trimmed(candidate.currentCompany);
    clean.currentTitle = trimmed(candidate.currentTitle);
    if (clean.name.empty())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "The candidate cannot be saved without a name.");
    if (!clean.email.empty() && !isPlausibleEmail(clean.email))
        throw StorageError(
            StorageErrorKind::InvalidInput, db_.path(),
            fmt::format("The candidate cannot be saved: \"{}\" is not an email address.", clean.email));
    return clean;
}

void SqliteCandidateStore::bindFields(SQLite::Statement& statement, const Candidate& candidate) const
{
    statement.bind(1, candidate.name);
    statement.bind(2, candidate.email);
    statement.bind(3, candidate.phone);
    statement.bind(4, candidate.source);
    statement.bind(5, candidate.currentCompany);
    statement.bind(6, candidate.currentTitle);
    statement.bind(7, candidate.notes);
}

int64_t SqliteCandidateStore::add(const Candidate& candidate, const std::string& actor)
{
    const Candidate clean = validated(candidate);
    return db_.guard("saving the candidate", [&] {
        WriteTransaction transaction(db_);
        const std::string now = utcNow();
        sql::ResetOnExit reset(insert_);
        bindFields(insert_, clean);
        insert_.bind(8, now);
        insert_.bind(9, now);
        insert_.exec();
        const int64_t id = db_.sql().getLastInsertRowid();
        audit_.record(actor, "create", "candidate", id);
        transaction.commit();
        return id;
    });
}

void SqliteCandidateStore::update(const Candidate& candidate, const std::string& actor)
{
    const Candidate clean = validated(candidate);
    db_.guard("saving the candidate", [&] {
        WriteTransaction transaction(db_);
        sql::ResetOnExit reset(update_);
        bindFields(update_, clean);
        update_.bind(8, utcNow());
        update_.bind(9, clean.id);
        if (update_.exec() == 0)
            notFound("Candidate", clean.id);
        audit_.record(actor, "update", "candidate", clean.id);
        transaction.commit();
    });
}

std::optional<Candidate> SqliteCandidateStore::readOne(SQLite::Statement& query)
{
    if (!query.executeStep())
        return std::nullopt;
    return readCandidate(query);
}

std::optional<Candidate> SqliteCandidateStore::find(int64_t candidateId)
{
    return db_.guard("reading the candidate", [&] {
        sql::ResetOnExit reset(selectOne_);
        selectOne_.bind(1, candidateId);
        return readOne(selectOne_);
    });
}

Candidate SqliteCandidateStore::get(int64_t candidateId)
{
    auto candidate = find(candidateId);
    if (!candidate)
        notFound("Candidate", candidateId);
    return std::move(*candidate);
}

std::optional<Candidate> SqliteCandidateStore::findByEmail(const std::string& email)
{
    return db_.guard("looking up a candidate", [&] {
        sql::ResetOnExit reset(selectByEmail_);
        selectByEmail_.bind(1, trimmed(email));
        return readOne(selectByEmail_);
    });
}

std::vector<Candidate> SqliteCandidateStore::list()
{
    return db_.guard("listing candidates", [&] {
        std::vector<Candidate> candidates;
        sql::ResetOnExit reset(selectAll_);
        while (selectAll_.executeStep())
            candidates.push_back(readCandidate(selectAll_));
        return candidates;
    });
}

int64_t SqliteCandidateStore::count()
{
    return db_.guard("counting candidates", [&] {
        sql::ResetOnExit reset(count_);
        count_.executeStep();
        return count_.getColumn(0).getInt64();
    });
}

void SqliteCandidateStore::erase(int64_t candidateId, const std::string& actor)
{
    if (db_.inTransaction())
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "A candidate cannot be erased inside a larger transaction: the file must be "
                           "compacted right after the erasure.");
    db_.guard("erasing the candidate", [&] {
        WriteTransaction transaction(db_);
        sql::ResetOnExit reset(delete_);
        delete_.bind(1, candidateId);
        if (delete_.exec() == 0)
            notFound("Candidate", candidateId);
        // Only the id: the entry outlives the person's data on purpose.
        audit_.record(actor, "erase", "candidate", candidateId,
                      fmt::format("candidate {} erased", candidateId));
        transaction.commit();
    });
    try {
        db_.compact();
    }
    catch (const StorageError& failure) {
        throw StorageError(
            failure.kind(), db_.path(),
            fmt::format("Candidate {} was erased, but compacting {} failed, so traces may remain "
                        "in the file until it is compacted: {}",
                        candidateId, db_.path().string(), failure.what()));
    }
}

int64_t SqliteCandidateStore::addApplication(int64_t candidateId, int64_t openingId, Stage stage,
                                             const std::string& actor)
{
    return db_.guard("saving the application", [&] {
        WriteTransaction transaction(db_);
        {
            sql::ResetOnExit reset(selectOne_);
            selectOne_.bind(1, candidateId);
            if (!selectOne_.executeStep())
                notFound("Candidate", candidateId);
        }
        {
            sql::ResetOnExit reset(openingExists_);
            openingExists_.bind(1, openingId);
            if (!openingExists_.executeStep())
                notFound("Opening", openingId);
        }
        {
            sql::ResetOnExit reset(selectApplicationFor_);
            selectApplicationFor_.bind(1, candidateId);
            selectApplicationFor_.bind(2, openingId);
            if (selectApplicationFor_.executeStep())
                throw StorageError(
                    StorageErrorKind::InvalidInput, db_.path(),
                    fmt::format("Candidate {} has already applied to opening {}.", candidateId, openingId));
        }
        sql::ResetOnExit reset(insertApplication_);
        insertApplication_.bind(1, candidateId);
        insertApplication_.bind(2, openingId);
        insertApplication_.bind(3, stageId(stage));
        insertApplication_.bind(4, utcNow());
        insertApplication_.exec();
        const int64_t id = db_.sql().getLastInsertRowid();
        audit_.record(actor, "create", "application", id,
                      fmt::format("candidate {} to opening {}, {}", candidateId, openingId, stageId(stage)));
        transaction.commit();
        return id;
    });
}

std::optional<Application> SqliteCandidateStore::readOneApplication(SQLite::Statement& query)
{
    if (!query.executeStep())
        return std::nullopt;
    return readApplication(query);
}

std::optional<Application> SqliteCandidateStore::findApplication(int64_t applicationId)
{
    return db_.guard("reading the application", [&] {
        sql::ResetOnExit reset(selectApplication_);
        selectApplication_.bind(1, applicationId);
        return readOneApplication(selectApplication_);
    });
}

Application SqliteCandidateStore::getApplication(int64_t applicationId)
{
    auto application = findApplication(applicationId);
    if (!application)
        notFound("Application", applicationId);
    return *application;
}

std::optional<Application> SqliteCandidateStore::applicationFor(int64_t candidateId, int64_t openingId)
{
    return db_.guard("reading the application", [&] {
        sql::ResetOnExit reset(selectApplicationFor_);
        selectApplicationFor_.bind(1, candidateId);
        selectApplicationFor_.bind(2, openingId);
        return readOneApplication(selectApplicationFor_);
    });
}

std::vector<Application> SqliteCandidateStore::applicationsOf(int64_t candidateId)
{
    return db_.guard("listing applications", [&] {
        std::vector<Application> applications;
        sql::ResetOnExit reset(selectApplicationsOf_);
        selectApplicationsOf_.bind(1, candidateId);
        while (selectApplicationsOf_.executeStep())
            applications.push_back(readApplication(selectApplicationsOf_));
        return applications;
    });
}

std::vector<CandidateApplication> SqliteCandidateStore::candidatesOf(int64_t openingId)
{
    return db_.guard("listing the opening's candidates", [&] {
        std::vector<CandidateApplication> rows;
        sql::ResetOnExit reset(selectCandidatesOf_);
        selectCandidatesOf_.bind(1, openingId);
        while (selectCandidatesOf_.executeStep()) {
            CandidateApplication row{readCandidate(selectCandidatesOf_),
                                     readApplication(selectCandidatesOf_, kCandidateColumnCount)};
            row.submittedInterviews = selectCandidatesOf_.getColumn(kCandidateColumnCount + 5).getInt();
            row.draftInterviews = selectCandidatesOf_.getColumn(kCandidateColumnCount + 6).getInt();
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

void SqliteCandidateStore::setStage(int64_t applicationId, Stage stage, const std::string& actor)
{
    db_.guard("changing the stage", [&] {
        WriteTransaction transaction(db_);
        sql::ResetOnExit reset(setStage_);
        setStage_.bind(1, stageId(stage));
        setStage_.bind(2, applicationId);
        if (setStage_.exec() == 0)
            notFound("Application", applicationId);
        audit_.record(actor, "stage", "application", applicationId, stageId(stage));
        transaction.commit();
    });
}

} // namespace amhire
