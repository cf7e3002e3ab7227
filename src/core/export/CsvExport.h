#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

// The comparison as one RFC 4180 table, a row per candidate shown: rank,
// identity, stage, total, per competency its mean and rater count, flags and
// the recommendation tally. Text fields are quoted by libcsv; numbers are
// written bare so spreadsheets read them as numbers; lines end in CRLF.
void exportCsv(const Comparison& comparison, std::ostream& out, const ExportOptions& options = {});

// A text cell a spreadsheet must not run: one starting with =, +, -, @, tab or
// carriage return gets a leading apostrophe (OWASP's advice against CSV
// injection). Numbers never pass through here.
std::string neutraliseFormula(std::string_view text);

} // namespace amhire
