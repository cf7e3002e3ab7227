// A database file dropped on the main window (from a file manager).
#include <catch2/catch.hpp>

#include <fstream>

#include <wx/dnd.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include "GuiFixture.h"

using namespace amhire;

namespace {

// What GTK calls when files are let go over the window.
bool drop(app::MainFrame* frame, const std::vector<wxString>& files)
{
    auto* target = dynamic_cast<wxFileDropTarget*>(frame->GetDropTarget());
    REQUIRE(target);
    wxArrayString paths;
    for (const wxString& file : files)
        paths.Add(file);
    const bool taken = target->OnDropFiles(10, 10, paths);
    test::pumpEvents();
    return taken;
}

wxString openPath(const test::GuiFixture& fixture)
{
    return wxString::FromUTF8(fixture.workspace.databasePath().string());
}

} // namespace

TEST_CASE("A database dropped on the window is opened", "[gui][drop]")
{
    test::GuiFixture fixture;
    const wxString second = wxString::FromUTF8((fixture.dir / "second.db").string());
    REQUIRE(fixture.frame->openDatabase(second, true));
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));

    CHECK(drop(fixture.frame, {second}));
    CHECK(openPath(fixture) == second);
    CHECK(fixture.frame->GetTitle().StartsWith(second));

    CHECK(drop(fixture.frame, {second}));
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).Contains("already open"));
}

TEST_CASE("Dropping what is not one database opens nothing and says what would", "[gui][drop]")
{
    test::GuiFixture fixture;
    const wxString open = openPath(fixture);
    const wxString second = wxString::FromUTF8((fixture.dir / "second.db").string());
    const wxString csv = wxString::FromUTF8((fixture.dir / "people.csv").string());

    CHECK_FALSE(drop(fixture.frame, {csv}));
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).Contains("Candidates"));
    CHECK_FALSE(drop(fixture.frame, {second, fixture.databasePath()}));
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).StartsWith("Drop one amhire database"));
    CHECK_FALSE(drop(fixture.frame, {wxString::FromUTF8((fixture.dir / "notes.txt").string())}));
    CHECK(openPath(fixture) == open);

    // A file named like a database that is not one: the error is shown and
    // the database in use stays.
    const auto notDatabase = fixture.dir / "notes.db";
    std::ofstream(notDatabase) << "not a database\n";
    wxTEST_DIALOG(CHECK(drop(fixture.frame, {wxString::FromUTF8(notDatabase.string())})),
                  wxExpectModal<wxMessageDialog>(wxID_OK));
    CHECK(openPath(fixture) == open);
}
