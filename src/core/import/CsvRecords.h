#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// One record of a CSV file, or the reason it could not be read.
struct CsvRecord {
    int line = 0; // the physical line (1-based) where the record starts
    std::vector<std::string> fields;
    std::string problem; // non-empty when the record is malformed; `fields` is then empty
};

// Splits RFC 4180 text into records with libcsv: quoted fields may hold
// commas, doubled quotes and line breaks; lines end in CRLF or LF; a UTF-8
// byte order mark is dropped; blank lines are skipped. Malformed quoting
// makes that record a problem and reading resumes on the next line.
std::vector<CsvRecord> readCsvRecords(std::string_view text);

} // namespace amhire
