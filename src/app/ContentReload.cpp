// File > Reload Content: MainFrame's pages rebuilt over the content folder
// read again, taking up what each page was showing; and File > Open Content
// Folder, the same over another folder.

#include <optional>
#include <system_error>

#include <wx/dirdlg.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "app/ContentBrowser.h"
#include "app/ContentChangeBar.h"
#include "app/DiagnosticsDialog.h"
#include "app/HtmlText.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/MainFrame.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/content/ContentLocator.h"
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
            contentChanges_->keptOver(contentDir_, stamp);
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
    contentChanges_->loaded(contentDir_, stamp);

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

bool MainFrame::useContentFolder(const std::filesystem::path& dir)
{
    const std::filesystem::path inUse = contentDir_;
    contentDir_ = dir;
    if (!reloadContent()) {
        contentDir_ = inUse;
        return false;
    }
    bundledInUse_ = isBundledContent(dir);
    // The bundled folder is remembered as none: a newer build's is then used.
    settings_.setContentFolder(bundledInUse_ ? wxString() : fromUtf8(dir.string()));
    return true;
}

const std::filesystem::path& MainFrame::bundledContentDir()
{
    // Where the program is does not change while it runs.
    static const std::filesystem::path dir =
        findContentDir(std::nullopt, toUtf8(wxStandardPaths::Get().GetExecutablePath()));
    return dir;
}

bool MainFrame::isBundledContent(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::equivalent(dir, bundledContentDir(), ec);
}

void MainFrame::onOpenContentFolder(wxCommandEvent&)
{
    wxDirDialog dialog(this, _("Open Content Folder (with rubrics, questionbank and templates)"),
                       fromUtf8(contentDir_.string()), wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        useContentFolder(toUtf8(dialog.GetPath()));
}

} // namespace amhire::app
