#pragma once

#include <cstddef>
#include <vector>

#include <wx/dialog.h>

#include "core/compare/CellRatings.h"

class wxHtmlWindow;

namespace amhire {
class Comparison;
class Content;
} // namespace amhire

namespace amhire::app {

// What lies behind one cell of the comparison: each interviewer's score,
// notes and evidence for one candidate on one competency.
class CellDetailsDialog : public wxDialog {
  public:
    CellDetailsDialog(wxWindow* parent, const Comparison& comparison, size_t row, size_t competency,
                      const std::vector<CellRating>& ratings, const Content& content);

    wxHtmlWindow* page() const { return page_; }

  private:
    wxHtmlWindow* page_ = nullptr;
};

// The dialog's page, also for tests.
wxString cellDetailsPage(const Comparison& comparison, size_t row, size_t competency,
                         const std::vector<CellRating>& ratings, const Content& content);

} // namespace amhire::app
