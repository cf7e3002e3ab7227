#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace amhire {

class Comparison;

// Told how far an export has got: rows written (each pass over the
// candidates counts them again) out of the total. Returning false stops the
// export, which then throws ExportCancelled and leaves no file. Called on the
// thread that exports.
using ExportProgressReport = std::function<bool(size_t done, size_t total)>;

// What an export shows beyond the comparison itself, which brings its own
// filters, order and anonymity, and who is told how it goes.
struct ExportOptions {
    // Rows of the comparison drawn in the radar chart (HTML, PDF), at most
    // kMaxChartSeries; empty = the best-ranked.
    std::vector<size_t> chartRows;
    ExportProgressReport progress;  // none: not told
};

// The chart rows `options` asks for (rows past the end dropped, at most
// kMaxChartSeries), or the best-ranked when it asks for none.
std::vector<size_t> chartRowsFor(const Comparison& comparison, const ExportOptions& options);

} // namespace amhire
