// File > Reload Content: MainFrame's pages rebuilt over the content folder
// read again, taking up what each page was showing.

#include <optional>

#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/utils.h>

#include "app/ContentBrowser.h"
#include "app/ContentChangeBar.h"
#include "app/DiagnosticsDialog.h"
#include "app/HtmlText.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/MainFrame.h"
#include "app/Workspace.h"
#include "core/content/ContentStats.h"
#include "core/posting/GenderCodedWords.h"

namespace amhire::app {

namespace {

// What the user had in front of them on each page built so far. A page not
// built yet has nothing to take up: it is built over the new content when
// first shown, as before. The Postings form needs nothing here: it keeps its
// draft in the settings as it goes (PostingDraft), and its view saves the
// last keystrokes as it is destroyed. Nor do the chosen openings: Candidates
// and Compare start on the workspace's current opening when built.
struct PagesInUse {
    int page = 0;
    std::string contentItem;          // the Content page's chosen item (ContentBrowser::chosenItemKey)
    std::optional<int64_t> interview; // open on the Interview page
};

} // namespace

bool MainFrame::reloadContent()
{
    // An interview's last keystrokes go to disk before its screen goes.
    if (!viewsCanClose()) {
        SetStatusText(_("Content not reloaded: the open interview could not be saved."), 0);
        return false;
    }
    // Before reading: an edit saved during the load is then still news.
    const ContentStamp stamp = stampContent(contentDir_);
    auto fresh = std::make_unique<ContentLoadResult>(loadContent(contentDir_));
    GenderCodedWords words = loadGenderCodedWords(genderCodedWordsFile(contentDir_), fresh->diagnostics);
    if (!fresh->diagnostics.empty()) {
        DiagnosticsDialog problems(this, fresh->diagnostics, DiagnosticsDialog::When::OnReload);
        if (problems.ShowModal() != wxID_OK) {
            contentChanges_->keptOver(stamp);
            SetStatusText(_("Content not reloaded: the content loaded before is still in use."), 0);
            return false;
        }
    }

    // Rebuilding reads the database again (a comparison of thousands of
    // candidates takes a moment).
    wxBusyCursor busy;
    PagesInUse inUse;
    inUse.page = notebook_->GetSelection();
    if (browser_)
        inUse.contentItem = browser_->chosenItemKey();
    if (interviews_ && interviews_->showingInterview())
        inUse.interview = interviews_->screen()->live().interview().id;

    // Every view holds pointers into the content it was built over: all go
    // before that content does. The pages stay, with their sizes.
    views_.clear();
    stale_.clear();
    readAt_.clear();
    browser_ = nullptr;
    postings_ = nullptr;
    candidates_ = nullptr;
    interviews_ = nullptr;
    compare_ = nullptr;
    for (LazyPage* page : {contentPage_, postingsPage_, candidatesPage_, interviewsPage_, comparePage_})
        page->forget();
    workspace_.useContent(fresh->content, std::move(words));
    loaded_ = fresh.get();
    reloaded_ = std::move(fresh);
    contentChanges_->loaded(stamp);

    contentBrowser()->selectByKey(inUse.contentItem);
    if (inUse.interview)
        interviewView()->resume(*inUse.interview);
    if (inUse.page != wxNOT_FOUND)
        notebook_->SetSelection(static_cast<size_t>(inUse.page));
    // Built now if it was not (no page change is sent for the page on screen).
    freshen(dynamic_cast<View*>(viewOnPage(notebook_->GetCurrentPage())));

    showContentStatus();
    SetStatusText(wxString::Format(_("Content reloaded: %s."), fromUtf8(summarize(loaded_->content))), 0);
    return true;
}

} // namespace amhire::app
