#include "app/CandidatesView.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/CandidateDialog.h"
#include "app/CandidateList.h"
#include "app/ErasureLeftovers.h"
#include "app/ErrorReporting.h"
#include "app/FileDrop.h"
#include "app/HtmlText.h"
#include "app/ProgressWait.h"
#include "app/Workspace.h"
#include "core/storage/CandidateErasure.h"

namespace amhire::app {

CandidatesView::CandidatesView(wxWindow* parent, Workspace& workspace,
                               std::function<void(int64_t candidateId)> startInterview)
    : wxPanel(parent), workspace_(workspace), startInterview_(std::move(startInterview))
{
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);

    auto* left = new wxPanel(splitter);
    openings_ = new wxListCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    openings_->AppendColumn(_("Opening"), wxLIST_FORMAT_LEFT, FromDIP(200));
    openings_->AppendColumn(_("Company"), wxLIST_FORMAT_LEFT, FromDIP(120));
    openings_->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(60));
    openingStatus_ = new wxButton(left, wxID_ANY, _("&Close Opening"));
    auto* leftSizer = new wxBoxSizer(wxVERTICAL);
    leftSizer->Add(new wxStaticText(left, wxID_ANY, _("Openings")), 0, wxALL, FromDIP(6));
    leftSizer->Add(openings_, 1, wxEXPAND);
    leftSizer->Add(openingStatus_, 0, wxALL, FromDIP(6));
    left->SetSizer(leftSizer);

    auto* right = new wxPanel(splitter);
    heading_ = new wxStaticText(right, wxID_ANY, wxString());
    search_ = new wxSearchCtrl(right, wxID_ANY);
    search_->SetDescriptiveText(_("Find by name, email or company"));
    search_->SetMinSize(wxSize(FromDIP(260), -1));
    candidates_ = new CandidateList(right);
    add_ = new wxButton(right, wxID_ADD, _("&Add Candidate..."));
    edit_ = new wxButton(right, wxID_EDIT, _("&Edit..."));
    erase_ = new wxButton(right, wxID_DELETE, _("E&rase..."));
    import_ = new wxButton(right, wxID_ANY, _("&Import CSV..."));
    stage_ = new wxChoice(right, wxID_ANY);
    for (Stage s : kAllStages)
        stage_->Append(wxGetTranslation(stageTitle(s)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    for (wxWindow* w : {static_cast<wxWindow*>(add_), static_cast<wxWindow*>(edit_), static_cast<wxWindow*>(erase_),
                        static_cast<wxWindow*>(import_)})
        buttons->Add(w, 0, wxRIGHT, FromDIP(6));
    buttons->AddStretchSpacer();
    buttons->Add(new wxStaticText(right, wxID_ANY, _("&Stage:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    buttons->Add(stage_);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(heading_, 1, wxALIGN_CENTER_VERTICAL);
    top->Add(search_, 0, wxALIGN_CENTER_VERTICAL);
    rightSizer->Add(top, 0, wxALL | wxEXPAND, FromDIP(6));
    rightSizer->Add(candidates_, 1, wxEXPAND);
    rightSizer->Add(buttons, 0, wxALL | wxEXPAND, FromDIP(6));
    right->SetSizer(rightSizer);

    splitter->SplitVertically(left, right, FromDIP(400));
    splitter->SetMinimumPaneSize(FromDIP(200));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND);
    SetSizer(sizer);

    openings_->Bind(wxEVT_LIST_ITEM_SELECTED, &CandidatesView::onOpeningSelected, this);
    candidates_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    candidates_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });
    candidates_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editCandidate(); });
    openingStatus_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggleOpeningStatus(); });
    bindListShortcuts();
    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addCandidate(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editCandidate(); });
    erase_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { eraseCandidate(); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importCsv(); });
    candidates_->SetDropTarget(
        new FileDrop([this](const wxArrayString& paths) { return importDroppedFiles(paths); }));
    stage_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { changeStage(kAllStages[e.GetSelection()]); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        candidates_->setFilter(search_->GetValue());
        updateHeading();
        updateButtons();
    });
    // Ctrl+F, as in every list people search.
    const wxAcceleratorEntry find(wxACCEL_CTRL, 'F', wxID_FIND);
    SetAcceleratorTable(wxAcceleratorTable(1, &find));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        search_->SetFocus();
        search_->SelectAll();
    }, wxID_FIND);
    reload();
}

void CandidatesView::reload()
{
    // The opening chosen here or on the Compare page, else the one shown.
    const int64_t keep = workspace_.currentOpening() ? workspace_.currentOpening() : currentOpeningId();
    openings_->DeleteAllItems();
    openingRows_.clear();
    if (workspace_.hasStorage()) {
        try {
            openingRows_ = workspace_.storage().openings().list();
        } catch (const std::exception& e) {
            showError(this, _("Cannot read the openings"), e);
        }
    }
    for (size_t i = 0; i < openingRows_.size(); ++i) {
        const Opening& o = openingRows_[i];
        long row = openings_->InsertItem(static_cast<long>(i), fromUtf8(o.title));
        openings_->SetItem(row, 1, fromUtf8(o.company));
        openings_->SetItem(row, 2, openingStatusLabel(o.status));
    }
    // One read of the candidates, whichever row ends up selected: at 10,000
    // candidates each read is a noticeable pause.
    if (!markOpening(keep) && !openingRows_.empty())
        markOpening(openingRows_.front().id);
    showCandidates();
}

int64_t CandidatesView::currentOpeningId() const
{
    const Opening* opening = currentOpening();
    return opening ? opening->id : 0;
}

bool CandidatesView::selectOpening(int64_t openingId)
{
    if (!markOpening(openingId))
        return false;
    workspace_.setCurrentOpening(openingId);
    showCandidates();
    return true;
}

bool CandidatesView::markOpening(int64_t openingId)
{
    for (size_t i = 0; i < openingRows_.size(); ++i) {
        if (openingRows_[i].id == openingId) {
            wxEventBlocker quiet(openings_, wxEVT_LIST_ITEM_SELECTED);
            openings_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            return true;
        }
    }
    return false;
}

void CandidatesView::onOpeningSelected(wxListEvent&)
{
    workspace_.setCurrentOpening(currentOpeningId()); // the Compare page follows
    showCandidates();
}

void CandidatesView::showCandidates()
{
    const int64_t openingId = currentOpeningId();
    std::vector<CandidateApplication> rows;
    if (openingId && workspace_.hasStorage()) {
        try {
            rows = workspace_.storage().candidates().candidatesOf(openingId);
        } catch (const std::exception& e) {
            showError(this, _("Cannot read the candidates"), e);
        }
    }
    candidates_->setRows(std::move(rows));
    updateHeading();
    updateButtons();
}

void CandidatesView::updateHeading()
{
    const size_t all = candidates_->rowCount();
    const auto shown = static_cast<size_t>(candidates_->GetItemCount());
    if (!workspace_.hasStorage())
        heading_->SetLabel(_("No database is open. Use File > New Database or Open Database."));
    else if (!currentOpeningId())
        heading_->SetLabel(_("No opening yet: create one from a posting in the Postings tab."));
    else if (shown == all)
        heading_->SetLabel(wxString::Format(wxPLURAL("%zu candidate", "%zu candidates", all), all));
    else
        heading_->SetLabel(wxString::Format(
            wxPLURAL("%zu of %zu candidate matches", "%zu of %zu candidates match", all), shown, all));
}

void CandidatesView::updateButtons()
{
    const bool hasOpening = currentOpeningId() != 0;
    const Opening* opening = currentOpening();
    openingStatus_->Enable(opening != nullptr);
    openingStatus_->SetLabel(opening && opening->status == kOpeningClosed ? _("Re&open Opening")
                                                                          : _("&Close Opening"));
    openingStatus_->GetParent()->Layout();
    const CandidateApplication* row = candidates_->selected();
    add_->Enable(hasOpening);
    import_->Enable(hasOpening);
    edit_->Enable(row != nullptr);
    erase_->Enable(row != nullptr);
    stage_->Enable(row != nullptr);
    if (row)
        stage_->SetSelection(static_cast<int>(row->application.stage));
}

wxString CandidatesView::openingStatusLabel(const std::string& status)
{
    if (status == kOpeningOpen)
        return _("Open");
    if (status == kOpeningClosed)
        return _("Closed");
    return fromUtf8(status);
}

long CandidatesView::currentOpeningRow() const
{
    const long item = openings_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return item >= 0 && item < static_cast<long>(openingRows_.size()) ? item : -1;
}

const Opening* CandidatesView::currentOpening() const
{
    const long row = currentOpeningRow();
    return row >= 0 ? &openingRows_[static_cast<size_t>(row)] : nullptr;
}

void CandidatesView::toggleOpeningStatus()
{
    const long row = currentOpeningRow();
    if (row < 0 || !workspace_.hasStorage())
        return;
    Opening* opening = &openingRows_[static_cast<size_t>(row)];
    const bool closing = opening->status != kOpeningClosed;
    const std::string status = closing ? kOpeningClosed : kOpeningOpen;
    try {
        workspace_.storage().openings().setStatus(opening->id, status, workspace_.actor());
    }
    catch (const std::exception& e) {
        showError(this,
                  closing ? _("The opening could not be closed") : _("The opening could not be reopened"), e);
        return;
    }
    // The row and the button follow; the candidates shown stay as they are.
    opening->status = status;
    openings_->SetItem(row, 2, openingStatusLabel(status));
    updateButtons();
    wxLogStatus(closing ? _("The opening is closed: no new interviews can be started for it.")
                        : _("The opening is open again."));
}

void CandidatesView::addCandidate()
{
    const int64_t openingId = currentOpeningId();
    if (!openingId)
        return;
    CandidateDialog dialog(this, _("Add Candidate"), Candidate{});
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        Storage& storage = workspace_.storage();
        auto tx = storage.beginTransaction();
        const int64_t id = storage.candidates().add(dialog.candidate(), workspace_.actor());
        storage.candidates().addApplication(id, openingId, Stage::Applied, workspace_.actor());
        tx->commit();
        showCandidates();
        candidates_->selectCandidate(id);
        wxLogStatus(_("Candidate added."));  // no name: log output must hold no personal data
    } catch (const std::exception& e) {
        showError(this, _("The candidate was not added"), e);
    }
}

void CandidatesView::editCandidate()
{
    const CandidateApplication* row = candidates_->selected();
    if (!row)
        return;
    const int64_t id = row->candidate.id; // the row is not ours to keep across a modal dialog
    CandidateDialog dialog(this, _("Edit Candidate"), row->candidate);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        workspace_.storage().candidates().update(dialog.candidate(), workspace_.actor());
        showCandidates();
        candidates_->selectCandidate(id);
        wxLogStatus(_("Candidate saved."));
    } catch (const std::exception& e) {
        showError(this, _("The changes were not saved"), e);
    }
}

void CandidatesView::eraseCandidate()
{
    const CandidateApplication* row = candidates_->selected();
    if (!row)
        return;
    // Who was chosen, kept before the dialog: the list may be read again
    // while it is open, and an erasure cannot be undone.
    const int64_t id = row->candidate.id;
    wxMessageDialog confirm(this,
                            wxString::Format(_("Erase %s and everything about them?"), fromUtf8(row->candidate.name)),
                            _("Erase Candidate"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetExtendedMessage(
        _("Their details, applications, interviews, scores and notes are deleted for good, "
          "from the database file and from its backups. Use this for a privacy request."));
    confirm.SetYesNoLabels(_("&Erase"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES)
        return;
    CandidateErasure erasure;
    try {
        // Erasing rewrites the file (VACUUM) so nothing of them stays in free
        // pages, and then each backup that holds them: most of a second a
        // file at 10,000 candidates.
        runWithProgress(
            this, _("Erasing the Candidate"), _("Erasing the candidate from the database and its backups"),
            [&](const StepProgress& progress) {
                erasure = eraseCandidateEverywhere(workspace_.storage(), workspace_.databasePath(), id,
                                                   workspace_.actor(), progress);
            });
    } catch (const std::exception& e) {
        showError(this, _("The candidate was not erased"), e);
        return;
    }
    showCandidates();
    if (!erasure.complete()) {
        wxLogStatus(_("The candidate was erased, but not from every backup."));
        showErasureLeftovers(this, erasure);
    }
    else if (erasure.backupsCleaned == 0) {
        wxLogStatus(_("The candidate was erased."));
    }
    else {
        wxLogStatus(wxPLURAL("The candidate was erased, and from %d backup.",
                             "The candidate was erased, and from %d backups.", erasure.backupsCleaned),
                    static_cast<int>(erasure.backupsCleaned));
    }
}

void CandidatesView::changeStage(Stage stage)
{
    const CandidateApplication* row = candidates_->selected();
    if (!row || row->application.stage == stage)
        return;
    try {
        const int64_t applicationId = row->application.id;
        workspace_.storage().candidates().setStage(applicationId, stage, workspace_.actor());
        // The one row changed: no second read of thousands of candidates.
        candidates_->setStage(applicationId, stage);
        updateButtons();
        wxLogStatus(_("Moved to %s."), wxGetTranslation(stageTitle(stage)));
    } catch (const std::exception& e) {
        showError(this, _("The stage was not changed"), e);
        updateButtons();
    }
}

}  // namespace amhire::app
