#pragma once

#include <SQLiteCpp/Database.h>

namespace amhire {

// The schema version this build writes, kept in PRAGMA user_version.
inline constexpr int kLatestSchemaVersion = 3;

// PRAGMA user_version of the database: 0 for an empty file.
int schemaVersion(SQLite::Database& db);

// Brings the database from its current version up to `target`, applying each
// numbered step in its own transaction (a crash between steps leaves a valid
// older version). Steps already applied — perhaps by another process — are
// skipped. Throws SQLite::Exception; Database::open turns it into a StorageError.
void migrate(SQLite::Database& db, int target = kLatestSchemaVersion);

} // namespace amhire
