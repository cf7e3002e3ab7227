#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "CandidatesTestSupport.h"
#include "GuiFixture.h"
#include "app/CandidateDialog.h"
#include "app/CandidateList.h"
#include "app/CandidatesView.h"
#include "app/StartInterviewDialog.h"
#include "core/openings/NewOpening.h"
#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"

using namespace amhire;
using test::addOpening;
using test::FillCandidate;

namespace {

// Answers the erase question, after the view has read its list again (as a
// reload arriving while the dialog is open would).
class ReloadThenAnswer : public wxExpectModalBase<wxMessageDialog> {
  public:
    ReloadThenAnswer(app::CandidatesView* view, int answer) : view_(view), answer_(answer) {}

  protected:
    int OnInvoked(wxMessageDialog*) const override
    {
        view_->reload();
        return answer_;
    }

  private:
    app::CandidatesView* view_;
    int answer_;
};

// Counts the runs, on one connection, of statements whose SQL holds `fragment`.
class StatementRuns {
public:
    StatementRuns(app::Workspace& workspace, const char* fragment)
        : db_(dynamic_cast<SqliteStorage&>(workspace.storage()).database().sql().getHandle()), fragment_(fragment)
    {
        sqlite3_trace_v2(db_, SQLITE_TRACE_STMT, &StatementRuns::onRun, this);
    }
    ~StatementRuns() { sqlite3_trace_v2(db_, 0, nullptr, nullptr); }
    StatementRuns(const StatementRuns&) = delete;
    StatementRuns& operator=(const StatementRuns&) = delete;

    int count = 0;

private:
    static int onRun(unsigned, void* self, void* statement, void*)
    {
        auto* runs = static_cast<StatementRuns*>(self);
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql && std::strstr(sql, runs->fragment_))
            ++runs->count;
        return 0;
    }

    sqlite3* db_;
    const char* fragment_;
};

}  // namespace

TEST_CASE("the candidates view reads an opening's candidates once per reload or choice", "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t first = addOpening(fixture.workspace);
    const int64_t second = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    StatementRuns reads(fixture.workspace, "WHERE a.opening_id = ?");

    view->reload();
    CHECK(reads.count == 1);
    CHECK(view->currentOpeningId() != 0);

    reads.count = 0;
    REQUIRE(view->selectOpening(second));
    CHECK(reads.count == 1);
    CHECK(view->currentOpeningId() == second);

    // A click on the other opening: the list's own selection event reads.
    reads.count = 0;
    wxListCtrl* openings = view->openingList();
    const long selected = openings->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    openings->SetItemState(selected == 0 ? 1 : 0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    CHECK(reads.count == 1);
    CHECK(view->currentOpeningId() == first);
}

TEST_CASE("adding a candidate through the dialog stores them in the database", "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    REQUIRE(view->currentOpeningId() == openingId);

    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Katherine Johnson", "kj@example.com"));

    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].candidate.name == "Katherine Johnson");
    CHECK(rows[0].candidate.email == "kj@example.com");
    CHECK(rows[0].application.stage == Stage::Applied);
    REQUIRE(view->candidateList()->GetItemCount() == 1);
    CHECK(view->candidateList()->GetItemText(0, app::CandidateList::Name) == "Katherine Johnson");
    CHECK(view->candidateList()->selected() != nullptr);
    CHECK(view->heading()->GetLabel() == "1 candidate");

    SECTION("moving to another stage is stored and shown, without reading the list again")
    {
        StatementRuns reads(fixture.workspace, "WHERE a.opening_id = ?");
        view->changeStage(Stage::Interviewing);
        CHECK(fixture.workspace.storage().candidates().candidatesOf(openingId)[0].application.stage ==
              Stage::Interviewing);
        CHECK(reads.count == 1);  // the check above, not the view
        CHECK(view->candidateList()->GetItemText(0, app::CandidateList::Stage) == "Interviewing");
        REQUIRE(view->candidateList()->selected());
        CHECK(view->candidateList()->selected()->application.stage == Stage::Interviewing);
    }
    SECTION("editing stores the changes and keeps them selected")
    {
        wxTEST_DIALOG(view->editCandidate(), FillCandidate("Katherine G. Johnson", "katherine@example.com"));
        const auto edited = fixture.workspace.storage().candidates().candidatesOf(openingId);
        REQUIRE(edited.size() == 1);
        CHECK(edited[0].candidate.name == "Katherine G. Johnson");
        CHECK(edited[0].candidate.email == "katherine@example.com");
        CHECK(fixture.workspace.storage().candidates().count() == 1); // changed, not added
        CHECK(view->candidateList()->GetItemText(0, app::CandidateList::Name) == "Katherine G. Johnson");
        REQUIRE(view->candidateList()->selected());
        CHECK(view->candidateList()->selected()->candidate.id == rows[0].candidate.id);
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) == "Candidate saved.");
    }
    SECTION("erasing asks first, then removes them")
    {
        wxTEST_DIALOG(view->eraseCandidate(), wxExpectModal<wxMessageDialog>(wxID_NO));
        CHECK(fixture.workspace.storage().candidates().count() == 1);
        wxTEST_DIALOG(view->eraseCandidate(), wxExpectModal<wxMessageDialog>(wxID_YES));
        CHECK(fixture.workspace.storage().candidates().count() == 0);
        CHECK(view->candidateList()->GetItemCount() == 0);
    }
}

TEST_CASE("erasing erases the candidate chosen, even when the list is read again meanwhile",
          "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    REQUIRE(view->currentOpeningId() == openingId);
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Ada Lovelace", "ada@example.com"));
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Blaise Pascal", "blaise@example.com"));
    REQUIRE(view->candidateList()->selected());
    REQUIRE(view->candidateList()->selected()->candidate.name == "Blaise Pascal");

    wxTEST_DIALOG(view->eraseCandidate(), ReloadThenAnswer(view, wxID_YES));
    const auto left = fixture.workspace.storage().candidates().candidatesOf(openingId);
    REQUIRE(left.size() == 1);
    CHECK(left[0].candidate.name == "Ada Lovelace");
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) == "The candidate was erased.");
}

namespace {

bool holds(const std::filesystem::path& file, const std::string& text)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return bytes.find(text) != std::string::npos;
}

// Accepts the warning shown after an erasure, keeping what it said.
class KeepMessage : public wxExpectModalBase<wxMessageDialog> {
  public:
    explicit KeepMessage(wxString& said) : said_(said) {}

  protected:
    int OnInvoked(wxMessageDialog* dialog) const override
    {
        said_ = dialog->GetMessage() + "\n" + dialog->GetExtendedMessage();
        return wxID_OK;
    }

  private:
    wxString& said_;
};

} // namespace

TEST_CASE("erasing a candidate erases them from the backups too, and names any file left holding them",
          "[gui][candidates]")
{
    namespace fs = std::filesystem;
    test::GuiFixture fixture;
    addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Theodora Quillfeather", "theodora@example.com"));
    const fs::path database = fixture.workspace.databasePath();
    {
        auto other = SqliteStorage::open(database, OpenMode::AlreadyChecked);
        REQUIRE(takeBackup(other->database()));
    }
    // The window may have taken a backup of its own on opening, before she was added.
    size_t holding = 0;
    for (const DatabaseBackup& backup : listBackups(database))
        holding += holds(backup.path, "Theodora Quillfeather");
    REQUIRE(holding >= 1);

    SECTION("every backup is cleaned")
    {
        wxTEST_DIALOG(view->eraseCandidate(), wxExpectModal<wxMessageDialog>(wxID_YES));
        CHECK(fixture.workspace.storage().candidates().count() == 0);
        for (const DatabaseBackup& backup : listBackups(database))
            CHECK_FALSE(holds(backup.path, "Theodora Quillfeather"));
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) ==
              wxString::Format(holding == 1 ? "The candidate was erased, and from %d backup."
                                            : "The candidate was erased, and from %d backups.",
                               static_cast<int>(holding)));
    }
    SECTION("a backup that cannot be cleaned and a damaged copy are named")
    {
        const fs::path folder = backupFolderFor(database);
        const fs::path broken = folder / (database.filename().string() + ".2020-01-01T00-00-00.000Z.backup");
        const fs::path damaged =
            folder / (database.filename().string() + ".2021-01-01T00-00-00.000Z.damaged");
        std::ofstream(broken) << "not a database";
        std::ofstream(damaged) << "unreadable";
        wxString said;
        wxTEST_DIALOG(view->eraseCandidate(), wxExpectModal<wxMessageDialog>(wxID_YES), KeepMessage(said));
        CHECK(fixture.workspace.storage().candidates().count() == 0);
        CHECK(said.Contains("may still hold them"));
        CHECK(said.Contains(wxString::FromUTF8(broken.string())));
        CHECK(said.Contains(wxString::FromUTF8(damaged.string())));
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) ==
              "The candidate was erased, but not from every backup.");
        for (const DatabaseBackup& backup : listBackups(database))
            if (backup.path != broken)
                CHECK_FALSE(holds(backup.path, "Theodora Quillfeather"));
        test::saveScreenshot(fixture.frame, "candidates-after-erasure");
    }
}

TEST_CASE("the candidate dialog refuses a missing name or a bad email", "[gui][candidates]")
{
    test::GuiFixture fixture;
    addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("", "kj@example.com"));
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Someone", "not-an-email"));
    CHECK(fixture.workspace.storage().candidates().count() == 0);

    app::CandidateDialog dialog(fixture.frame, "Add", Candidate{});
    dialog.emailCtrl()->ChangeValue("x@");
    CHECK(dialog.problem() == "Enter the candidate's name.");
    dialog.nameCtrl()->ChangeValue("Someone");
    CHECK(dialog.problem().Contains("does not look like an email address"));
}

TEST_CASE("the candidates list narrows to what is typed in its search box, and Ctrl+F goes there",
          "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    auto& candidates = fixture.workspace.storage().candidates();
    for (const auto& [name, email] : {std::pair{"Alice Smith", "alice@example.com"},
                                      std::pair{"Bob Jones", "bob.smithson@example.com"},
                                      std::pair{"Carol Ngata", "carol@example.com"}}) {
        Candidate c;
        c.name = name;
        c.email = email;
        candidates.addApplication(candidates.add(c, "tester"), openingId, Stage::Applied, "tester");
    }
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    app::CandidateList* list = view->candidateList();
    REQUIRE(list->GetItemCount() == 3);
    CHECK(view->heading()->GetLabel() == "3 candidates");

    // A name in one, an email in the other, whatever the case.
    view->candidateSearch()->SetValue("SMITH");
    REQUIRE(list->GetItemCount() == 2);
    CHECK(list->GetItemText(0) == "Alice Smith");
    CHECK(list->GetItemText(1) == "Bob Jones");
    CHECK(view->heading()->GetLabel() == "2 of 3 candidates match");

    view->candidateSearch()->SetValue(wxString());
    CHECK(list->GetItemCount() == 3);
    CHECK(view->heading()->GetLabel() == "3 candidates");

    fixture.frame->notebook()->SetSelection(2);
    fixture.frame->Raise();
    list->SetFocus();
    test::pumpEvents();
    wxUIActionSimulator keys;
    keys.Char('F', wxMOD_CONTROL);
    test::pumpEvents();
    CHECK(wxWindow::FindFocus() == view->candidateSearch());
}

TEST_CASE("the candidate list sorts by a clicked column", "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    auto& candidates = fixture.workspace.storage().candidates();
    for (const char* name : {"Carol", "Alice", "Bob"}) {
        Candidate c;
        c.name = name;
        candidates.addApplication(candidates.add(c, "tester"), openingId, Stage::Applied, "tester");
    }
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    app::CandidateList* list = view->candidateList();
    CHECK(list->GetItemText(0) == "Alice");
    list->sortBy(app::CandidateList::Name, false);
    CHECK(list->GetItemText(0) == "Carol");
    fixture.frame->notebook()->SetSelection(2);
    test::saveScreenshot(fixture.frame, "candidates-view");
}

TEST_CASE("importing a CSV shows progress, then which rows were skipped", "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    const wxString file = wxString::FromUTF8((test::dataDir() / "csv" / "bad_rows.csv").string());
    wxString said;
    wxTEST_DIALOG(view->importCsvFile(file), KeepMessage(said));
    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    CHECK_FALSE(rows.empty());
    CHECK(said.BeforeFirst('\n') == "Imported 4 candidates. 5 rows were skipped:");
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) == "Imported 4 candidates. Skipped 5 rows.");
    CHECK(view->candidateList()->GetItemCount() == static_cast<int>(rows.size()));
}

TEST_CASE("an opening is closed when the role is filled, and can be opened again", "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    REQUIRE(view->currentOpeningId() == openingId);
    wxButton* button = view->openingStatusButton();
    CHECK(view->openingList()->GetItemText(0, 2) == "Open");
    CHECK(button->GetLabelText() == "Close Opening");
    auto click = [&] {
        wxCommandEvent event(wxEVT_BUTTON, button->GetId());
        event.SetEventObject(button);
        button->GetEventHandler()->ProcessEvent(event);
        test::pumpEvents(1);
    };

    click();
    CHECK(fixture.workspace.storage().openings().get(openingId).status == kOpeningClosed);
    CHECK(view->openingList()->GetItemText(0, 2) == "Closed");
    CHECK(button->GetLabelText() == "Reopen Opening");
    CHECK(view->currentOpeningId() == openingId); // still chosen, its candidates still shown
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).StartsWith("The opening is closed"));
    {
        // No new interview starts for a closed opening.
        app::StartInterviewDialog start(fixture.frame, fixture.workspace, "Ada Lovelace");
        CHECK(start.openingChoice()->GetCount() == 0);
    }

    click();
    CHECK(fixture.workspace.storage().openings().get(openingId).status == kOpeningOpen);
    CHECK(view->openingList()->GetItemText(0, 2) == "Open");
    CHECK(button->GetLabelText() == "Close Opening");
    app::StartInterviewDialog start(fixture.frame, fixture.workspace, "Ada Lovelace");
    CHECK(start.openingChoice()->GetCount() == 1);
}

TEST_CASE("the candidate list counts each candidate's scorecards, submitted and under way",
          "[gui][candidates]")
{
    test::GuiFixture fixture;
    Storage& storage = fixture.workspace.storage();
    const int64_t opening = test::addOpening(fixture.workspace);
    const int64_t ada = test::addInterviewee(storage, opening, "Ada Example");
    const int64_t bob = test::addInterviewee(storage, opening, "Bob Someone");
    test::addInterviewee(storage, opening, "Cy Third");
    const auto scorecard = [&](int64_t application, const std::string& interviewer, bool submit) {
        Interview interview;
        interview.applicationId = application;
        interview.interviewer = interviewer;
        interview.kind = "panel";
        const int64_t id = storage.interviews().add(interview, interviewer);
        if (submit)
            storage.interviews().submit(id, Recommendation::Yes, interviewer);
    };
    scorecard(ada, "Sam", true);
    scorecard(ada, "Kim", true);
    scorecard(ada, "Lee", false);
    scorecard(bob, "Sam", false);

    app::CandidatesView* view = fixture.frame->candidatesView();
    REQUIRE(view->selectOpening(opening));
    app::CandidateList* list = view->candidateList();
    REQUIRE(list->GetItemCount() == 3);
    const long column = app::CandidateList::Interviews;
    CHECK(list->GetItemText(0, column) == "2 + 1 draft"); // Ada
    CHECK(list->GetItemText(1, column) == "1 draft");     // Bob
    CHECK(list->GetItemText(2, column) == "");            // Cy
    list->sortBy(app::CandidateList::Interviews, false);
    CHECK(list->GetItemText(0, 0) == "Ada Example");
    CHECK(list->GetItemText(2, 0) == "Cy Third");
    CHECK(list->GetColumnWidth(column) >= list->GetTextExtent("2 + 1 draft").x);
    fixture.frame->notebook()->SetSelection(2);
    test::pumpEvents();
    test::saveScreenshot(fixture.frame, "candidates-scorecards");
}
