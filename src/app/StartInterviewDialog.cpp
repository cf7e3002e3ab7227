#include "app/StartInterviewDialog.h"

#include <algorithm>
#include <iterator>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/CandidateList.h"
#include "app/HtmlText.h"
#include "app/Workspace.h"
#include "core/interview/Kit.h"

namespace amhire::app {
namespace {

constexpr InterviewKind kKinds[] = {InterviewKind::PhoneScreen, InterviewKind::HiringManager, InterviewKind::Panel,
                                    InterviewKind::RolePlay};
constexpr int kLengths[] = {45, 60, 90};

}  // namespace

StartInterviewDialog::StartInterviewDialog(wxWindow* parent, Workspace& workspace, const wxString& interviewer)
    : wxDialog(parent, wxID_ANY, _("Start Interview")), workspace_(workspace)
{
    interviewer_ = new wxTextCtrl(this, wxID_ANY, interviewer, wxDefaultPosition, FromDIP(wxSize(320, -1)));
    interviewer_->SetHint(_("Your name, as HR will see it"));
    opening_ = new wxChoice(this, wxID_ANY);
    search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->SetDescriptiveText(_("Type part of a name, email or company"));
    candidate_ = new CandidateList(this, {CandidateList::Name, CandidateList::Email, CandidateList::Stage});
    candidate_->SetMinSize(FromDIP(wxSize(540, 200)));
    kind_ = new wxChoice(this, wxID_ANY);
    for (InterviewKind kind : kKinds)
        kind_->Append(wxGetTranslation(interviewKindTitle(kind)));
    kind_->SetSelection(2);
    length_ = new wxChoice(this, wxID_ANY);
    for (int minutes : kLengths)
        length_->Append(wxString::Format(_("%d minutes"), minutes));
    length_->SetSelection(1);
    summary_ = new wxStaticText(this, wxID_ANY, wxString());

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1, 1);
    auto row = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    row(_("&Interviewer:"), interviewer_);
    row(_("&Opening:"), opening_);
    row(_("&Candidate:"), search_);
    grid->AddSpacer(0);
    grid->Add(candidate_, 1, wxEXPAND);
    row(_("&Kind:"), kind_);
    row(_("&Length:"), length_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK)))
        ok->SetLabel(_("&Start"));
    SetSizerAndFit(sizer);

    for (const Opening& o : workspace_.storage().openings().list())
        if (o.status == kOpeningOpen)
            openings_.push_back(o);
    for (const Opening& o : openings_)
        opening_->Append(fromUtf8(o.title + (o.company.empty() ? "" : " (" + o.company + ")")));
    // The opening chosen on the Candidates or Compare page, if it is open.
    if (!openings_.empty()) {
        const auto current = std::find_if(openings_.begin(), openings_.end(), [&](const Opening& o) {
            return o.id == workspace_.currentOpening();
        });
        opening_->SetSelection(current == openings_.end() ? 0
                                                          : static_cast<int>(current - openings_.begin()));
    }
    showCandidates();

    opening_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showCandidates(); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        candidate_->setFilter(search_->GetValue());
        if (!candidate_->selected())
            candidate_->selectFirst();
        showKitSummary();
    });
    // Enter in the search box: on to the list, to pick with the arrow keys.
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { candidate_->SetFocus(); });
    candidate_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showKitSummary(); });
    // Enter or a double click on a candidate starts, as Start would.
    candidate_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
        wxWindow* start = FindWindow(wxID_OK);
        if (start && start->IsEnabled()) {
            wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
            click.SetEventObject(start);
            start->ProcessWindowEvent(click);
        }
    });
    candidate_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { showKitSummary(); });
    for (wxChoice* c : {kind_, length_})
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showKitSummary(); });
    interviewer_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { updateOk(); });
    CentreOnParent();
}

void StartInterviewDialog::preset(InterviewKind kind, int lengthMinutes)
{
    for (size_t i = 0; i < std::size(kKinds); ++i)
        if (kKinds[i] == kind)
            kind_->SetSelection(static_cast<int>(i));
    for (size_t i = 0; i < std::size(kLengths); ++i)
        if (kLengths[i] == lengthMinutes)
            length_->SetSelection(static_cast<int>(i));
    showKitSummary();
}

bool StartInterviewDialog::chooseCandidate(int64_t candidateId)
{
    const bool found = candidate_->selectCandidate(candidateId);
    showKitSummary();
    return found;
}

void StartInterviewDialog::showCandidates()
{
    std::vector<CandidateApplication> rows;
    const int opening = opening_->GetSelection();
    if (opening != wxNOT_FOUND)
        rows = workspace_.storage().candidates().candidatesOf(openings_[static_cast<size_t>(opening)].id);
    candidate_->setRows(std::move(rows));  // filtered by what the search box holds
    candidate_->selectFirst();
    showKitSummary();
}

void StartInterviewDialog::showKitSummary()
{
    updateOk();
    if (!candidate_->selected()) {
        summary_->SetLabel(openings_.empty()                ? _("There is no open opening yet: create one in Postings.")
                           : candidate_->GetItemCount() > 0 ? _("Choose a candidate from the list.")
                           : search_->GetValue().empty()    ? _("This opening has no candidates yet: add them in Candidates.")
                                                            : _("No candidate of this opening matches the search."));
        return;
    }
    const InterviewRequest r = request();
    try {
        const Kit kit = kitForApplication(workspace_.storage(), workspace_.content(), r.applicationId, r.kind,
                                          r.lengthMinutes);
        wxString text = wxString::Format(_("The kit: %zu questions, %d minutes of questions, %d minutes kept for "
                                           "the introduction and the candidate's questions."),
                                         kit.questionIds().size(), kit.plannedMinutes, kKitReserveMinutes);
        if (!kit.uncovered.empty())
            text += "\n" + wxString::Format(wxPLURAL("%zu competency has no question that fits the time.",
                                                     "%zu competencies have no question that fits the time.",
                                                     kit.uncovered.size()),
                                            kit.uncovered.size());
        summary_->SetLabel(text);
    } catch (const std::exception& e) {
        summary_->SetLabel(fromUtf8(e.what()));
    }
    summary_->Wrap(GetClientSize().x - FromDIP(20));
    Fit();
}

void StartInterviewDialog::updateOk()
{
    if (auto* ok = FindWindow(wxID_OK))
        ok->Enable(candidate_->selected() && !interviewer_->GetValue().Strip(wxString::both).empty());
}

InterviewRequest StartInterviewDialog::request() const
{
    InterviewRequest r;
    r.interviewer = toUtf8(interviewer_->GetValue().Strip(wxString::both));
    if (const CandidateApplication* candidate = candidate_->selected())
        r.applicationId = candidate->application.id;
    r.kind = kKinds[std::max(0, kind_->GetSelection())];
    r.lengthMinutes = kLengths[std::max(0, length_->GetSelection())];
    return r;
}

}  // namespace amhire::app
