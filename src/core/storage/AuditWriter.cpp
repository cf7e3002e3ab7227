#include "core/storage/AuditWriter.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/UtcTime.h"

namespace amhire {

AuditWriter::AuditWriter(Database& db)
    : db_(db), insert_(db.sql(), "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?)")
{
}

void AuditWriter::record(const std::string& actor, const char* action, const char* entity, int64_t entityId,
                         const std::string& detail)
{
    if (actor.find_first_not_of(" \t") == std::string::npos)
        throw StorageError(StorageErrorKind::InvalidInput, db_.path(),
                           "Every change needs the name of the person making it; none was given.");
    sql::ResetOnExit reset(insert_);
    insert_.bind(1, utcNow());
    insert_.bind(2, actor);
    insert_.bind(3, action);
    insert_.bind(4, entity);
    insert_.bind(5, entityId);
    insert_.bind(6, detail);
    insert_.exec();
}

} // namespace amhire
