#include "app/InterviewView.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "app/DeleteKey.h"
#include "app/ErrorReporting.h"
#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/InterviewKindLabel.h"
#include "app/InterviewScreen.h"
#include "app/LazyPage.h"
#include "app/LocalTime.h"
#include "app/ScorecardList.h"
#include "app/Settings.h"
#include "app/StartInterviewDialog.h"
#include "app/Workspace.h"
#include "core/interview/InterviewStart.h"
#include "core/interview/Kit.h"

namespace amhire::app {

InterviewView::InterviewView(wxWindow* parent, Workspace& workspace, Settings& settings)
    : wxPanel(parent), workspace_(workspace), settings_(settings)
{
    book_ = new wxSimplebook(this);
    auto* list = new wxPanel(book_);
    who_ = new wxStaticText(list, wxID_ANY, wxString());
    who_->SetFont(who_->GetFont().Bold());
    auto* change = new wxButton(list, wxID_ANY, _("C&hange..."));
    change->SetToolTip(_("Interview under another name"));
    drafts_ = new ScorecardList(list, ScorecardList::Shows::Drafts);
    start_ = new wxButton(list, wxID_NEW, _("&Start Interview..."));
    resume_ = new wxButton(list, wxID_OPEN, _("&Resume"));
    discard_ = new wxButton(list, wxID_ANY, _("&Discard..."));
    discard_->SetToolTip(_("Delete the chosen draft, with its scores and notes: for an interview started by "
                           "mistake (Delete)"));
    submitted_ = new ScorecardList(list, ScorecardList::Shows::Submitted);
    view_ = new wxButton(list, wxID_ANY, _("&View"));
    view_->SetToolTip(_("Open the chosen submitted scorecard, read-only; Reopen it there to change it"));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(who_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    top->Add(change, 0, wxALIGN_CENTER_VERTICAL);
    top->AddStretchSpacer();
    top->Add(discard_, 0, wxRIGHT, FromDIP(6));
    top->Add(resume_, 0, wxRIGHT, FromDIP(6));
    top->Add(start_);
    auto* listSizer = new wxBoxSizer(wxVERTICAL);
    listSizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(8));
    draftsHeading_ = new wxStaticText(list, wxID_ANY, wxString());
    listSizer->Add(draftsHeading_, 0, wxLEFT | wxRIGHT, FromDIP(8));
    listSizer->Add(drafts_, 3, wxEXPAND | wxALL, FromDIP(8));
    submittedHeading_ = new wxStaticText(list, wxID_ANY, wxString());
    auto* submittedRow = new wxBoxSizer(wxHORIZONTAL);
    submittedRow->Add(submittedHeading_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    submittedRow->Add(view_);
    listSizer->Add(submittedRow, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    listSizer->Add(submitted_, 2, wxEXPAND | wxALL, FromDIP(8));
    list->SetSizer(listSizer);

    screen_ = new InterviewScreen(book_, workspace_, settings_, [this] { showDrafts(); });
    book_->AddPage(list, _("Drafts"), true);
    book_->AddPage(screen_, _("Interview"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);

    change->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { changeInterviewer(); });
    start_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startInterview(); });
    resume_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { resumeSelected(); });
    drafts_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { resumeSelected(); });
    discard_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { discardSelected(); });
    view_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { viewSelectedSubmitted(); });
    submitted_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { viewSelectedSubmitted(); });
    for (ScorecardList* scorecards : {drafts_, submitted_}) {
        scorecards->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateScorecardButtons(); });
        scorecards->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateScorecardButtons(); });
    }
    onDeleteKey(*drafts_, [this] { discardSelected(); });

    if (const wxString last = settings_.lastInterviewer(); !last.empty())
        workspace_.setActor(toUtf8(last));
    showInterviewer();
    showDrafts();
}

const std::vector<ScorecardSummary>& InterviewView::drafts() const
{
    return drafts_->rows();
}

bool InterviewView::showingInterview() const
{
    return book_->GetSelection() == 1;
}

void InterviewView::reload()
{
    // Another database: the open interview belongs to the old one.
    if (screen_->isOpen())
        screen_->close();
    showDrafts();
}

void InterviewView::refresh()
{
    if (!screen_->isOpen())
        showDrafts();
}

bool InterviewView::canClose()
{
    return screen_->close();
}

void InterviewView::showInterviewer()
{
    who_->SetLabel(wxString::Format(_("Interviewer: %s"), fromUtf8(workspace_.actor())));
    who_->GetParent()->Layout(); // the list page's sizer, which this view's Layout() does not reach
}

void InterviewView::setInterviewer(const wxString& name)
{
    const wxString trimmed = name.Strip(wxString::both);
    if (trimmed.empty())
        return;
    workspace_.setActor(toUtf8(trimmed));
    settings_.setLastInterviewer(trimmed);
    showInterviewer();
    showDrafts();
}

void InterviewView::changeInterviewer()
{
    wxTextEntryDialog ask(this, _("Your name, as HR will see it next to your scores:"), _("Interviewer"),
                          fromUtf8(workspace_.actor()));
    if (ask.ShowModal() == wxID_OK)
        setInterviewer(ask.GetValue());
}

void InterviewView::showDrafts()
{
    book_->SetSelection(0);
    drafts_->clear();
    submitted_->clear();
    const bool haveDb = workspace_.hasStorage();
    start_->Enable(haveDb);
    draftsHeading_->SetLabel(haveDb ? _("Your draft scorecards (double-click or Enter to resume):")
                                    : _("No database is open. Use File > New Database or Open Database."));
    submittedHeading_->SetLabel(wxString());
    if (haveDb) {
        try {
            InterviewStore& interviews = workspace_.storage().interviews();
            drafts_->show(interviews.scorecardsOf(workspace_.actor(), InterviewStatus::Draft));
            submitted_->show(interviews.scorecardsOf(workspace_.actor(), InterviewStatus::Submitted));
        }
        catch (const std::exception& e) {
            showError(this, _("Your scorecards could not be read"), e);
        }
        if (drafts_->rows().empty())
            draftsHeading_->SetLabel(
                _("You have no draft scorecards. Start Interview... (Ctrl+I) begins one."));
        submittedHeading_->SetLabel(
            submitted_->rows().empty() ? _("You have submitted no scorecards yet.")
                                       : _("Your submitted scorecards (double-click or Enter to look at one; "
                                           "Reopen it there to change it):"));
    }
    updateScorecardButtons();
    draftsHeading_->GetParent()->Layout();
}

void InterviewView::startInterview()
{
    startInterviewFor(0);
}

void InterviewView::startInterviewFor(int64_t candidateId)
{
    if (!workspace_.hasStorage())
        return;
    StartInterviewDialog dialog(this, workspace_, fromUtf8(workspace_.actor()));
    if (const auto last = settings_.lastInterviewSetup())
        dialog.preset(last->first, last->second);
    if (candidateId)
        dialog.chooseCandidate(candidateId);
    if (dialog.ShowModal() != wxID_OK)
        return;
    const InterviewRequest request = dialog.request();
    settings_.setLastInterviewSetup(request.kind, request.lengthMinutes);
    startInterview(request);
}

void InterviewView::startInterview(const InterviewRequest& request)
{
    try {
        // A second scorecard of theirs for the candidate is right for a later
        // round, and wrong for correcting the one submitted: ask which.
        const std::vector<Interview> earlier = submittedBefore(workspace_.storage(), request);
        if (!earlier.empty()) {
            switch (askAboutSubmitted(earlier.back())) {
            case wxID_YES:
                resume(earlier.back().id);
                return;
            case wxID_NO:
                break;
            default:
                return;
            }
        }
        setInterviewer(wxString::FromUTF8(request.interviewer));
        int64_t id = 0;
        runWithoutFreezing([&] { id = amhire::startInterview(workspace_.storage(), workspace_.content(), request); });
        resume(id);
    } catch (const std::exception& e) {
        showError(this, _("The interview could not be started"), e);
    }
}

int InterviewView::askAboutSubmitted(const Interview& latest)
{
    const Application application = workspace_.storage().candidates().getApplication(latest.applicationId);
    const std::string name = workspace_.storage().candidates().get(application.candidateId).name;
    wxMessageDialog ask(
        this,
        wxString::Format(_("You have already submitted a scorecard for %s (%s, %s)."), fromUtf8(name),
                         interviewKindLabel(latest.kind),
                         latest.submittedAt ? localTime(*latest.submittedAt, "%Y-%m-%d %H:%M") : wxString()),
        _("Start Interview"), wxYES_NO | wxCANCEL | wxCANCEL_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(
        _("To correct it, open it and reopen it there. Starting another interview gives HR a "
          "second scorecard from you for this candidate, as for a later round."));
    ask.SetYesNoCancelLabels(_("&Open Submitted"), _("Start &Another"), _("&Cancel"));
    return ask.ShowModal();
}

void InterviewView::resumeSelected()
{
    if (const ScorecardSummary* draft = drafts_->chosen())
        resume(draft->interviewId);
}

void InterviewView::viewSelectedSubmitted()
{
    if (const ScorecardSummary* submitted = submitted_->chosen())
        resume(submitted->interviewId);
}

void InterviewView::updateScorecardButtons()
{
    const bool chosen = drafts_->chosen() != nullptr;
    resume_->Enable(chosen);
    discard_->Enable(chosen);
    view_->Enable(submitted_->chosen() != nullptr);
}

void InterviewView::discardSelected()
{
    if (!drafts_->chosen())
        return;
    // Kept before asking: the list may be read again while the question is open.
    const ScorecardSummary draft = *drafts_->chosen();
    wxMessageDialog confirm(
        this, wxString::Format(_("Discard your draft scorecard for %s?"), fromUtf8(draft.candidateName)),
        _("Discard Draft"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetExtendedMessage(wxString::Format(
        wxPLURAL(
            "Its %d score and every note typed into it are deleted. The audit log keeps that you did this.",
            "Its %d scores and every note typed into it are deleted. The audit log keeps that you did this.",
            draft.scored),
        draft.scored));
    confirm.SetYesNoLabels(_("&Discard"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES)
        return;
    try {
        runWithoutFreezing(
            [&] { workspace_.storage().interviews().discardDraft(draft.interviewId, workspace_.actor()); });
    }
    catch (const std::exception& e) {
        showError(this, _("The draft was not discarded"), e);
        return;
    }
    showDrafts();
    wxLogStatus(_("Draft scorecard discarded."));
}

void InterviewView::resume(int64_t interviewId)
{
    if (screen_->isOpen() && !screen_->close())
        return;
    try {
        screen_->open(interviewId);
    } catch (const std::exception& e) {
        showError(this, _("The interview could not be opened"), e);
        return;
    }
    book_->SetSelection(1);
    // Bring the Interview page forward when started from elsewhere (a menu).
    bringPageForward(this);
    wxLogStatus(_("Interview opened: keys 1-5 score, 0 = not assessed, Left/Right move between questions"));
}

}  // namespace amhire::app
