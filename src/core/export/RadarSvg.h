#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace amhire {

class Comparison;

// A radar chart of `rows` of `comparison` over its competencies as a
// standalone <svg> element (for inline HTML or an .svg file): rings for
// scores 1–5, one labelled axis per competency, one <polygon> per candidate
// in the shared colour-blind-safe palette and dash patterns, and a legend.
// All text is XML-escaped.
std::string radarChartSvg(const Comparison& comparison, const std::vector<size_t>& rows);

} // namespace amhire
