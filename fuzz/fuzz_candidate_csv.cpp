// libFuzzer target: the candidate CSV parser on arbitrary bytes (the part of
// the import that reads the file; storing goes through bound SQLite statements).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/import/CandidateCsvImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    amhire::CandidateCsv csv = amhire::parseCandidateCsv(text);
    // A file-level error means no rows; rows and problems carry real line numbers.
    if (!csv.ok() && !csv.rows.empty())
        __builtin_trap();
    for (const auto& row : csv.rows)
        if (row.line < 1)
            __builtin_trap();
    for (const auto& problem : csv.problems)
        if (problem.line < 1 || problem.message.empty())
            __builtin_trap();
    return 0;
}
