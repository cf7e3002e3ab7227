#include "core/storage/SqliteOpeningStore.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "core/storage/AuditWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/UtcTime.h"
#include "core/storage/WriteTransaction.h"

namespace amhire {
namespace {

constexpr const char* kColumns =
    "id, template_id, level, title, company, location, work_model, team, reports_to, pay_min, pay_max, "
    "currency, posting_markdown, status, rubric_version, content_hash, created_at";

std::string select(const char* where)
{
    return fmt::format("SELECT {} FROM openings {}", kColumns, where);
}

ScorecardEntry readEntry(SQLite::Statement& query)
{
    ScorecardEntry entry;
    entry.competencyId = query.getColumn(0).getString();
    entry.name = query.getColumn(1).getString();
    entry.weight = query.getColumn(2).getDouble();
    entry.minimum = sql::optionalInt(query.getColumn(3));
    return entry;
}

bool isStatus(const std::string& status)
{
    return status == kOpeningOpen || status == kOpeningClosed;
}

} // namespace

SqliteOpeningStore::SqliteOpeningStore(Database& db, AuditWriter& audit)
    : db_(db), audit_(audit),
      insert_(db.sql(),
              "INSERT INTO openings (template_id, level, title, company, location, work_model, team, "
              "reports_to, pay_min, pay_max, currency, posting_markdown, status, rubric_version, "
              "content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insertEntry_(db.sql(), "INSERT INTO opening_competencies (opening_id, competency_id, position, name, "
                             "weight, minimum) VALUES (?, ?, ?, ?, ?, ?)"),
      update_(db.sql(), "UPDATE openings SET title = ?, company = ?, location = ?, work_model = ?, team = ?, "
                        "reports_to = ?, pay_min = ?, pay_max = ?, currency = ?, posting_markdown = ?, "
                        "status = ? WHERE id = ?"),
      setStatus_(db.sql(), "UPDATE openings SET status = ? WHERE id = ?"),
      selectOne_(db.sql(), select("WHERE id = ?")), selectAll_(db.sql(), select("ORDER BY id")),
      selectEntries_(db.sql(), "SELECT competency_id, name, weight, minimum FROM opening_competencies "
                               "WHERE opening_id = ? ORDER BY position"),
      selectAllEntries_(db.sql(), "SELECT competency_id, name, weight, minimum, opening_id "
                                  "FROM opening_competencies ORDER BY opening_id, position")
{
}

void SqliteOpeningStore::validate(const Opening& opening) const
{
    auto refuse = [&](const std::string& why) {
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(), "The opening cannot be saved: " + why);
    };
    if (opening.templateId.empty())
        refuse("it has no template.");
    if (opening.level.empty())
        refuse("it has no level.");
    if (opening.company.empty())
        refuse("it has no company.");
    if (!isStatus(opening.status))
        refuse(fmt::format("its status \"{}\" is neither \"open\" nor \"closed\".", opening.status));
    if (opening.payMin && opening.payMax && *opening.payMin > *opening.payMax)
        refuse("its minimum pay is above its maximum pay.");
    std::set<std::string> seen;
    for (const ScorecardEntry& entry : opening.scorecard.entries) {
        if (entry.competencyId.empty())
            refuse("a scorecard competency has no id.");
        if (!seen.insert(entry.competencyId).second)
            refuse(fmt::format("competency \"{}\" is on the scorecard twice.", entry.competencyId));
        if (!(entry.weight >= 0))
            refuse(fmt::format("competency \"{}\" has a negative weight.", entry.competencyId));
        if (entry.minimum && (*entry.minimum < 1 || *entry.minimum > 5))
            refuse(
                fmt::format("the minimum of competency \"{}\" is not between 1 and 5.", entry.competencyId));
    }
}

int64_t SqliteOpeningStore::add(const Opening& opening, const std::string& actor)
{
    validate(opening);
    return db_.guard("saving the opening", [&] {
        WriteTransaction transaction(db_);
        int64_t id = 0;
        {
            sql::ResetOnExit reset(insert_);
            insert_.bind(1, opening.templateId);
            insert_.bind(2, opening.level);
            insert_.bind(3, opening.title);
            insert_.bind(4, opening.company);
            insert_.bind(5, opening.location);
            insert_.bind(6, opening.workModel);
            insert_.bind(7, opening.team);
            insert_.bind(8, opening.reportsTo);
            sql::bindOptional(insert_, 9, opening.payMin);
            sql::bindOptional(insert_, 10, opening.payMax);
            insert_.bind(11, opening.currency);
            insert_.bind(12, opening.postingMarkdown);
            insert_.bind(13, opening.status);
            insert_.bind(14, opening.scorecard.rubricVersion);
            insert_.bind(15, opening.scorecard.contentHash);
            insert_.bind(16, utcNow());
            insert_.exec();
            id = db_.sql().getLastInsertRowid();
        }
        int position = 0;
        for (const ScorecardEntry& entry : opening.scorecard.entries) {
            sql::ResetOnExit reset(insertEntry_);
            insertEntry_.bind(1, id);
            insertEntry_.bind(2, entry.competencyId);
            insertEntry_.bind(3, position++);
            insertEntry_.bind(4, entry.name);
            insertEntry_.bind(5, entry.weight);
            sql::bindOptional(insertEntry_, 6, entry.minimum);
            insertEntry_.exec();
        }
        audit_.record(actor, "create", "opening", id,
                      fmt::format("{} competencies, template {}", opening.scorecard.entries.size(),
                                  opening.templateId));
        transaction.commit();
        return id;
    });
}

void SqliteOpeningStore::update(const Opening& opening, const std::string& actor)
{
    validate(opening);
    db_.guard("saving the opening", [&] {
        WriteTransaction transaction(db_);
        sql::ResetOnExit reset(update_);
        update_.bind(1, opening.title);
        update_.bind(2, opening.company);
        update_.bind(3, opening.location);
        update_.bind(4, opening.workModel);
        update_.bind(5, opening.team);
        update_.bind(6, opening.reportsTo);
        sql::bindOptional(update_, 7, opening.payMin);
        sql::bindOptional(update_, 8, opening.payMax);
        update_.bind(9, opening.currency);
        update_.bind(10, opening.postingMarkdown);
        update_.bind(11, opening.status);
        update_.bind(12, opening.id);
        if (update_.exec() == 0)
            throw StorageError(StorageErrorKind::NotFound, db_.path(),
                               fmt::format("Opening {} does not exist (any more).", opening.id));
        audit_.record(actor, "update", "opening", opening.id);
        transaction.commit();
    });
}

void SqliteOpeningStore::setStatus(int64_t openingId, const std::string& status, const std::string& actor)
{
    if (!isStatus(status))
        throw StorageError(
            StorageErrorKind::InvalidInput, db_.path(),
            fmt::format("\"{}\" is not an opening status; use \"open\" or \"closed\".", status));
    db_.guard("changing the opening's status", [&] {
        WriteTransaction transaction(db_);
        sql::ResetOnExit reset(setStatus_);
        setStatus_.bind(1, status);
        setStatus_.bind(2, openingId);
        if (setStatus_.exec() == 0)
            throw StorageError(StorageErrorKind::NotFound, db_.path(),
                               fmt::format("Opening {} does not exist (any more).", openingId));
        audit_.record(actor, "status", "opening", openingId, status);
        transaction.commit();
    });
}

Opening SqliteOpeningStore::readOpening(SQLite::Statement& query) const
{
    Opening opening;
    opening.id = query.getColumn(0).getInt64();
    opening.templateId = query.getColumn(1).getString();
    opening.level = query.getColumn(2).getString();
    opening.title = query.getColumn(3).getString();
    opening.company = query.getColumn(4).getString();
    opening.location = query.getColumn(5).getString();
    opening.workModel = query.getColumn(6).getString();
    opening.team = query.getColumn(7).getString();
    opening.reportsTo = query.getColumn(8).getString();
    opening.payMin = sql::optionalLong(query.getColumn(9));
    opening.payMax = sql::optionalLong(query.getColumn(10));
    opening.currency = query.getColumn(11).getString();
    opening.postingMarkdown = query.getColumn(12).getString();
    opening.status = query.getColumn(13).getString();
    opening.scorecard.rubricVersion = query.getColumn(14).getString();
    opening.scorecard.contentHash = query.getColumn(15).getString();
    opening.createdAt = query.getColumn(16).getString();
    return opening;
}

std::vector<ScorecardEntry> SqliteOpeningStore::scorecardOf(int64_t openingId)
{
    std::vector<ScorecardEntry> entries;
    sql::ResetOnExit reset(selectEntries_);
    selectEntries_.bind(1, openingId);
    while (selectEntries_.executeStep())
        entries.push_back(readEntry(selectEntries_));
    return entries;
}

std::optional<Opening> SqliteOpeningStore::find(int64_t openingId)
{
    return db_.guard("reading the opening", [&]() -> std::optional<Opening> {
        std::optional<Opening> opening;
        {
            sql::ResetOnExit reset(selectOne_);
            selectOne_.bind(1, openingId);
            if (!selectOne_.executeStep())
                return std::nullopt;
            opening = readOpening(selectOne_);
        }
        opening->scorecard.entries = scorecardOf(openingId);
        return opening;
    });
}

Opening SqliteOpeningStore::get(int64_t openingId)
{
    auto opening = find(openingId);
    if (!opening)
        throw StorageError(StorageErrorKind::NotFound, db_.path(),
                           fmt::format("Opening {} does not exist.", openingId));
    return std::move(*opening);
}

std::vector<Opening> SqliteOpeningStore::list()
{
    return db_.guard("listing the openings", [&] {
        std::vector<Opening> openings;
        std::map<int64_t, size_t> index;
        {
            sql::ResetOnExit reset(selectAll_);
            while (selectAll_.executeStep()) {
                openings.push_back(readOpening(selectAll_));
                index[openings.back().id] = openings.size() - 1;
            }
        }
        sql::ResetOnExit reset(selectAllEntries_);
        while (selectAllEntries_.executeStep()) {
            auto found = index.find(selectAllEntries_.getColumn(4).getInt64());
            if (found != index.end())
                openings[found->second].scorecard.entries.push_back(readEntry(selectAllEntries_));
        }
        return openings;
    });
}

} // namespace amhire
