#include <catch2/catch.hpp>

#include <thread>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "CompareViewFixture.h"
#include "GuiFixture.h"
#include "LayoutChecks.h"
#include "TestPaths.h"
#include "app/AppIcon.h"
#include "app/CandidateList.h"
#include "app/CandidatesView.h"
#include "app/CompareSidePanel.h"
#include "app/CompareToolbar.h"
#include "app/CompareView.h"
#include "app/ContentBrowser.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/MainFrame.h"
#include "app/RadarChartPanel.h"
#include "app/Settings.h"
#include "core/compare/Comparison.h"
#include "core/storage/DemoData.h"
#include "core/storage/SqliteStorage.h"

using namespace amhire;

namespace {
int countItems(wxTreeCtrl* tree, wxTreeItemId item)
{
    int n = 0;
    wxTreeItemIdValue cookie;
    for (auto child = tree->GetFirstChild(item, cookie); child.IsOk(); child = tree->GetNextChild(item, cookie))
        n += 1 + countItems(tree, child);
    return n;
}
}  // namespace

TEST_CASE("the main frame shows the bundled content in the browser tree", "[gui]")
{
    test::GuiFixture fixture;
    const ContentLoadResult& loaded = test::bundledContent();
    app::MainFrame* frame = fixture.frame;

    wxTreeCtrl* tree = frame->contentBrowser()->tree();
    const wxTreeItemId root = tree->GetRootItem();
    wxTreeItemIdValue cookie;
    wxTreeItemId rubrics = tree->GetFirstChild(root, cookie);
    REQUIRE(rubrics.IsOk());
    CHECK(tree->GetItemText(rubrics).StartsWith("Rubrics ("));
    wxTreeItemId bank = tree->GetNextChild(root, cookie);
    CHECK(tree->GetItemText(bank).StartsWith("Question bank ("));
    wxTreeItemId templates = tree->GetNextChild(root, cookie);
    CHECK(tree->GetItemText(templates).StartsWith("Templates ("));

    // Every competency, question and template has a node (plus group nodes).
    const auto& content = loaded.content;
    CHECK(countItems(tree, root) >= static_cast<int>(content.competencies().size() * 2 + content.questions().size() +
                                                     content.templates().size()));

    SECTION("selecting a competency shows its five anchors")
    {
        const Competency* negotiation = content.competency("negotiation");
        REQUIRE(negotiation);
        REQUIRE(frame->contentBrowser()->selectByLabel(wxString::FromUTF8(negotiation->name)));
        test::pumpEvents();
        const wxString page = frame->contentBrowser()->details()->ToText();
        for (int score = 1; score <= 5; ++score)
            CHECK(page.Contains(wxString::FromUTF8(negotiation->anchor(score)).Left(30)));
        test::saveScreenshot(frame, "content-browser-competency");
    }
    SECTION("selecting a question shows its probes and red flags")
    {
        const Question& q = content.questions().front();
        REQUIRE(frame->contentBrowser()->selectByLabel(wxString::FromUTF8(q.text)));
        test::pumpEvents();
        const wxString page = frame->contentBrowser()->details()->ToText();
        CHECK(page.Contains("Follow-up probes"));
        CHECK(page.Contains("Red flags"));
        test::saveScreenshot(frame, "content-browser-question");
    }
    SECTION("the title bar shows the database path")
    {
        CHECK(frame->GetTitle().StartsWith(fixture.databasePath()));
    }
    SECTION("the status bar says what was loaded")
    {
        CHECK(frame->GetStatusBar()->GetStatusText(1).Contains(
            wxString::Format("%zu competencies", content.competencies().size())));
    }
}

TEST_CASE("window geometry is remembered between runs", "[gui]")
{
    const ContentLoadResult& loaded = test::bundledContent();
    app::Settings settings(*wxConfigBase::Get());
    app::Workspace workspace(loaded.content);
    {
        auto* frame = new app::MainFrame(loaded, test::sourceDirName(), settings, workspace);
        frame->SetSize(wxRect(40, 50, 1010, 650));
        frame->Close(true);  // saves geometry
        test::pumpEvents();
    }
    {
        auto* again = new app::MainFrame(loaded, test::sourceDirName(), settings, workspace);
        test::WindowCloser closer{again};
        CHECK(again->GetSize() == wxSize(1010, 650));
    }
    // A size saved below the window's smallest (by an older version) opens at the smallest.
    wxConfigBase::Get()->Write("/Windows/Main/width", 500);
    wxConfigBase::Get()->Write("/Windows/Main/height", 300);
    auto* small = new app::MainFrame(loaded, test::sourceDirName(), settings, workspace);
    test::WindowCloser closer{small};
    CHECK(small->GetSize() == small->GetMinSize());
}

TEST_CASE("pages build their views when first shown, and hidden heavy views reload when shown again", "[gui]")
{
    test::GuiFixture fixture;
    DemoDataOptions options;
    options.candidates = 5;
    options.scorecard = {{"retention", "Retention record", 2.0, std::nullopt}};
    const auto summary = generateDemoData(fixture.workspace.storage(), options);
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    wxNotebook* pages = fixture.frame->notebook();
    REQUIRE(pages->GetSelection() == 0);  // the content browser

    // Only the page on screen has its view built.
    for (size_t page = 1; page < pages->GetPageCount(); ++page) {
        auto* lazy = dynamic_cast<app::LazyPage*>(pages->GetPage(page));
        REQUIRE(lazy != nullptr);
        CHECK_FALSE(lazy->built());
    }

    pages->SetSelection(2);  // Candidates, built on show with the database's opening
    test::pumpEvents();
    app::CandidatesView* candidates = fixture.frame->candidatesView();
    CHECK(candidates->GetParent() == pages->GetPage(2));
    CHECK(candidates->currentOpeningId() == summary.openingIds.at(0));
    CHECK_FALSE(dynamic_cast<app::LazyPage*>(pages->GetPage(4))->built());

    fixture.frame->showComparison(summary.openingIds.at(0));
    test::pumpEvents();
    app::CompareView* compare = fixture.frame->compareView();
    REQUIRE(compare->comparison() != nullptr);
    CHECK(compare->comparison()->candidateCount() == 5);
    CHECK(pages->GetCurrentPage() == compare->GetParent());

    // Another database opened while the comparison is hidden: it is not read
    // behind the page, and is when the page is shown again.
    pages->SetSelection(0);
    test::TempDir other;
    const wxString empty = wxString::FromUTF8((other.path() / "empty.db").string());
    REQUIRE(fixture.frame->openDatabase(empty, true));
    CHECK(compare->comparison() == nullptr);  // let go with the database it was read from
    app::bringPageForward(compare);
    test::pumpEvents();
    CHECK(pages->GetCurrentPage() == compare->GetParent());
    CHECK(compare->comparison() == nullptr);  // the empty database has no opening
    CHECK_FALSE(compare->toolbar()->exportButton()->IsEnabled()); // so nothing to export

    // And back on the first database, shown again when its page is.
    pages->SetSelection(0);
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    CHECK(compare->comparison() == nullptr);
    fixture.frame->showComparison(summary.openingIds.at(0));
    test::pumpEvents();
    REQUIRE(compare->comparison() != nullptr);
    CHECK(compare->comparison()->candidateCount() == 5);
    CHECK(compare->toolbar()->exportButton()->IsEnabled());
}

TEST_CASE("File > recent databases reopens one, and forgets one that is gone", "[gui]")
{
    test::GuiFixture fixture;
    const wxString first = fixture.databasePath();
    const wxString second = wxString::FromUTF8((fixture.dir / "second.db").string());
    REQUIRE(fixture.frame->openDatabase(second, true));
    REQUIRE(fixture.workspace.backupProblem().empty());

    auto pickRecent = [&](int index) {
        wxCommandEvent pick(wxEVT_MENU, wxID_FILE1 + index);
        fixture.frame->GetEventHandler()->ProcessEvent(pick);
    };
    wxMenu* file = fixture.frame->GetMenuBar()->GetMenu(0);
    auto recentLabels = [&] {
        std::vector<wxString> labels;
        for (int i = 0; i < 9; ++i)
            if (wxMenuItem* item = file->FindItem(wxID_FILE1 + i))
                labels.push_back(item->GetItemLabelText());
        return labels;
    };
    REQUIRE(recentLabels().size() >= 2); // the newest first
    CHECK(recentLabels()[0].Contains("second.db"));
    CHECK(recentLabels()[1].Contains("amhire.db"));

    pickRecent(1);
    CHECK(fixture.workspace.databasePath() == std::filesystem::path(first.utf8_string()));
    CHECK(recentLabels()[0].Contains("amhire.db"));

    // The other one is deleted outside amhire: picking it says so and drops it from the list.
    REQUIRE(fixture.workspace.backupProblem().empty());
    std::filesystem::remove(second.utf8_string());
    REQUIRE(recentLabels()[1].Contains("second.db"));
    wxTEST_DIALOG(pickRecent(1), wxExpectModal<wxMessageDialog>(wxID_OK).Describe("the database is gone"));
    CHECK(fixture.workspace.databasePath() == std::filesystem::path(first.utf8_string()));
    for (const wxString& label : recentLabels())
        CHECK_FALSE(label.Contains("second.db"));
}

TEST_CASE("a database is opened and checked off the GUI thread, and its errors still reach the user", "[gui]")
{
    test::GuiFixture fixture(false);
    const wxString path = wxString::FromUTF8((fixture.dir / "checked.db").string());
    const auto guiThread = std::this_thread::get_id();
    std::thread::id openedOn = guiThread;
    CHECK(fixture.frame->openDatabase(path, [&] {
        openedOn = std::this_thread::get_id();
        return app::Workspace::openStorage(path.utf8_string(), OpenMode::CreateIfMissing);
    }));
    CHECK(openedOn != guiThread);
    CHECK(fixture.workspace.databasePath() == std::filesystem::path(path.utf8_string()));

    const wxString missing = wxString::FromUTF8((fixture.dir / "missing.db").string());
    wxTEST_DIALOG(CHECK_FALSE(fixture.frame->openDatabase(missing, false)),
                  wxExpectModal<wxMessageDialog>(wxID_OK).Describe("the file is not there"));
    CHECK(fixture.workspace.databasePath() == std::filesystem::path(path.utf8_string())); // kept
}

TEST_CASE("at the main window's smallest size every button on every page can be seen whole", "[gui][layout]")
{
    test::GuiFixture fixture;
    const int64_t opening = test::addDemoOpening(fixture.workspace.storage(), 12, 7);
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    fixture.frame->SetSize(wxSize(200, 200)); // held at its minimum size
    test::pumpEvents();
    const wxSize smallest = fixture.frame->GetSize();
    CHECK(smallest.x >= 800);
    CHECK(smallest.y >= 560);
    wxNotebook* pages = fixture.frame->notebook();
    for (size_t page = 0; page < pages->GetPageCount(); ++page) {
        pages->SetSelection(page);
        if (page == 4)
            fixture.frame->showComparison(opening);
        test::pumpEvents();
        test::checkNothingCutOff(pages->GetCurrentPage(),
                                 pages->GetPageText(static_cast<size_t>(pages->GetSelection())));
    }
    test::saveScreenshot(fixture.frame, "smallest-window-compare");
    // The radar chart keeps most of its page: the hint shares a row with its button.
    wxWindow* chart = fixture.frame->compareView()->sidePanel()->chart();
    CHECK(chart->GetSize().y >= chart->GetParent()->GetClientSize().y * 3 / 4);
    pages->SetSelection(1);
    test::saveScreenshot(fixture.frame, "smallest-window-postings");

    // The busiest page: an interview under way.
    Storage& storage = fixture.workspace.storage();
    Candidate candidate;
    candidate.name = "Ada Lovelace";
    const int64_t application = storage.candidates().addApplication(storage.candidates().add(candidate, "hr"),
                                                                    opening, Stage::Interviewing, "hr");
    app::InterviewView* interview = fixture.frame->interviewView();
    app::bringPageForward(interview);
    interview->startInterview({application, "Sam Lee", InterviewKind::Panel, 60});
    REQUIRE(interview->showingInterview());
    test::pumpEvents();
    test::checkNothingCutOff(pages->GetCurrentPage(),
                             pages->GetPageText(static_cast<size_t>(pages->GetSelection())));
    test::saveScreenshot(fixture.frame, "smallest-window-interview");
}

TEST_CASE("any page can be the first one chosen, and builds its view once", "[gui]")
{
    for (size_t first = 1; first < 5; ++first) {
        test::GuiFixture fixture;
        wxNotebook* pages = fixture.frame->notebook();
        INFO("page " << pages->GetPageText(first));
        pages->SetSelection(first); // what clicking its tab does
        test::pumpEvents();
        auto* lazy = dynamic_cast<app::LazyPage*>(pages->GetPage(first));
        REQUIRE(lazy != nullptr);
        CHECK(lazy->built());
        CHECK(lazy->GetChildren().size() == 1);
        for (size_t other = 1; other < pages->GetPageCount(); ++other)
            if (other != first)
                CHECK_FALSE(dynamic_cast<app::LazyPage*>(pages->GetPage(other))->built());
    }
}

TEST_CASE("a page shown again shows what was written meanwhile, and is not read again otherwise", "[gui]")
{
    test::GuiFixture fixture;
    const int64_t opening = test::addDemoOpening(fixture.workspace.storage(), 6, 11);
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    wxNotebook* pages = fixture.frame->notebook();
    fixture.frame->showComparison(opening);
    test::pumpEvents();
    app::CompareView* compare = fixture.frame->compareView();
    REQUIRE(compare->comparison() != nullptr);
    const size_t candidates = compare->comparison()->allCandidateCount();

    // Away and back with nothing written: what was read stands.
    const Comparison* read = compare->comparison();
    pages->SetSelection(2);
    test::pumpEvents();
    pages->SetSelection(4);
    test::pumpEvents();
    CHECK(compare->comparison() == read);

    // A candidate applies (here through amhire-cli's connection) while the page is hidden.
    pages->SetSelection(2);
    test::pumpEvents();
    {
        auto other = SqliteStorage::open(fixture.workspace.databasePath(), OpenMode::AlreadyChecked);
        Candidate candidate;
        candidate.name = "Katherine Johnson";
        other->candidates().addApplication(other->candidates().add(candidate, "cli"), opening, Stage::Applied,
                                           "cli");
    }
    pages->SetSelection(4);
    test::pumpEvents();
    REQUIRE(compare->comparison() != nullptr);
    CHECK(compare->comparison()->allCandidateCount() == candidates + 1);
    CHECK(compare->currentOpeningId() == opening);
}

TEST_CASE("Help > About says which content and database are in use, and what runs the app", "[gui]")
{
    test::GuiFixture fixture;
    const wxString about = fixture.frame->aboutInfo().GetDescription();
    CHECK(about.Contains("Content: " + test::sourceDirName()));
    CHECK(about.Contains("Database: " + fixture.databasePath()));
    CHECK(about.Contains("wxWidgets 3."));
    CHECK(about.Contains("SQLite 3."));
    CHECK(fixture.frame->aboutInfo().GetVersion().StartsWith("0."));

    test::GuiFixture noDatabase(false);
    CHECK(noDatabase.frame->aboutInfo().GetDescription().Contains("No database open"));
}

TEST_CASE("the window and the About box carry amhire's icon, drawn at each size asked", "[gui]")
{
    test::GuiFixture fixture;
    CHECK(fixture.frame->GetIcons().GetIconCount() >= 5);
    CHECK(fixture.frame->aboutInfo().HasIcon());
    for (int side : {16, 48, 256}) {
        const wxImage image = app::appIcon(wxSize(side, side)).GetBitmap(wxSize(side, side)).ConvertToImage();
        REQUIRE(image.GetWidth() == side);
        // The card's blue a little inside its top left corner; the corner itself is clear.
        const int x = side * 12 / 64, y = side * 8 / 64;
        CHECK(image.GetRed(x, y) == 0x2b);
        CHECK(image.GetBlue(x, y) == 0xb0);
        CHECK(image.GetAlpha(0, 0) == 0);
    }
}
