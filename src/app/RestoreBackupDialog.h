#pragma once

#include <filesystem>
#include <vector>

#include <wx/dialog.h>

#include "core/storage/Backups.h"

class wxListCtrl;
class wxWindow;

namespace amhire::app {

class Workspace;

// File > Restore from Backup…: lets the user pick one of the open database's
// automatic backups (core/storage/Backups.h), confirms, restores it and
// reopens the database through the workspace. Returns true when a backup was
// restored; the caller then reloads its views and title. On failure the
// original database is reopened, so the window stays usable.
bool restoreFromBackup(wxWindow* parent, Workspace& workspace);
// The same for a database that need not be open: the one that just failed to
// open as damaged (StorageErrorKind::Corrupt), say. On success it is opened.
// The path is a copy: the workspace forgets its own when it closes the file.
bool restoreFromBackup(wxWindow* parent, Workspace& workspace, std::filesystem::path database);

// What a restore is doing after `stepsDone` of its steps (RestoreStep), as
// its progress dialog says it.
wxString restoreStepName(std::size_t stepsDone);

// The list of backups, newest first, with when each was taken and its size.
class RestoreBackupDialog : public wxDialog {
  public:
    RestoreBackupDialog(wxWindow* parent, std::vector<DatabaseBackup> backups);

    // The backup chosen, or nullptr when none is selected.
    const DatabaseBackup* selected() const;
    wxListCtrl* list() const { return list_; }

  private:
    std::vector<DatabaseBackup> backups_;
    wxListCtrl* list_ = nullptr;
};

} // namespace amhire::app
