#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/StepProgress.h"

namespace amhire {

class Database;

// Automatic copies of a database in a "backups" folder beside it, made with
// SQLite's online backup API so a copy is always a consistent snapshot, even
// while the WAL holds commits not yet in the main file.
//
// A backup of "hiring.amhire" is "backups/hiring.amhire.<UTC time>.backup",
// mode 0600 in a 0700 folder: backups hold the same personal data as the
// database. Several databases may share one folder; each sees only its own.

constexpr int kDefaultBackupsKept = 10;

struct DatabaseBackup {
    std::filesystem::path path;
    std::string takenAt; // ISO-8601 UTC, "2026-05-01T09:30:00.123Z"
    uintmax_t size = 0;  // bytes
};

std::filesystem::path backupFolderFor(const std::filesystem::path& database);

// The backups of `database`, newest first. Throws nothing: a missing or
// unreadable folder has no backups.
std::vector<DatabaseBackup> listBackups(const std::filesystem::path& database);

// The raw copies a restore kept of a file SQLite could not read
// ("<database name>.<time>.damaged", and its "-wal"), oldest first. Throws nothing.
std::vector<std::filesystem::path> listDamagedCopies(const std::filesystem::path& database);

// Copies the open database into its backup folder, then deletes all but the
// newest `keep` backups. When the copy is byte for byte the newest backup
// (nothing changed since), it is dropped so reopening an unchanged file does
// not push older backups out; returns std::nullopt then. Throws StorageError.
std::optional<DatabaseBackup> takeBackup(Database& database, int keep = kDefaultBackupsKept);

// What opening a database calls: takeBackup, but a failed backup must not stop
// the user from working, so it returns the problem as a message for the user
// (empty when the backup was taken or not needed) instead of throwing.
std::string takeBackupOnOpen(Database& database, int keep = kDefaultBackupsKept);

// Throws StorageError unless `backup` is an amhire database this version can
// read and it passes PRAGMA integrity_check.
void verifyBackup(const std::filesystem::path& backup);

// Replaces `database` with a verified copy of `backup`. The database must not
// be open anywhere: this takes its InstanceLock (throwing StorageError(Locked)
// when an amhire window holds it). The current file is backed up first (a
// damaged one is copied byte for byte to "<name>.<time>.damaged"), the copy is
// written beside the database and renamed over it, so a crash leaves either
// the old file or the restored one. Nothing is pruned here, so the backup
// just restored stays listed until the next takeBackup. Returns the safety
// copy of the current file, if one could be made as a backup. Reports its
// steps, in the order of RestoreStep, as each is done.
enum class RestoreStep {
    CheckBackup,  // the backup is a sound database
    LockDatabase, // may wait for a backup of the database still running
    SafetyCopy,   // the current file, backed up
    Copy,         // the backup, copied beside the database
    CheckCopy,    // the copy is sound
    PutInPlace,   // renamed over the database
};
inline constexpr std::size_t kRestoreSteps = static_cast<std::size_t>(RestoreStep::PutInPlace) + 1;
std::optional<DatabaseBackup> restoreBackup(const std::filesystem::path& database,
                                            const std::filesystem::path& backup,
                                            const StepProgress& progress = {});

} // namespace amhire
