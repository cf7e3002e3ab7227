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
    enum Column { Name, Email, Company, Source, Stage, Added, ColumnCount };

    explicit CandidateList(wxWindow* parent);

    void setRows(std::vector<CandidateApplication> rows);
    const std::vector<CandidateApplication>& rows() const { return rows_; }
    // The row under the selection, or null.
    const CandidateApplication* selected() const;
    bool selectCandidate(int64_t candidateId);
    void sortBy(Column column, bool ascending);

protected:
    wxString OnGetItemText(long item, long column) const override;

private:
    void onColumnClick(wxListEvent& event);

    std::vector<CandidateApplication> rows_;
    Column sortColumn_ = Name;
    bool ascending_ = true;
};

}  // namespace amhire::app
