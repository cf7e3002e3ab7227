#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include <wx/panel.h>

#include "core/compare/Comparison.h"

class wxButton;
class wxCheckBox;
class wxChoice;

namespace amhire::app {

class StageFilterButton;

// The Compare view's controls: the opening, the stage filter, the sort, the
// toggles and Export, in two rows with keyboard mnemonics. The view binds
// their events; this only builds them and keeps the sort choice in step.
class CompareToolbar : public wxPanel {
  public:
    CompareToolbar(wxWindow* parent, std::function<void()> stagesChanged);

    wxChoice* opening() const { return opening_; }
    StageFilterButton* stages() const { return stages_; }
    wxChoice* sort() const { return sort_; }
    wxCheckBox* descending() const { return descending_; }
    wxCheckBox* transpose() const { return transpose_; }
    wxCheckBox* hideKnockedOut() const { return hideKnockedOut_; }
    wxCheckBox* anonymised() const { return anonymised_; }
    wxButton* exportButton() const { return export_; }

    // Lists `openings` and selects the one with id `keep`, else the first.
    void showOpenings(const std::vector<Opening>& openings, int64_t keep);
    // Lists the total, the candidate and `comparison`'s competencies, and
    // shows `options`' sort.
    void showSort(const Comparison* comparison, const ComparisonOptions& options);
    // The sort the choice shows: what and, for a competency, which.
    std::pair<ComparisonSort, size_t> chosenSort() const;

  private:
    wxChoice* opening_ = nullptr;
    StageFilterButton* stages_ = nullptr;
    wxChoice* sort_ = nullptr;
    wxCheckBox* descending_ = nullptr;
    wxCheckBox* transpose_ = nullptr;
    wxCheckBox* hideKnockedOut_ = nullptr;
    wxCheckBox* anonymised_ = nullptr;
    wxButton* export_ = nullptr;
};

} // namespace amhire::app
