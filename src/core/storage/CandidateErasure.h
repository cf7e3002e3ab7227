#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/StepProgress.h"

namespace amhire {

class Storage;

// What a privacy request reached beyond the database file itself.
struct CandidateErasure {
    // Backups that held the candidate and no longer do.
    size_t backupsCleaned = 0;
    // One line per backup that could not be cleaned ("<path>: why"): the
    // person may still be in it.
    std::vector<std::string> problems;
    // Raw copies of a damaged file that a restore kept ("….damaged"). SQLite
    // cannot read them, so nobody can say what they hold; the user decides.
    std::vector<std::filesystem::path> damagedCopies;

    bool complete() const { return problems.empty() && damagedCopies.empty(); }
};

// Erases a candidate for a privacy request: from `storage` (everything
// CandidateStore::erase removes), then from every backup of `database`, so
// restoring an older backup cannot bring them back. A failure in the database
// throws StorageError and touches no backup; a backup that cannot be cleaned
// does not undo the rest and is reported in the result. The steps reported
// are the database, then each backup.
CandidateErasure eraseCandidateEverywhere(Storage& storage, const std::filesystem::path& database,
                                          int64_t candidateId, const std::string& actor,
                                          const StepProgress& progress = {});

// The backup half of the above, for a candidate already erased from the
// database. A backup holds the same person when it has a candidate with the
// same id *and* creation time: a restore rewinds the ids, so a later
// candidate can be given an id that someone else has in an older backup.
// An empty `database` (storage that is not a local file) has no backups.
CandidateErasure eraseCandidateFromBackups(const std::filesystem::path& database, int64_t candidateId,
                                           const std::string& createdAt, const std::string& actor,
                                           const StepProgress& progress = {});

} // namespace amhire
