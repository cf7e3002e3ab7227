#include "app/CandidateList.h"

#include <algorithm>
#include <utility>

#include <wx/intl.h>
#include <wx/settings.h>

#include "app/HtmlText.h"
#include "app/LocalTime.h"

namespace amhire::app {

namespace {

// Orders two rows by one column; text columns compare without copies, as a
// sort of 10,000 rows compares each about fourteen times.
bool before(const CandidateApplication& a, const CandidateApplication& b, CandidateList::Column column)
{
    switch (column) {
    case CandidateList::Name: return a.candidate.name < b.candidate.name;
    case CandidateList::Email: return a.candidate.email < b.candidate.email;
    case CandidateList::Company: return a.candidate.currentCompany < b.candidate.currentCompany;
    case CandidateList::Source: return a.candidate.source < b.candidate.source;
    case CandidateList::Stage: return a.application.stage < b.application.stage;
    case CandidateList::Interviews:
        return std::make_pair(a.submittedInterviews, a.draftInterviews) <
               std::make_pair(b.submittedInterviews, b.draftInterviews);
    case CandidateList::Added: return a.application.createdAt < b.application.createdAt;
    case CandidateList::ColumnCount: break;
    }
    return false;
}

wxString columnTitle(CandidateList::Column column)
{
    switch (column) {
    case CandidateList::Name: return _("Name");
    case CandidateList::Email: return _("Email");
    case CandidateList::Company: return _("Company");
    case CandidateList::Source: return _("Source");
    case CandidateList::Stage: return _("Stage");
    case CandidateList::Interviews:
        return _("Scorecards");
    case CandidateList::Added: return _("Added");
    case CandidateList::ColumnCount: break;
    }
    return {};
}

// "2", "2 + 1 draft", "1 draft", or nothing before any interview.
wxString scorecardsText(int submitted, int drafts)
{
    wxString text = submitted ? wxString::Format("%d", submitted) : wxString();
    if (drafts)
        text +=
            (submitted ? " + " : "") + wxString::Format(wxPLURAL("%d draft", "%d drafts", drafts), drafts);
    return text;
}

// Lower case for matching, through wxString so that letters beyond ASCII
// ("Ö") match their other case too.
std::string lowerCase(const std::string& utf8)
{
    return toUtf8(fromUtf8(utf8).Lower());
}

int columnWidth(CandidateList::Column column)
{
    switch (column) {
    case CandidateList::Name: return 200;
    case CandidateList::Email: return 220;
    case CandidateList::Company: return 150;
    case CandidateList::Source: return 110;
    case CandidateList::Stage: return 100;
    case CandidateList::Interviews:
        return 110;
    case CandidateList::Added: return 110;
    case CandidateList::ColumnCount: break;
    }
    return 100;
}

}  // namespace

CandidateList::CandidateList(wxWindow* parent, std::vector<Column> columns)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      columns_(std::move(columns))
{
    for (Column column : columns_)
        AppendColumn(columnTitle(column), wxLIST_FORMAT_LEFT, FromDIP(columnWidth(column)));
    showSortIndicator();
    Bind(wxEVT_LIST_COL_CLICK, &CandidateList::onColumnClick, this);
    Bind(wxEVT_LIST_COL_END_DRAG, [this](wxListEvent& event) {
        columnsSizedByUser_ = true;
        event.Skip();
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitColumnsToWidth();
        event.Skip();
    });
}

void CandidateList::fitColumnsToWidth()
{
    if (columnsSizedByUser_ || columns_.empty())
        return;
    // Room for a vertical scroll bar is kept whether or not one shows, so
    // adding rows never brings a horizontal one.
    const int available = GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    // Stage, Scorecards and Added hold short texts of a known set: they get
    // what their longest needs, and the free-text columns share the rest.
    std::vector<int> widths(columns_.size(), 0);
    int fixed = 0;
    int designed = 0;
    for (size_t i = 0; i < columns_.size(); ++i) {
        widths[i] = fittedWidth(columns_[i]);
        fixed += widths[i];
        if (widths[i] == 0)
            designed += FromDIP(columnWidth(columns_[i]));
    }
    if (available <= 0)
        return;
    const double scale =
        designed > 0 ? std::max(0.6, static_cast<double>(available - fixed) / designed) : 1.0;
    int used = 0;
    for (size_t i = 0; i < columns_.size(); ++i) {
        int width = widths[i] > 0 ? widths[i] : static_cast<int>(FromDIP(columnWidth(columns_[i])) * scale);
        if (i + 1 == columns_.size() && used + width < available)
            width = available - used; // the rounding left over goes to the last column
        SetColumnWidth(static_cast<int>(i), width);
        used += width;
    }
}

int CandidateList::fittedWidth(Column column) const
{
    int text = 0;
    if (column == Stage) {
        for (amhire::Stage stage : kAllStages)
            text = std::max(text, GetTextExtent(wxGetTranslation(stageTitle(stage))).x);
    }
    else if (column == Interviews) {
        text = GetTextExtent(scorecardsText(88, 8)).x; // in the widest digits
    }
    else if (column == Added) {
        text = GetTextExtent("8888-88-88").x; // a date as the column writes it, in the widest digits
    }
    else {
        return 0; // free text: shares the width left
    }
    // The cell's margins; the heading also makes room for the sort arrow.
    return std::max(text + FromDIP(16), GetTextExtent(columnTitle(column)).x + FromDIP(32));
}

void CandidateList::showSortIndicator()
{
    const auto shown = std::find(columns_.begin(), columns_.end(), sortColumn_);
    if (shown != columns_.end())
        ShowSortIndicator(static_cast<int>(shown - columns_.begin()), ascending_);
    else
        RemoveSortIndicator();
}

void CandidateList::setRows(std::vector<CandidateApplication> rows)
{
    // Asked before the rows change: the selection's row number points into
    // the rows being replaced.
    const int64_t keep = selectedId();
    shown_.clear();
    rows_ = std::move(rows);
    searchText_.clear();
    searchText_.reserve(rows_.size());
    for (const CandidateApplication& row : rows_)
        searchText_.push_back(lowerCase(row.candidate.name + '\n' + row.candidate.email + '\n' +
                                        row.candidate.currentCompany));
    refill(keep);
}

void CandidateList::setFilter(const wxString& text)
{
    filter_ = lowerCase(toUtf8(text.Strip(wxString::both)));
    refill(selectedId());
}

const CandidateApplication* CandidateList::selected() const
{
    long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return item >= 0 && item < static_cast<long>(shown_.size()) ? &rowAt(item) : nullptr;
}

bool CandidateList::selectCandidate(int64_t candidateId)
{
    for (size_t i = 0; i < shown_.size(); ++i) {
        if (rowAt(static_cast<long>(i)).candidate.id == candidateId) {
            SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            EnsureVisible(static_cast<long>(i));
            return true;
        }
    }
    return false;
}

void CandidateList::selectFirst()
{
    if (!shown_.empty())
        selectCandidate(rowAt(0).candidate.id);
}

bool CandidateList::setStage(int64_t applicationId, amhire::Stage stage)
{
    for (CandidateApplication& row : rows_)
        if (row.application.id == applicationId) {
            row.application.stage = stage;
            // The order may change (sorted by stage); the selection stays.
            refill(selectedId());
            return true;
        }
    return false;
}

void CandidateList::sortBy(Column column, bool ascending)
{
    sortColumn_ = column;
    ascending_ = ascending;
    showSortIndicator();
    refill(selectedId());
}

void CandidateList::refill(int64_t keep)
{
    shown_.clear();
    for (size_t i = 0; i < rows_.size(); ++i)
        if (filter_.empty() || searchText_[i].find(filter_) != std::string::npos)
            shown_.push_back(i);
    const Column column = sortColumn_;
    const bool ascending = ascending_;
    std::stable_sort(shown_.begin(), shown_.end(), [&](size_t a, size_t b) {
        return ascending ? before(rows_[a], rows_[b], column) : before(rows_[b], rows_[a], column);
    });
    // The selection is by row number: cleared, then put back on the same
    // candidate if the filter still shows them.
    if (const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item >= 0)
        SetItemState(item, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    SetItemCount(static_cast<long>(shown_.size()));
    Refresh();
    if (keep)
        selectCandidate(keep);
}

wxString CandidateList::OnGetItemText(long item, long column) const
{
    if (item < 0 || item >= static_cast<long>(shown_.size()))
        return {};
    if (column < 0 || column >= static_cast<long>(columns_.size()))
        return {};
    const CandidateApplication& row = rowAt(item);
    switch (columns_[static_cast<size_t>(column)]) {
    case Name: return fromUtf8(row.candidate.name);
    case Email: return fromUtf8(row.candidate.email);
    case Company: return fromUtf8(row.candidate.currentCompany);
    case Source: return fromUtf8(row.candidate.source);
    case Stage: return wxGetTranslation(stageTitle(row.application.stage));
    case Interviews:
        return scorecardsText(row.submittedInterviews, row.draftInterviews);
    case Added:
        return localTime(row.application.createdAt, "%Y-%m-%d");
    default: return {};
    }
}

void CandidateList::onColumnClick(wxListEvent& event)
{
    const int shown = event.GetColumn();
    if (shown < 0 || shown >= static_cast<int>(columns_.size()))
        return;
    const Column column = columns_[static_cast<size_t>(shown)];
    sortBy(column, column == sortColumn_ ? !ascending_ : true);
}

}  // namespace amhire::app
