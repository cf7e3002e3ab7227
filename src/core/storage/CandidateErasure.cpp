#include "core/storage/CandidateErasure.h"

#include <fmt/format.h>

#include "core/storage/BackupLock.h"
#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"
#include "core/storage/StorageError.h"

namespace amhire {
namespace {

namespace fs = std::filesystem;

// Erases the candidate from one backup, as from the database: their rows,
// an audit entry (a restored backup then says what happened), and a VACUUM
// so no page keeps them. Returns false when the backup never held them.
bool eraseFromBackup(const fs::path& backup, int64_t candidateId, const std::string& createdAt,
                     const std::string& actor)
{
    // Opening checks the file and brings an older backup to the current
    // format, which a restore would do anyway.
    auto storage = SqliteStorage::open(backup, OpenMode::ExistingOnly);
    try {
        if (storage->candidates().get(candidateId).createdAt != createdAt)
            return false; // the same id, someone else
    }
    catch (const StorageError& failure) {
        if (failure.kind() == StorageErrorKind::NotFound)
            return false;
        throw;
    }
    storage->candidates().erase(candidateId, actor);
    // Backups are read on their own, without a -wal beside them (see takeBackup).
    Database& db = storage->database();
    db.guard("finishing the backup", [&] { db.sql().exec("PRAGMA journal_mode = DELETE"); });
    return true;
}

// Whether the candidate is still in the database, after an erasure threw.
bool stillThere(Storage& storage, int64_t candidateId)
{
    try {
        storage.candidates().get(candidateId);
        return true;
    }
    catch (const StorageError& failure) {
        if (failure.kind() == StorageErrorKind::NotFound)
            return false;
        throw;
    }
}

void report(const StepProgress& progress, size_t done, size_t total)
{
    if (progress)
        progress(done, total);
}

} // namespace

CandidateErasure eraseCandidateFromBackups(const fs::path& database, int64_t candidateId,
                                           const std::string& createdAt, const std::string& actor,
                                           const StepProgress& progress)
{
    CandidateErasure result;
    if (database.empty())
        return result; // storage that is not a local file has no backups beside it
    try {
        // No backup is taken, pruned or restored meanwhile, by us or another amhire.
        const BackupLock lock = BackupLock::acquire(database);
        const auto backups = listBackups(database);
        const size_t total = backups.size() + 1;
        report(progress, 1, total);
        for (size_t i = 0; i < backups.size(); ++i) {
            try {
                if (eraseFromBackup(backups[i].path, candidateId, createdAt, actor))
                    ++result.backupsCleaned;
            }
            catch (const std::exception& failure) {
                result.problems.push_back(fmt::format("{}: {}", backups[i].path.string(), failure.what()));
            }
            report(progress, i + 2, total);
        }
    }
    catch (const std::exception& failure) {
        result.problems.push_back(fmt::format("{}: the backups could not be searched: {}",
                                              backupFolderFor(database).string(), failure.what()));
    }
    result.damagedCopies = listDamagedCopies(database);
    return result;
}

CandidateErasure eraseCandidateEverywhere(Storage& storage, const fs::path& database, int64_t candidateId,
                                          const std::string& actor, const StepProgress& progress)
{
    // Read before the erasure: afterwards nothing says who they were.
    const std::string createdAt = storage.candidates().get(candidateId).createdAt;
    std::string leftInFile;
    try {
        storage.candidates().erase(candidateId, actor);
    }
    catch (const StorageError& failure) {
        // Erased, but the file could not be compacted: the backups still
        // hold them in full, so they are cleaned all the same.
        if (stillThere(storage, candidateId))
            throw;
        leftInFile = failure.what();
    }
    CandidateErasure result = eraseCandidateFromBackups(database, candidateId, createdAt, actor, progress);
    if (!leftInFile.empty())
        result.problems.insert(result.problems.begin(), leftInFile);
    return result;
}

} // namespace amhire
