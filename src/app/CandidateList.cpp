#include "app/CandidateList.h"

#include <algorithm>

#include <wx/intl.h>

#include "app/HtmlText.h"

namespace amhire::app {

namespace {
std::string keyOf(const CandidateApplication& row, CandidateList::Column column)
{
    switch (column) {
    case CandidateList::Name: return row.candidate.name;
    case CandidateList::Email: return row.candidate.email;
    case CandidateList::Company: return row.candidate.currentCompany;
    case CandidateList::Source: return row.candidate.source;
    case CandidateList::Stage: return std::to_string(static_cast<int>(row.application.stage));
    case CandidateList::Added: return row.application.createdAt;
    case CandidateList::ColumnCount: break;
    }
    return {};
}
}  // namespace

CandidateList::CandidateList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL)
{
    AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(200));
    AppendColumn(_("Email"), wxLIST_FORMAT_LEFT, FromDIP(220));
    AppendColumn(_("Company"), wxLIST_FORMAT_LEFT, FromDIP(150));
    AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("Stage"), wxLIST_FORMAT_LEFT, FromDIP(100));
    AppendColumn(_("Added"), wxLIST_FORMAT_LEFT, FromDIP(110));
    Bind(wxEVT_LIST_COL_CLICK, &CandidateList::onColumnClick, this);
}

void CandidateList::setRows(std::vector<CandidateApplication> rows)
{
    rows_ = std::move(rows);
    sortBy(sortColumn_, ascending_);
}

const CandidateApplication* CandidateList::selected() const
{
    long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return item >= 0 && item < static_cast<long>(rows_.size()) ? &rows_[static_cast<size_t>(item)] : nullptr;
}

bool CandidateList::selectCandidate(int64_t candidateId)
{
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].candidate.id == candidateId) {
            SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            EnsureVisible(static_cast<long>(i));
            return true;
        }
    }
    return false;
}

void CandidateList::sortBy(Column column, bool ascending)
{
    const int64_t keep = selected() ? selected()->candidate.id : 0;
    sortColumn_ = column;
    ascending_ = ascending;
    std::stable_sort(rows_.begin(), rows_.end(), [&](const CandidateApplication& a, const CandidateApplication& b) {
        const std::string ka = keyOf(a, column), kb = keyOf(b, column);
        return ascending ? ka < kb : kb < ka;
    });
    SetItemCount(static_cast<long>(rows_.size()));
    ShowSortIndicator(column, ascending);
    Refresh();
    if (keep)
        selectCandidate(keep);
}

wxString CandidateList::OnGetItemText(long item, long column) const
{
    if (item < 0 || item >= static_cast<long>(rows_.size()))
        return {};
    const CandidateApplication& row = rows_[static_cast<size_t>(item)];
    switch (column) {
    case Name: return fromUtf8(row.candidate.name);
    case Email: return fromUtf8(row.candidate.email);
    case Company: return fromUtf8(row.candidate.currentCompany);
    case Source: return fromUtf8(row.candidate.source);
    case Stage: return wxGetTranslation(stageTitle(row.application.stage));
    case Added: return fromUtf8(row.application.createdAt.substr(0, 10));
    default: return {};
    }
}

void CandidateList::onColumnClick(wxListEvent& event)
{
    const auto column = static_cast<Column>(event.GetColumn());
    if (column < 0 || column >= ColumnCount)
        return;
    sortBy(column, column == sortColumn_ ? !ascending_ : true);
}

}  // namespace amhire::app
