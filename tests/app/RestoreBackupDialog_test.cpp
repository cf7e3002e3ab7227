#include <catch2/catch.hpp>

#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include <future>
#include <thread>

#include "GuiFixture.h"
#include "ProgressWatcher.h"
#include "app/RestoreBackupDialog.h"
#include "core/storage/BackupLock.h"
#include "core/storage/SqliteStorage.h"

using namespace amhire;
using namespace amhire::test;

namespace {

// Accepts the restore dialog as it opens, with the newest backup chosen.
class AcceptNewestBackup : public wxExpectModalBase<app::RestoreBackupDialog> {
  protected:
    int OnInvoked(app::RestoreBackupDialog* dialog) const override
    {
        CHECK(dialog->selected());
        return wxID_OK;
    }
};

} // namespace

TEST_CASE("opening a database in the workspace takes a backup of it", "[gui][backup]")
{
    GuiFixture fixture;
    const auto database = fixture.workspace.databasePath();
    CHECK(fixture.workspace.backupProblem().empty());
    REQUIRE(listBackups(database).size() == 1);
    Candidate candidate;
    candidate.name = "Ada Backed-Up";
    fixture.workspace.storage().candidates().add(candidate, "tester");
    // Reopening the same file keeps the lock. Its backup is due, and starts
    // once the window is up (the frame's first timer tick), not while it opens.
    REQUIRE(fixture.frame->openDatabase(wxString::FromUTF8(database.string()), false));
    CHECK_FALSE(fixture.workspace.finishedBackupProblem().has_value());
    CHECK(listBackups(database).size() == 1);
    CHECK(fixture.workspace.backupProblem().empty()); // starts it and waits for its own thread
    CHECK(listBackups(database).size() == 2);
}

TEST_CASE("a second workspace on the same database is told it is in use", "[gui][instance]")
{
    GuiFixture fixture;
    app::Workspace second(bundledContent().content);
    try {
        second.openDatabase(fixture.workspace.databasePath(), OpenMode::ExistingOnly);
        FAIL("two workspaces opened the same database");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Locked);
        CHECK_THAT(error.what(), Catch::Contains("already open in another amhire window"));
    }
    CHECK_FALSE(second.hasStorage());
    fixture.workspace.closeDatabase(); // closing lets the other one in
    CHECK_NOTHROW(second.openDatabase(fixture.dir / "amhire.db", OpenMode::ExistingOnly));
}

TEST_CASE("the restore dialog lists backups newest first with time and size", "[gui][backup]")
{
    GuiFixture fixture;
    REQUIRE(fixture.workspace.backupProblem().empty()); // the one taken on opening
    Candidate candidate;
    candidate.name = "Bo Changed";
    fixture.workspace.storage().candidates().add(candidate, "tester");
    auto& database = dynamic_cast<SqliteStorage&>(fixture.workspace.storage()).database();
    REQUIRE(takeBackup(database));
    const auto backups = listBackups(fixture.workspace.databasePath());
    REQUIRE(backups.size() == 2);

    app::RestoreBackupDialog dialog(fixture.frame, backups);
    REQUIRE(dialog.list()->GetItemCount() == 2);
    CHECK(dialog.list()->GetItemText(0, 2) == wxString::FromUTF8(backups[0].path.filename().string()));
    CHECK(dialog.list()->GetItemText(0, 0).StartsWith("20")); // a date, in local time
    CHECK_FALSE(dialog.list()->GetItemText(0, 1).empty());
    // The whole file name can be read, and the list is as wide as its columns.
    int columnsWidth = 0;
    for (int column = 0; column < 3; ++column)
        columnsWidth += dialog.list()->GetColumnWidth(column);
    CHECK(dialog.list()->GetColumnWidth(2) >
          dialog.list()->GetTextExtent(dialog.list()->GetItemText(0, 2)).x);
    CHECK(dialog.list()->GetMinSize().x >= columnsWidth);
    REQUIRE(dialog.selected());
    CHECK(dialog.selected()->path == backups[0].path); // the newest is preselected
}

TEST_CASE("restoring from the window brings the backup back and reopens the file", "[gui][backup]")
{
    GuiFixture fixture;
    REQUIRE(fixture.workspace.backupProblem().empty()); // taken on opening: no candidates
    Candidate candidate;
    candidate.name = "Cy Set-Aside";
    fixture.workspace.storage().candidates().add(candidate, "tester");
    REQUIRE(listBackups(fixture.workspace.databasePath()).size() == 1);

    // File > Restore from Backup..., as the user picks it.
    const int restoreId = fixture.frame->GetMenuBar()->FindMenuItem(_("File"), _("Restore from Backup..."));
    REQUIRE(restoreId != wxNOT_FOUND);
    wxCommandEvent pick(wxEVT_MENU, restoreId);
    wxTEST_DIALOG(fixture.frame->GetEventHandler()->ProcessEvent(pick), AcceptNewestBackup(),
                  wxExpectModal<wxMessageDialog>(wxID_YES));
    pumpEvents();
    INFO(fixture.frame->GetStatusBar()->GetStatusText(0).utf8_string());
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).StartsWith("Restored "));
    REQUIRE(fixture.workspace.hasStorage());
    pumpEvents();
    saveScreenshot(fixture.frame, "restored-from-backup");
    CHECK(fixture.workspace.storage().candidates().list().empty());
    // The file as it was is kept as a backup of its own, and can come back;
    // the restored file is not copied again (it is a backup already).
    CHECK(fixture.workspace.backupProblem().empty());
    CHECK(listBackups(fixture.workspace.databasePath()).size() == 2);
}

TEST_CASE("a restore waiting for a backup under way says so in its progress", "[gui][backup]")
{
    GuiFixture fixture;
    REQUIRE(fixture.workspace.backupProblem().empty()); // waits for the backup taken on opening
    REQUIRE(listBackups(fixture.workspace.databasePath()).size() == 1);
    // Another backup of the file is being written (by another window, say) for a second.
    std::promise<void> holding;
    std::thread backupUnderWay([&, database = fixture.workspace.databasePath()] {
        const BackupLock lock = BackupLock::acquire(database);
        holding.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    });
    holding.get_future().wait();
    ProgressWatcher watcher;
    const int restoreId = fixture.frame->GetMenuBar()->FindMenuItem(_("File"), _("Restore from Backup..."));
    wxCommandEvent pick(wxEVT_MENU, restoreId);
    wxTEST_DIALOG(fixture.frame->GetEventHandler()->ProcessEvent(pick), AcceptNewestBackup(),
                  wxExpectModal<wxMessageDialog>(wxID_YES));
    backupUnderWay.join();
    pumpEvents();
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).StartsWith("Restored "));
    CHECK(watcher.said.count(
              "Restoring the backup: waiting for any backup of this database under way to finish (2 of 6)") ==
          1);
}
