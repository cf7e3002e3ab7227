#include "app/RestoreBackupDialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/ErrorReporting.h"
#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/LocalTime.h"
#include "app/ProgressWait.h"
#include "app/Workspace.h"

namespace amhire::app {

RestoreBackupDialog::RestoreBackupDialog(wxWindow* parent, std::vector<DatabaseBackup> backups)
    : wxDialog(parent, wxID_ANY, _("Restore from Backup"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      backups_(std::move(backups))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro =
        new wxStaticText(this, wxID_ANY,
                         _("amhire backs up the database each time it is opened. Choose the copy to go "
                           "back to; the current file is backed up first, so this can be undone."));
    intro->Wrap(FromDIP(520));
    sizer->Add(intro, 0, wxALL | wxEXPAND, FromDIP(10));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 260)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Taken"), wxLIST_FORMAT_LEFT, FromDIP(180));
    list_->AppendColumn(_("Size"), wxLIST_FORMAT_RIGHT, FromDIP(100));
    list_->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(220));
    for (size_t i = 0; i < backups_.size(); ++i) {
        const long row = list_->InsertItem(static_cast<long>(i), localTime(backups_[i].takenAt));
        list_->SetItem(row, 1, wxFileName::GetHumanReadableSize(wxULongLong(backups_[i].size)));
        list_->SetItem(row, 2, fromUtf8(backups_[i].path.filename().string()));
    }
    // The whole file name shown, and the list as wide as its columns.
    if (!backups_.empty())
        list_->SetColumnWidth(2, wxLIST_AUTOSIZE);
    int columnsWidth = 0;
    for (int column = 0; column < list_->GetColumnCount(); ++column)
        columnsWidth += list_->GetColumnWidth(column);
    list_->SetMinSize(wxSize(std::max(FromDIP(520), columnsWidth + FromDIP(24)), FromDIP(260)));
    if (!backups_.empty())
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    sizer->Add(list_, 1, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK)))
        ok->SetLabel(_("&Restore..."));
    sizer->Add(buttons, 0, wxALL | wxEXPAND, FromDIP(10));
    SetSizerAndFit(sizer);
    // Enter or a double click on a row restores it, as OK would.
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { EndModal(wxID_OK); });
    list_->SetFocus();
}

const DatabaseBackup* RestoreBackupDialog::selected() const
{
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<size_t>(row) >= backups_.size())
        return nullptr;
    return &backups_[static_cast<size_t>(row)];
}

wxString restoreStepName(std::size_t stepsDone)
{
    switch (static_cast<RestoreStep>(stepsDone)) {
    case RestoreStep::CheckBackup:
        return _("checking the backup");
    case RestoreStep::LockDatabase:
        return _("waiting for any backup of this database under way to finish");
    case RestoreStep::SafetyCopy:
        return _("backing up the file as it is now");
    case RestoreStep::Copy:
        return _("copying the backup");
    case RestoreStep::CheckCopy:
        return _("checking the copy");
    case RestoreStep::PutInPlace:
        return _("putting the copy in place");
    }
    return {};
}

bool restoreFromBackup(wxWindow* parent, Workspace& workspace)
{
    if (!workspace.hasStorage()) {
        wxMessageBox(_("Open a database first: backups belong to a database."), _("Restore from Backup"),
                     wxOK | wxICON_INFORMATION, parent);
        return false;
    }
    return restoreFromBackup(parent, workspace, workspace.databasePath());
}

bool restoreFromBackup(wxWindow* parent, Workspace& workspace, std::filesystem::path database)
{
    auto backups = listBackups(database);
    if (backups.empty()) {
        wxMessageBox(wxString::Format(_("There are no backups of this database yet in %s."),
                                      fromUtf8(backupFolderFor(database).string())),
                     _("Restore from Backup"), wxOK | wxICON_INFORMATION, parent);
        return false;
    }
    RestoreBackupDialog dialog(parent, std::move(backups));
    if (dialog.ShowModal() != wxID_OK || !dialog.selected())
        return false;
    const DatabaseBackup chosen = *dialog.selected();
    wxMessageDialog confirm(
        parent,
        wxString::Format(_("Replace %s with the backup taken %s?\n\nEverything saved since "
                           "then is set aside: the current file is backed up first and "
                           "can itself be restored later."),
                         fromUtf8(database.string()), localTime(chosen.takenAt)),
        _("Restore from Backup"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels(_("&Restore"), _("&Cancel"));
    if (confirm.ShowModal() != wxID_YES)
        return false;

    bool restored = false;
    {
        wxBusyCursor busy;
        std::error_code ec;
        const bool wasOpen =
            workspace.hasStorage() && std::filesystem::equivalent(workspace.databasePath(), database, ec);
        if (wasOpen)
            workspace.closeDatabase(); // restoring needs the file closed and unlocked
        try {
            // A copy, a check of every page and a safety copy: seconds for a
            // large file, and it may first wait for a backup still running.
            runWithProgress(
                parent, _("Restore from Backup"), _("Restoring the backup"),
                [&](const StepProgress& progress) { restoreBackup(database, chosen.path, progress); },
                std::chrono::milliseconds(400), restoreStepName);
            restored = true;
        }
        catch (const std::exception& e) {
            showError(parent, _("The backup could not be restored"), e);
        }
        // The restored file becomes the open one; after a failure, the one
        // that was open comes back so the window stays usable.
        if (restored || wasOpen) {
            try {
                std::unique_ptr<Storage> reopened;
                runWithoutFreezing(
                    [&] { reopened = Workspace::openStorage(database, OpenMode::ExistingOnly); });
                workspace.useDatabase(database, std::move(reopened), Workspace::BackupOnOpen::Skip);
            }
            catch (const std::exception& e) {
                showError(parent, _("The database could not be reopened"), e);
            }
        }
    }
    return restored;
}

} // namespace amhire::app
