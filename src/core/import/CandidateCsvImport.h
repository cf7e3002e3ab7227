#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

class Storage;

// A row of the file that was not imported, and why.
struct RowProblem {
    int line = 0; // the physical line (1-based) where the row starts
    std::string message;
};

struct CandidateCsvRow {
    int line = 0;
    Candidate candidate;
};

// A CSV file read into candidates, before anything is stored.
struct CandidateCsv {
    std::vector<CandidateCsvRow> rows; // the good rows, in file order
    std::vector<RowProblem> problems;  // the bad rows, which will be skipped
    std::string error;                 // a problem with the whole file; then there are no rows

    bool ok() const { return error.empty(); }
};

// Reads candidates from CSV text (RFC 4180, UTF-8 with or without BOM, CRLF
// or LF). The header row names the columns, in any order and case: name (or
// first name + last name), email, phone, source, current company / company,
// title / current title, notes; other columns are ignored. A row is bad when
// it has no name, an invalid email, the wrong number of fields, malformed
// quotes or bytes that are not UTF-8.
CandidateCsv parseCandidateCsv(std::string_view text);

// Lets the GUI show a progress dialog with a Cancel button.
class ImportProgress {
  public:
    virtual ~ImportProgress() = default;
    // `done` of `total` rows stored so far. Return false to cancel: nothing is imported.
    virtual bool onProgress(std::size_t done, std::size_t total) = 0;
};

struct ImportResult {
    std::size_t imported = 0; // applications added to the opening
    std::size_t skipped = 0;  // rows not imported, each with a problem
    std::vector<RowProblem> problems;
    std::string error; // a problem with the whole file: nothing was imported
    bool cancelled = false;

    bool ok() const { return error.empty() && !cancelled; }
};

// Imports the good rows of a CSV file as applications to an opening, in one
// transaction: on cancel or any storage error nothing is written. A row whose
// email matches an existing candidate reuses that candidate; one who already
// applied to the opening is skipped with a problem. Throws StorageError for an
// unknown opening or a storage failure.
ImportResult importCandidateCsv(Storage& storage, const std::filesystem::path& file, int64_t openingId,
                                const std::string& actor, ImportProgress* progress = nullptr);
// The same for CSV text already in memory.
ImportResult importCandidateCsvText(Storage& storage, std::string_view text, int64_t openingId,
                                    const std::string& actor, ImportProgress* progress = nullptr);

} // namespace amhire
