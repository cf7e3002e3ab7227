#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include "GuiFixture.h"
#include "app/CandidatesView.h"
#include "app/LazyPage.h"
#include "app/Workspace.h"
#include "core/storage/DemoData.h"

using namespace amhire;
using namespace std::chrono_literals;

namespace {

// Opens `path` on another thread as the app does at start-up, after `delay`
// (a large file's check, in short).
std::future<std::unique_ptr<Storage>> openLater(const std::filesystem::path& path, OpenMode mode,
                                                std::chrono::milliseconds delay)
{
    return std::async(std::launch::async, [path, mode, delay] {
        std::this_thread::sleep_for(delay);
        return app::Workspace::openStorage(path, mode);
    });
}

}  // namespace

TEST_CASE("the window comes up before its database is checked, and takes it when it is ready", "[gui][startup]")
{
    test::GuiFixture fixture(false);
    const std::filesystem::path path = fixture.dir.path() / "hiring.db";
    {
        auto storage = app::Workspace::openStorage(path, OpenMode::CreateIfMissing);
        DemoDataOptions options;
        options.candidates = 3;
        options.scorecard = {{"retention", "Retention record", 2.0, std::nullopt}};
        generateDemoData(*storage, options);
    }
    const wxString name = wxString::FromUTF8(path.string());
    fixture.frame->openDatabaseWhenReady(name, openLater(path, OpenMode::ExistingOnly, 300ms));
    CHECK(fixture.frame->databasePending());
    CHECK_FALSE(fixture.workspace.hasStorage());
    CHECK(fixture.frame->GetTitle().Contains(name));
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).Contains("Checking"));
    test::pumpEvents();
    CHECK(fixture.frame->databasePending());  // the window was not held back

    SECTION("joined when it is ready")
    {
        fixture.frame->joinPendingDatabase();
        CHECK_FALSE(fixture.frame->databasePending());
        REQUIRE(fixture.workspace.hasStorage());
        CHECK(fixture.workspace.databasePath() == path);
    }
    SECTION("a view that needs it joins it at once")
    {
        wxNotebook* pages = fixture.frame->notebook();
        pages->SetSelection(2);  // Candidates
        test::pumpEvents();
        CHECK_FALSE(fixture.frame->databasePending());
        REQUIRE(fixture.workspace.hasStorage());
        CHECK(fixture.frame->candidatesView()->currentOpeningId() != 0);
    }
    SECTION("opening another database drops it")
    {
        const wxString other = wxString::FromUTF8((fixture.dir.path() / "other.db").string());
        REQUIRE(fixture.frame->openDatabase(other, true));
        CHECK_FALSE(fixture.frame->databasePending());
        CHECK(fixture.workspace.databasePath() == fixture.dir.path() / "other.db");
    }
}

TEST_CASE("a database whose check ended before the window took it is joined at the next turn of the loop",
          "[gui][startup]")
{
    test::GuiFixture fixture(false);
    const std::filesystem::path path = fixture.dir.path() / "quick.db";
    auto opening = openLater(path, OpenMode::CreateIfMissing, 0ms);
    opening.wait();
    fixture.frame->openDatabaseWhenReady(wxString::FromUTF8(path.string()), std::move(opening));
    test::pumpEvents();
    CHECK_FALSE(fixture.frame->databasePending());
    REQUIRE(fixture.workspace.hasStorage());
    CHECK(fixture.workspace.databasePath() == path);
}

TEST_CASE("a database that fails its check at start-up is reported once the window is up", "[gui][startup]")
{
    test::GuiFixture fixture(false);
    const std::filesystem::path missing = fixture.dir.path() / "gone.db";
    fixture.frame->openDatabaseWhenReady(wxString::FromUTF8(missing.string()),
                                         openLater(missing, OpenMode::ExistingOnly, 0ms));
    wxTEST_DIALOG(fixture.frame->joinPendingDatabase(), wxExpectModal<wxMessageDialog>(wxID_OK));
    CHECK_FALSE(fixture.frame->databasePending());
    CHECK_FALSE(fixture.workspace.hasStorage());
    CHECK(fixture.frame->GetTitle().Contains("no database open"));
}
