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
#include "app/Settings.h"
#include "app/StartInterviewDialog.h"
#include "app/Workspace.h"
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
    drafts_ = new wxListCtrl(list, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    drafts_->AppendColumn(_("Candidate"), wxLIST_FORMAT_LEFT, FromDIP(220));
    drafts_->AppendColumn(_("Opening"), wxLIST_FORMAT_LEFT, FromDIP(260));
    drafts_->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(180));
    drafts_->AppendColumn(_("Scored"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    drafts_->AppendColumn(_("Started"), wxLIST_FORMAT_LEFT, FromDIP(170));
    start_ = new wxButton(list, wxID_NEW, _("&Start Interview..."));
    resume_ = new wxButton(list, wxID_OPEN, _("&Resume"));
    discard_ = new wxButton(list, wxID_ANY, _("&Discard..."));
    discard_->SetToolTip(_("Delete the chosen draft, with its scores and notes: for an interview started by "
                           "mistake (Delete)"));

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
    listSizer->Add(drafts_, 1, wxEXPAND | wxALL, FromDIP(8));
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
    drafts_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateDraftButtons(); });
    drafts_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateDraftButtons(); });
    onDeleteKey(*drafts_, [this] { discardSelected(); });

    if (const wxString last = settings_.lastInterviewer(); !last.empty())
        workspace_.setActor(toUtf8(last));
    showInterviewer();
    showDrafts();
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
    drafts_->DeleteAllItems();
    draftRows_.clear();
    const bool haveDb = workspace_.hasStorage();
    start_->Enable(haveDb);
    resume_->Enable(false);
    discard_->Enable(false);
    draftsHeading_->SetLabel(haveDb ? _("Your draft scorecards (double-click or Enter to resume):")
                                    : _("No database is open. Use File > New Database or Open Database."));
    if (!haveDb)
        return;
    try {
        draftRows_ = draftSummaries(workspace_.storage(), workspace_.actor());
    } catch (const std::exception& e) {
        showError(this, _("Your drafts could not be read"), e);
        return;
    }
    for (size_t i = 0; i < draftRows_.size(); ++i) {
        const DraftSummary& d = draftRows_[i];
        const long row = drafts_->InsertItem(static_cast<long>(i), fromUtf8(d.candidateName));
        drafts_->SetItem(row, 1, fromUtf8(d.openingTitle));
        drafts_->SetItem(row, 2, interviewKindLabel(d.interview.kind));
        drafts_->SetItem(row, 3, wxString::Format("%d / %d", d.scored, d.total));
        drafts_->SetItem(row, 4,
                         d.interview.startedAt ? localTime(*d.interview.startedAt, "%Y-%m-%d %H:%M")
                                               : wxString(_("not started")));
    }
    if (!draftRows_.empty()) {
        drafts_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        updateDraftButtons();
    }
    else
        draftsHeading_->SetLabel(_("You have no draft scorecards. Start Interview... (Ctrl+I) begins one."));
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
        setInterviewer(wxString::FromUTF8(request.interviewer));
        int64_t id = 0;
        runWithoutFreezing([&] { id = amhire::startInterview(workspace_.storage(), workspace_.content(), request); });
        resume(id);
    } catch (const std::exception& e) {
        showError(this, _("The interview could not be started"), e);
    }
}

void InterviewView::resumeSelected()
{
    const long row = drafts_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row >= 0 && row < static_cast<long>(draftRows_.size()))
        resume(draftRows_[static_cast<size_t>(row)].interview.id);
}

void InterviewView::updateDraftButtons()
{
    const bool chosen = drafts_->GetSelectedItemCount() > 0;
    resume_->Enable(chosen);
    discard_->Enable(chosen);
}

void InterviewView::discardSelected()
{
    const long row = drafts_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(draftRows_.size()))
        return;
    // Kept before asking: the list may be read again while the question is open.
    const DraftSummary draft = draftRows_[static_cast<size_t>(row)];
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
            [&] { workspace_.storage().interviews().discardDraft(draft.interview.id, workspace_.actor()); });
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
