#pragma once

#include <cstddef>

#include <wx/string.h>

namespace amhire {
class Comparison;
struct Calibration;
} // namespace amhire

namespace amhire::app {

// HTML pages about a comparison for the Compare view's side panel. They show
// what the comparison holds, so an anonymised one never shows a name.

// One candidate for the debrief: total, rank, knock-outs, disagreements,
// gaps, and who said what.
wxString candidateBriefPage(const Comparison& comparison, size_t row);
// Every shown candidate with a knock-out, a disagreement or a gap, in the
// grid's order, at most `limit` of them.
wxString flagsPage(const Comparison& comparison, size_t limit);
// Each interviewer's leniency or severity and the panel's reliability.
wxString calibrationPage(const Calibration& calibration);

} // namespace amhire::app
