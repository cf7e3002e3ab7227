#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "core/storage/Model.h"

namespace amhire::app {

// The candidates of one opening as a virtual list: rows are drawn on demand,
// so ten thousand candidates cost nothing until scrolled to. Click a column
// header to sort by it; click again to reverse.
class CandidateList : public wxListCtrl {
public:
  enum Column { Name, Email, Company, Source, Stage, Interviews, Added, ColumnCount };

  // Shows `columns`, in that order (all of them by default).
  explicit CandidateList(wxWindow* parent, std::vector<Column> columns = {Name, Email, Company, Source, Stage,
                                                                          Interviews, Added});

  void setRows(std::vector<CandidateApplication> rows);
  // Shows only the rows whose name, email or company holds `text`, in
  // any case; an empty text shows them all.
  void setFilter(const wxString& text);
  // All the rows given, shown or not (GetItemCount() counts those shown).
  size_t rowCount() const { return rows_.size(); }
  // The row under the selection, or null.
  const CandidateApplication* selected() const;
  // The selected candidate's id, or 0 (also what a refill selects again).
  int64_t selectedId() const { return selected() ? selected()->candidate.id : 0; }
  bool selectCandidate(int64_t candidateId);
  // Selects the first row shown, if any.
  void selectFirst();
  // Shows an application's new stage (once stored) without reading the
  // opening's candidates again; false when the application is not listed.
  bool setStage(int64_t applicationId, amhire::Stage stage);
  void sortBy(Column column, bool ascending);

protected:
    wxString OnGetItemText(long item, long column) const override;

private:
    void onColumnClick(wxListEvent& event);
    // Spreads the list's width over its columns in their designed
    // proportions, so every column shows on a common screen; a list too
    // narrow for that scrolls instead of squeezing columns below 60 %.
    // Stops once the user sizes a column by hand.
    void fitColumnsToWidth();
    // The width a column of known short texts (Stage, Interviews, Added)
    // needs for its longest; 0 for a free-text column.
    int fittedWidth(Column column) const;

    const CandidateApplication& rowAt(long item) const { return rows_[shown_[static_cast<size_t>(item)]]; }
    // Marks the sorting column's header, if that column is shown.
    void showSortIndicator();
    // Lays out shown_ again (the rows the filter keeps, in the sort order)
    // and selects `keep` again if it is among them.
    void refill(int64_t keep);

    std::vector<Column> columns_;  // what each shown column is
    std::vector<CandidateApplication> rows_;
    std::vector<std::string> searchText_;  // per row: name, email and company in lower case
    std::vector<size_t> shown_;            // indices into rows_, as listed
    std::string filter_;                   // lower case
    Column sortColumn_ = Name;
    bool ascending_ = true;
    bool columnsSizedByUser_ = false;
};

}  // namespace amhire::app
