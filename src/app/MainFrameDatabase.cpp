// MainFrame's database: opening, creating, restoring, the one opened at
// start-up, the recent list, and the opening last chosen in each.
#include <wx/filedlg.h>
#include <wx/filefn.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include "app/ErrorReporting.h"
#include "app/FileDrop.h"
#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/MainFrame.h"
#include "app/PendingDatabase.h"
#include "app/RestoreBackupDialog.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/storage/Backups.h"
#include "core/storage/StorageError.h"

namespace amhire::app {

namespace {
const wxString kDatabaseWildcard = _("amhire databases (*.db)|*.db|All files (*)|*");
}

bool MainFrame::openDatabase(const wxString& path, bool create)
{
    if (pending_) { // the user's choice wins over the one opened at start-up
        pending_->wait();
        pending_.reset();
    }
    const OpenMode mode = create ? OpenMode::CreateIfMissing : OpenMode::ExistingOnly;
    return openDatabase(path, [&] { return Workspace::openStorage(toUtf8(path), mode); });
}

bool MainFrame::openDatabase(const wxString& path, const std::function<std::unique_ptr<Storage>()>& open)
{
    if (!viewsCanClose())
        return false;
    rememberCurrentOpening(); // of the database open until now
    try {
        wxBusyCursor busy;
        // Checking every page of a large file takes a good part of a second:
        // the window goes on painting meanwhile.
        std::unique_ptr<Storage> opened;
        runWithoutFreezing([&] { opened = open(); });
        workspace_.useDatabase(toUtf8(path), std::move(opened));
    }
    catch (const StorageError& e) {
        if (e.kind() != StorageErrorKind::Corrupt || listBackups(toUtf8(path)).empty()) {
            showError(this, _("The database could not be opened"), e);
            return false;
        }
        // A damaged file with backups beside it: offer the way back.
        wxMessageDialog ask(this, describeException(e), _("The database could not be opened"),
                            wxYES_NO | wxICON_ERROR);
        ask.SetExtendedMessage(_("amhire keeps automatic backups of this database. Restore one now?"));
        ask.SetYesNoLabels(_("&Restore from Backup..."), _("&Cancel"));
        if (ask.ShowModal() != wxID_YES || !restoreFromBackup(this, workspace_, toUtf8(path)))
            return false;
    }
    catch (const std::exception& e) {
        showError(this, _("The database could not be opened"), e);
        return false;
    }
    history_->AddFileToHistory(path);
    settings_.saveFileHistory(*history_);
    settings_.setLastDatabase(path);
    workspace_.setCurrentOpening(settings_.lastOpening(fromUtf8(workspace_.databasePath().string())));
    updateTitle();
    reloadViews();
    wxLogStatus(this, _("Opened %s"), path);
    // The backup starts at the first tick, once the window is up, and runs on
    // its own thread; its outcome is shown when known.
    backupWatch_.Start(250);
    return true;
}

void MainFrame::openDatabaseWhenReady(const wxString& path, std::future<std::unique_ptr<Storage>> opening)
{
    pending_ = std::make_unique<PendingDatabase>(path, std::move(opening));
    SetTitle(wxString::Format("%s - amhire", path));
    SetStatusText(wxString::Format(_("Checking %s..."), path), 0);
    // Its word that it was ready may have come and gone before it was ours
    // (a modal dialog at start-up runs the event loop).
    if (pending_->ready())
        CallAfter([this] { joinPendingDatabase(); });
}

void MainFrame::joinPendingDatabase()
{
    if (!pending_)
        return;
    const std::unique_ptr<PendingDatabase> pending = std::move(pending_);
    if (!openDatabase(pending->path(), [&pending] { return pending->get(); })) {
        updateTitle();
        SetStatusText(wxString(), 0);
    }
}

void MainFrame::acceptDroppedDatabases()
{
    SetDropTarget(new FileDrop([this](const wxArrayString& paths) { return openDroppedFiles(paths); }));
}

bool MainFrame::openDroppedFiles(const wxArrayString& paths)
{
    const wxFileName file(paths.empty() ? wxString() : paths[0]);
    const wxString ext = file.GetExt().Lower();
    if (paths.size() == 1 && ext == "csv") {
        wxLogStatus(this, _("To import candidates, drop the CSV file on the list of the Candidates page."));
        return false;
    }
    if (paths.size() != 1 || (ext != "db" && ext != "sqlite" && ext != "sqlite3")) {
        wxLogStatus(this, _("Drop one amhire database (.db) to open it."));
        return false;
    }
    if (workspace_.hasStorage() && wxFileName(fromUtf8(workspace_.databasePath().string())).SameAs(file)) {
        wxLogStatus(this, _("%s is the database already open."), paths[0]);
        return true;
    }
    // After the drop has ended: opening may ask questions in dialogs.
    CallAfter([this, path = paths[0]] { openDatabase(path, false); });
    return true;
}

void MainFrame::updateTitle()
{
    if (workspace_.hasStorage())
        SetTitle(wxString::Format("%s - amhire", fromUtf8(workspace_.databasePath().string())));
    else
        SetTitle(_("amhire (no database open)"));
}

void MainFrame::onNewDatabase(wxCommandEvent&)
{
    wxFileDialog dialog(this, _("New Database"), wxString(), "amhire.db", kDatabaseWildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    if (wxFileExists(dialog.GetPath())) {
        // Never overwrite: a "new" database over an existing file would lose it.
        wxMessageBox(_("That file already exists. Choose a new name, or use Open Database to open it."),
                     _("New Database"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    openDatabase(dialog.GetPath(), true);
}

void MainFrame::onRestoreBackup(wxCommandEvent&)
{
    joinPendingDatabase();
    if (!workspace_.hasStorage() || !viewsCanClose())
        return;
    if (restoreFromBackup(this, workspace_)) {
        updateTitle();
        reloadViews();
        wxLogStatus(this, _("Restored %s from a backup"), fromUtf8(workspace_.databasePath().string()));
    }
}

void MainFrame::onOpenDatabase(wxCommandEvent&)
{
    wxFileDialog dialog(this, _("Open Database"), wxString(), wxString(), kDatabaseWildcard,
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openDatabase(dialog.GetPath(), false);
}

void MainFrame::onRecentDatabase(wxCommandEvent& event)
{
    const wxString path = history_->GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
    if (!openDatabase(path, false)) {
        history_->RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
        settings_.saveFileHistory(*history_);
    }
}

void MainFrame::rememberCurrentOpening()
{
    if (workspace_.hasStorage() && workspace_.currentOpening())
        settings_.setLastOpening(fromUtf8(workspace_.databasePath().string()), workspace_.currentOpening());
}

} // namespace amhire::app
