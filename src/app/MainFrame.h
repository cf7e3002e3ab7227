#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include <wx/aboutdlg.h>
#include <wx/arrstr.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include "core/content/ContentLoader.h"
#include "core/storage/Storage.h"

class wxNotebook;
class wxFileHistory;
class wxTextEntry;

namespace amhire {
class Storage;
}

namespace amhire::app {

class CandidatesView;
class ContentChangeBar;
class CompareView;
class InterviewView;
class LazyPage;
class PendingDatabase;
class PostingsView;
class ContentBrowser;
class Settings;
class View;
class Workspace;

// The main window: a notebook of views over one content set and one
// database, with the standard menus, recent databases and a status bar.
class MainFrame : public wxFrame {
public:
    MainFrame(const ContentLoadResult& content, const wxString& contentDir, Settings& settings, Workspace& workspace);
    ~MainFrame() override;

    // The views behind the pages, built on first use (see LazyPage).
    ContentBrowser* contentBrowser();
    CandidatesView* candidatesView();
    PostingsView* postingsView();
    InterviewView* interviewView();
    CompareView* compareView();
    // Brings the Compare page forward on an opening.
    void showComparison(int64_t openingId);
    wxNotebook* notebook() const { return notebook_; }
    Workspace& workspace() const { return workspace_; }

    // Opens (or creates) a database and shows it in every view; reports
    // failures in a dialog and keeps the current database. Returns success.
    bool openDatabase(const wxString& path, bool create);
    // The same with the file opened by `open` (e.g. the result of an opening
    // started on another thread); its StorageError is reported the same way.
    bool openDatabase(const wxString& path, const std::function<std::unique_ptr<Storage>()>& open);

    // Takes a database being opened on another thread (at start-up) and
    // shows it once ready, when joinPendingDatabase is called, instead of
    // holding the window back while the file is checked. Whatever needs the
    // database first (a view built, Restore from Backup) joins it then;
    // opening another database drops it. The caller calls joinPendingDatabase
    // when the opening ends; an opening already ended is joined at the next
    // turn of the event loop.
    void openDatabaseWhenReady(const wxString& path, std::future<std::unique_ptr<Storage>> opening);
    // Opens the pending database in the window, waiting for it a frame at a
    // time if need be; nothing when there is none.
    void joinPendingDatabase();
    bool databasePending() const { return pending_ != nullptr; }

    // File > Reload Content: reads the content folder again, for an author
    // who has edited its files, and rebuilds the pages over it, taking up
    // again what each built page was showing (the open interview, the
    // posting being written, the chosen openings). Work not yet on disk is
    // saved first; problems in the files are listed and the user chooses
    // whether to use what loaded. Returns whether the new content is in use.
    bool reloadContent();
    // File > Open Content Folder: the content of another folder (a team's
    // own templates, say) loaded as Reload Content loads it, and used from
    // the next start too. Returns whether it is in use; on problems the user
    // may keep the content in use, and the folder in use stays.
    bool useContentFolder(const std::filesystem::path& dir);
    // The folder the app finds its own content in (findContentDir).
    static const std::filesystem::path& bundledContentDir();
    static bool isBundledContent(const std::filesystem::path& dir);
    const std::filesystem::path& contentDir() const { return contentDir_; }
    bool bundledInUse() const { return bundledInUse_; }

    // The bar offering that Reload when the files change on disk; it looks
    // each time the window comes to the front.
    ContentChangeBar* contentChangeBar() const { return contentChanges_.get(); }

    // Help > About: the version, the content folder and database in use,
    // and the libraries' versions.
    wxAboutDialogInfo aboutInfo() const;

  private:
    // In MainMenus.cpp.
    void buildMenus();
    wxMenu* buildEditMenu();
    wxMenu* buildViewMenu();
    // The view of the page on screen, if it shows data from the database.
    View* shownView() const;
    // The text box in this window with the keyboard, if any.
    wxTextEntry* focusedTextEntry() const;
    bool canRunEditCommand(int id) const;
    void runEditCommand(int id);
    void updateTitle();
    // A database file dropped on the window (from a file manager) is opened.
    void acceptDroppedDatabases();
    bool openDroppedFiles(const wxArrayString& paths);
    // The notebook's pages, each building its view when first shown.
    void buildPages();
    void showContentStatus();
    void reloadViews();
    // Whether every view has its work on disk and the database may change or
    // the window close.
    bool viewsCanClose();
    LazyPage* addLazyPage(const wxString& label, std::function<wxWindow*(wxWindow*)> build);
    // Registers a built view for reloads and close checks.
    template <typename ViewType> ViewType* adopt(ViewType* view);
    // Brings a view shown again up to date: reloaded if it was left stale
    // while hidden, read again if the database was written since it read.
    void freshen(View* view);
    // The database's change stamp, if one is open and can be asked.
    std::optional<ChangeStamp> changeStamp();
    void noteRead(View* view);
    // Shows the opening last chosen on the Candidates or Compare page on the
    // other one, when it is brought forward.
    void followCurrentOpening(View* view);
    // The current opening of the open database, kept for its next opening.
    void rememberCurrentOpening();
    void onNewDatabase(wxCommandEvent& event);
    void onRestoreBackup(wxCommandEvent& event);
    void onOpenDatabase(wxCommandEvent& event);
    void onOpenContentFolder(wxCommandEvent& event);
    void onRecentDatabase(wxCommandEvent& event);
    void onQuit(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);

    const ContentLoadResult* loaded_;
    std::filesystem::path contentDir_;
    bool bundledInUse_ = false;                   // contentDir_ is bundledContentDir()
    std::unique_ptr<ContentLoadResult> reloaded_; // owns loaded_ after a Reload Content
    Settings& settings_;
    Workspace& workspace_;
    std::unique_ptr<wxFileHistory> history_;
    std::vector<View*> views_;
    std::set<View*> stale_;                    // reloadOnlyWhenShown views to reload when next shown
    std::map<View*, ChangeStamp> readAt_;      // how far the database had been written when each view read it
    wxTimer backupWatch_;                      // waits for the backup taken on opening, to report a failure
    std::unique_ptr<PendingDatabase> pending_; // see openDatabaseWhenReady
    wxNotebook* notebook_ = nullptr;
    std::unique_ptr<ContentChangeBar> contentChanges_; // its bar, once built, is a child window
    ContentBrowser* browser_ = nullptr;
    CandidatesView* candidates_ = nullptr;
    PostingsView* postings_ = nullptr;
    InterviewView* interviews_ = nullptr;
    CompareView* compare_ = nullptr;
    LazyPage* contentPage_ = nullptr;
    LazyPage* postingsPage_ = nullptr;
    LazyPage* candidatesPage_ = nullptr;
    LazyPage* interviewsPage_ = nullptr;
    LazyPage* comparePage_ = nullptr;
};

}  // namespace amhire::app
