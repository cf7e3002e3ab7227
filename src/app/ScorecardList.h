#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "core/storage/Model.h"

namespace amhire::app {

// One of the Interview page's lists of the interviewer's own scorecards: the
// drafts to resume, or those submitted, to look back at or reopen. Virtual:
// an interviewer's submitted scorecards run to thousands over the years, and
// only the rows on screen are ever drawn.
class ScorecardList : public wxListCtrl {
  public:
    enum class Shows { Drafts, Submitted };
    ScorecardList(wxWindow* parent, Shows shows);

    // Lists `rows` in their order and chooses the first.
    void show(std::vector<ScorecardSummary> rows);
    void clear();
    const std::vector<ScorecardSummary>& rows() const { return rows_; }
    // The chosen row, if any.
    const ScorecardSummary* chosen() const;

  protected:
    wxString OnGetItemText(long item, long column) const override;

  private:
    Shows shows_;
    std::vector<ScorecardSummary> rows_;
};

} // namespace amhire::app
