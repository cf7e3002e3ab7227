#pragma once

#include <cstddef>
#include <vector>

namespace amhire {

class Comparison;

// What an export shows beyond the comparison itself, which brings its own
// filters, order and anonymity.
struct ExportOptions {
    // Rows of the comparison drawn in the radar chart (HTML, PDF), at most
    // kMaxChartSeries; empty = the best-ranked.
    std::vector<size_t> chartRows;
};

// The chart rows `options` asks for (rows past the end dropped, at most
// kMaxChartSeries), or the best-ranked when it asks for none.
std::vector<size_t> chartRowsFor(const Comparison& comparison, const ExportOptions& options);

} // namespace amhire
