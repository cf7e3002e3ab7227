#include "app/ScorecardList.h"

#include <wx/intl.h>

#include "app/HtmlText.h"
#include "app/InterviewKindLabel.h"
#include "app/LocalTime.h"

namespace amhire::app {

namespace {

wxString when(const std::optional<std::string>& utc, const wxString& otherwise)
{
    return utc ? localTime(*utc, "%Y-%m-%d %H:%M") : otherwise;
}

} // namespace

ScorecardList::ScorecardList(wxWindow* parent, Shows shows)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_VIRTUAL),
      shows_(shows)
{
    AppendColumn(_("Candidate"), wxLIST_FORMAT_LEFT, FromDIP(220));
    AppendColumn(_("Opening"), wxLIST_FORMAT_LEFT, FromDIP(260));
    AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(180));
    if (shows_ == Shows::Drafts) {
        AppendColumn(_("Scored"), wxLIST_FORMAT_RIGHT, FromDIP(80));
        AppendColumn(_("Started"), wxLIST_FORMAT_LEFT, FromDIP(170));
    }
    else {
        AppendColumn(_("Recommendation"), wxLIST_FORMAT_LEFT, FromDIP(150));
        AppendColumn(_("Submitted"), wxLIST_FORMAT_LEFT, FromDIP(170));
    }
}

void ScorecardList::show(std::vector<ScorecardSummary> rows)
{
    clear();
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    if (!rows_.empty())
        SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    Refresh();
}

wxString ScorecardList::OnGetItemText(long item, long column) const
{
    if (item < 0 || item >= static_cast<long>(rows_.size()))
        return wxString();
    const ScorecardSummary& s = rows_[static_cast<size_t>(item)];
    switch (column) {
    case 0:
        return fromUtf8(s.candidateName);
    case 1:
        return fromUtf8(s.openingTitle);
    case 2:
        return interviewKindLabel(s.kind);
    case 3:
        if (shows_ == Shows::Drafts)
            return wxString::Format("%d / %d", s.scored, s.total);
        return s.recommendation ? wxGetTranslation(recommendationTitle(*s.recommendation)) : wxString();
    default:
        return shows_ == Shows::Drafts ? when(s.startedAt, _("not started"))
                                       : when(s.submittedAt, wxString());
    }
}

void ScorecardList::clear()
{
    SetItemCount(0);
    rows_.clear();
}

const ScorecardSummary* ScorecardList::chosen() const
{
    const long row = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && row < static_cast<long>(rows_.size()) ? &rows_[static_cast<size_t>(row)] : nullptr;
}

} // namespace amhire::app
