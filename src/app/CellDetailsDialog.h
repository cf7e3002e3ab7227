#pragma once

#include <cstddef>
#include <vector>

#include "app/HtmlPageDialog.h"

#include "core/compare/CellRatings.h"

namespace amhire {
class Comparison;
class Content;
} // namespace amhire

namespace amhire::app {

// What lies behind one cell of the comparison: each interviewer's score,
// notes and evidence for one candidate on one competency.
class CellDetailsDialog : public HtmlPageDialog {
  public:
    CellDetailsDialog(wxWindow* parent, const Comparison& comparison, size_t row, size_t competency,
                      const std::vector<CellRating>& ratings, const Content& content);
};

// The dialog's page, also for tests.
wxString cellDetailsPage(const Comparison& comparison, size_t row, size_t competency,
                         const std::vector<CellRating>& ratings, const Content& content);

} // namespace amhire::app
