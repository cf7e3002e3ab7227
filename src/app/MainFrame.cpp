#include "app/MainFrame.h"

#include <array>

#include <wx/aboutdlg.h>
#include <wx/filehistory.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stockitem.h>

#include "app/AppIcon.h"
#include "app/CandidatesView.h"
#include "app/CompareView.h"
#include "app/ContentBrowser.h"
#include "app/ContentChangeBar.h"
#include "app/HtmlText.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/PendingDatabase.h"
#include "app/PostingsView.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/LibraryVersions.h"
#include "core/content/ContentStats.h"

namespace amhire::app {

namespace {
const wxSize kSmallestSize(960, 600); // in DIPs
}

MainFrame::MainFrame(const ContentLoadResult& loaded, const wxString& contentDir, Settings& settings,
                     Workspace& workspace)
    : wxFrame(nullptr, wxID_ANY, "amhire"), loaded_(&loaded), contentDir_(toUtf8(contentDir)),
      bundledInUse_(isBundledContent(contentDir_)), settings_(settings), workspace_(workspace),
      history_(std::make_unique<wxFileHistory>())
{
    SetIcons(appIcons());
    CreateStatusBar(2);
    SetStatusWidths(2, std::array<int, 2>{-1, -1}.data());  // messages | what is loaded

    notebook_ = new wxNotebook(this, wxID_ANY);
    buildPages();
    notebook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        // Book controls inside the views send the same event, and it rises
        // to here: the Interview view's book, as it is built, would start
        // building the page again, without end.
        if (event.GetEventObject() != notebook_)
            return;
        // Every view but the Content page reads the database as it is built;
        // joined before, not from inside the build (opening reloads the views).
        joinPendingDatabase();
        View* shown = dynamic_cast<View*>(viewOnPage(notebook_->GetCurrentPage()));
        freshen(shown);
        followCurrentOpening(shown);
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(notebook_, 1, wxEXPAND);
    SetSizer(sizer);
    contentChanges_ =
        std::make_unique<ContentChangeBar>(this, sizer, contentDir_, [this] { reloadContent(); });
    // An author edits the files in another program and comes back here.
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        event.Skip();
        if (event.GetActive())
            CallAfter([this] { contentChanges_->check(); });
    });
    buildMenus(); // after the pages: the View menu lists them
    acceptDroppedDatabases();

    showContentStatus();
    updateTitle();

    // Below this the pages' rows of buttons and side panels no longer fit;
    // it still fits a 1024x768 screen.
    SetMinSize(FromDIP(kSmallestSize));
    settings_.restoreGeometry(*this, "Main", FromDIP(wxSize(1200, 800)));
    contentPage_->view(); // the page shown first, at the window's size
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    backupWatch_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        workspace_.startBackup();  // after the first tick: the window is up by then
        const auto problem = workspace_.finishedBackupProblem();
        if (!problem)
            return;
        backupWatch_.Stop();
        if (!problem->empty())
            wxLogWarning(_("The automatic backup of %s failed: %s"),
                         fromUtf8(workspace_.databasePath().string()), fromUtf8(*problem));
    });
}

MainFrame::~MainFrame()
{
    // The views go first, while what they point into is still here: the
    // content this frame owns after a Reload Content (the Postings view
    // keeps its draft as it goes).
    DestroyChildren();
}

ContentBrowser* MainFrame::contentBrowser()
{
    contentPage_->view();
    return browser_;
}

void MainFrame::buildPages()
{
    // Each page builds its view when first shown (LazyPage); Content is
    // shown first.
    contentPage_ = addLazyPage(_("Content"), [this](wxWindow* parent) {
        browser_ = new ContentBrowser(parent, workspace_.content());
        return browser_;
    });
    postingsPage_ = addLazyPage(_("Postings"), [this](wxWindow* parent) {
        postings_ = new PostingsView(
            parent, workspace_, workspace_.genderCodedWords(),
            [this](int64_t openingId) {
                reloadViews();
                CandidatesView* candidates = candidatesView();
                freshen(candidates);
                candidates->selectOpening(openingId);
            },
            &settings_);
        return postings_;
    });
    candidatesPage_ = addLazyPage(_("Candidates"), [this](wxWindow* parent) {
        candidates_ = new CandidatesView(parent, workspace_, [this](int64_t candidateId) {
            interviewView()->startInterviewFor(candidateId);
        });
        return adopt(candidates_);
    });
    interviewsPage_ = addLazyPage(_("Interview"), [this](wxWindow* parent) {
        interviews_ = new InterviewView(parent, workspace_, settings_);
        return adopt(interviews_);
    });
    comparePage_ = addLazyPage(_("Compare"), [this](wxWindow* parent) {
        compare_ = new CompareView(parent, workspace_, &settings_);
        return adopt(compare_);
    });
}

void MainFrame::showContentStatus()
{
    wxString status = wxString::Format(_("Loaded %s from %s"), fromUtf8(summarize(loaded_->content)),
                                       fromUtf8(contentDir_.string()));
    if (!loaded_->ok())
        status += wxString::Format(wxPLURAL(" (%zu problem, see the list shown when it loaded)",
                                            " (%zu problems, see the list shown when it loaded)",
                                            loaded_->diagnostics.size()),
                                   loaded_->diagnostics.size());
    SetStatusText(status, 1);
}

LazyPage* MainFrame::addLazyPage(const wxString& label, LazyPage::Build build)
{
    auto* page = new LazyPage(notebook_, std::move(build));
    notebook_->AddPage(page, label);
    return page;
}

template <typename ViewType>
ViewType* MainFrame::adopt(ViewType* view)
{
    // Built from the database open now (its constructor reads it), so not stale.
    views_.push_back(view);
    return view;
}

PostingsView* MainFrame::postingsView()
{
    joinPendingDatabase();
    postingsPage_->view();
    return postings_;
}

CandidatesView* MainFrame::candidatesView()
{
    joinPendingDatabase();
    candidatesPage_->view();
    return candidates_;
}

InterviewView* MainFrame::interviewView()
{
    joinPendingDatabase();
    interviewsPage_->view();
    return interviews_;
}

CompareView* MainFrame::compareView()
{
    joinPendingDatabase();
    comparePage_->view();
    return compare_;
}

bool MainFrame::viewsCanClose()
{
    for (View* view : views_)
        if (!view->canClose())
            return false;
    return true;
}

void MainFrame::reloadViews()
{
    const wxWindow* shown = viewOnPage(notebook_->GetCurrentPage());
    for (View* view : views_) {
        if (view->reloadOnlyWhenShown() && dynamic_cast<wxWindow*>(view) != shown) {
            view->forgetUntilShown();
            stale_.insert(view);
            readAt_.erase(view);
            continue;
        }
        stale_.erase(view);
        view->reload();
        noteRead(view);
    }
}

void MainFrame::freshen(View* view)
{
    if (!view)
        return;
    if (stale_.erase(view)) {
        view->reload();
    }
    else {
        // Written since the view last read (an interview submitted, a
        // candidate added on another page, amhire-cli): read again, so a
        // page never shows what is no longer so.
        const auto read = readAt_.find(view);
        const auto now = changeStamp();
        if (read != readAt_.end() && now && *now != read->second)
            view->refresh();
    }
    noteRead(view);
}

std::optional<ChangeStamp> MainFrame::changeStamp()
{
    if (!workspace_.hasStorage())
        return std::nullopt;
    try {
        return workspace_.storage().changeStamp();
    }
    catch (const std::exception&) {
        return std::nullopt; // the view keeps what it shows; the next read reports the problem
    }
}

void MainFrame::noteRead(View* view)
{
    if (const auto now = changeStamp())
        readAt_[view] = *now;
    else
        readAt_.erase(view);
}

void MainFrame::followCurrentOpening(View* view)
{
    const int64_t openingId = workspace_.currentOpening();
    if (!view || !openingId)
        return;
    if (view == candidates_ && candidates_->currentOpeningId() != openingId)
        candidates_->selectOpening(openingId);
    else if (view == compare_ && compare_->currentOpeningId() != openingId)
        compare_->selectOpening(openingId);
}

void MainFrame::showComparison(int64_t openingId)
{
    joinPendingDatabase(); // which chooses the opening last chosen in it
    // A view built now reads this one first, and only this one (a
    // comparison of thousands of candidates is not read twice).
    workspace_.setCurrentOpening(openingId);
    const bool buildingNow = !comparePage_->built();
    CompareView* compare = compareView();
    bringPageForward(compare);
    freshen(compare);
    if (!buildingNow || compare->currentOpeningId() != openingId)
        compare->selectOpening(openingId);
}

void MainFrame::onQuit(wxCommandEvent&) { Close(); }

wxAboutDialogInfo MainFrame::aboutInfo() const
{
    wxAboutDialogInfo info;
    info.SetName("amhire");
    info.SetVersion(AMHIRE_VERSION);
    info.SetIcon(appIcons().GetIcon(64));
    // What is in use and what runs it: what a question or a bug report needs.
    wxString description = _("Hire Account Managers with structured postings, interviews and comparisons.");
    description += "\n\n" + wxString::Format(_("Content: %s"), fromUtf8(contentDir_.string()));
    description +=
        "\n" + (workspace_.hasStorage()
                    ? wxString::Format(_("Database: %s"), fromUtf8(workspace_.databasePath().string()))
                    : wxString(_("No database open")));
    description += "\n\n" + wxGetLibraryVersionInfo().GetVersionString() + ", " + fromUtf8(libraryVersions());
    info.SetDescription(description);
    return info;
}

void MainFrame::onAbout(wxCommandEvent&)
{
    wxAboutBox(aboutInfo(), this);
}

void MainFrame::onClose(wxCloseEvent& event)
{
    // An interview still writing its last changes keeps the window open
    // unless the user chooses otherwise (InterviewScreen::close asks).
    if (event.CanVeto() && !viewsCanClose()) {
        event.Veto();
        return;
    }
    settings_.saveGeometry(*this, "Main");
    rememberCurrentOpening();
    settings_.flush();
    event.Skip();
}

}  // namespace amhire::app
