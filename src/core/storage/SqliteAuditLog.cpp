#include "core/storage/SqliteAuditLog.h"

#include <limits>

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace amhire {

#define AUDIT_SELECT "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log "

SqliteAuditLog::SqliteAuditLog(Database& db)
    : db_(db), recent_(db.sql(), AUDIT_SELECT "ORDER BY id DESC LIMIT ?"),
      forEntity_(db.sql(), AUDIT_SELECT "WHERE entity = ? AND entity_id = ? ORDER BY id"),
      count_(db.sql(), "SELECT count(*) FROM audit_log")
{
}

std::vector<AuditEntry> SqliteAuditLog::readAll(SQLite::Statement& query)
{
    std::vector<AuditEntry> entries;
    while (query.executeStep()) {
        AuditEntry entry;
        entry.id = query.getColumn(0).getInt64();
        entry.at = query.getColumn(1).getString();
        entry.actor = query.getColumn(2).getString();
        entry.action = query.getColumn(3).getString();
        entry.entity = query.getColumn(4).getString();
        entry.entityId = query.getColumn(5).getInt64();
        entry.detail = query.getColumn(6).getString();
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<AuditEntry> SqliteAuditLog::recent(std::size_t limit)
{
    return db_.guard("reading the audit log", [&] {
        sql::ResetOnExit reset(recent_);
        const auto capped = std::min<std::size_t>(limit, std::numeric_limits<int64_t>::max());
        recent_.bind(1, static_cast<int64_t>(capped));
        return readAll(recent_);
    });
}

std::vector<AuditEntry> SqliteAuditLog::forEntity(const std::string& entity, int64_t entityId)
{
    return db_.guard("reading the audit log", [&] {
        sql::ResetOnExit reset(forEntity_);
        forEntity_.bind(1, entity);
        forEntity_.bind(2, entityId);
        return readAll(forEntity_);
    });
}

int64_t SqliteAuditLog::count()
{
    return db_.guard("reading the audit log", [&] {
        sql::ResetOnExit reset(count_);
        count_.executeStep();
        return count_.getColumn(0).getInt64();
    });
}

} // namespace amhire
