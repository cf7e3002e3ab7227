// The candidate list from the mouse and keyboard: its context menu (and starting an interview from
// it), the Delete key, its columns and files dropped on it.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dnd.h>
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
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/StartInterviewDialog.h"
#include "core/openings/NewOpening.h"
#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"

using namespace amhire;
using test::addOpening;
using test::FillCandidate;

TEST_CASE("a candidate's context menu edits, erases and moves them; Delete erases after asking",
          "[gui][candidates]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    CHECK_FALSE(view->candidateMenu()); // nobody chosen, nothing to offer
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Grace Hopper", "grace@example.com"));
    REQUIRE(view->candidateList()->selected());

    const auto menu = view->candidateMenu();
    REQUIRE(menu);
    CHECK(menu->FindItem(wxID_EDIT));
    CHECK(menu->FindItem(wxID_DELETE));
    const int interviewing = menu->FindItem("Interviewing");
    REQUIRE(interviewing != wxNOT_FOUND);
    CHECK(menu->IsChecked(menu->FindItem("Applied")));
    CHECK_FALSE(menu->IsChecked(interviewing));

    SECTION("a stage chosen from the menu is stored and shown")
    {
        wxCommandEvent choose(wxEVT_MENU, interviewing);
        choose.SetEventObject(menu.get());
        view->ProcessWindowEvent(choose);
        CHECK(fixture.workspace.storage().candidates().candidatesOf(openingId)[0].application.stage ==
              Stage::Interviewing);
        CHECK(view->candidateList()->GetItemText(0, app::CandidateList::Stage) == "Interviewing");
        const auto again = view->candidateMenu();
        CHECK(again->IsChecked(again->FindItem("Interviewing")));
    }
    SECTION("Edit opens the candidate dialog")
    {
        wxCommandEvent edit(wxEVT_MENU, wxID_EDIT);
        wxTEST_DIALOG(view->ProcessWindowEvent(edit), FillCandidate("Grace B. Hopper", "grace@example.com"));
        CHECK(fixture.workspace.storage().candidates().candidatesOf(openingId)[0].candidate.name ==
              "Grace B. Hopper");
    }
    SECTION("Delete on the list asks, and No keeps them")
    {
        wxListEvent key(wxEVT_LIST_KEY_DOWN, view->candidateList()->GetId());
        key.SetEventObject(view->candidateList());
        key.m_code = WXK_DELETE;
        wxTEST_DIALOG(view->candidateList()->ProcessWindowEvent(key),
                      wxExpectModal<wxMessageDialog>(wxID_NO));
        CHECK(fixture.workspace.storage().candidates().count() == 1);
        wxTEST_DIALOG(view->candidateList()->ProcessWindowEvent(key),
                      wxExpectModal<wxMessageDialog>(wxID_YES));
        CHECK(fixture.workspace.storage().candidates().count() == 0);
    }
}

TEST_CASE("a right-click on a candidate chooses them and opens their menu once", "[gui][candidates]")
{
    test::GuiFixture fixture;
    addOpening(fixture.workspace);
    app::CandidatesView* view = fixture.frame->candidatesView();
    fixture.frame->notebook()->SetSelection(2);
    view->reload();
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Ann Other", "ann@example.com"));
    wxTEST_DIALOG(view->addCandidate(), FillCandidate("Bob Someone", "bob@example.com"));
    app::CandidateList* list = view->candidateList();
    list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                       wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    test::pumpEvents();
    REQUIRE(list->selected()->candidate.name == "Ann Other");

    // The menu runs its own loop until closed: Esc closes it once it is up.
    int opened = 0;
    wxTimer closer;
    closer.Bind(wxEVT_TIMER, [](wxTimerEvent&) { wxUIActionSimulator().Char(WXK_ESCAPE); });
    view->Bind(wxEVT_MENU_OPEN, [&](wxMenuEvent& event) {
        if (event.GetMenu() && !event.GetMenu()->GetParent()) { // not its submenu
            ++opened;
            closer.StartOnce(200);
        }
        event.Skip();
    });
    wxRect row;
    REQUIRE(list->GetItemRect(1, row));
    wxUIActionSimulator mouse;
    mouse.MouseMove(list->ClientToScreen(row.GetPosition() + wxPoint(20, row.height / 2)));
    test::pumpEvents();
    mouse.MouseClick(wxMOUSE_BTN_RIGHT);
    for (int i = 0; i < 20 && (opened == 0 || closer.IsRunning()); ++i) {
        test::pumpEvents();
        wxMilliSleep(50);
    }
    test::pumpEvents();
    CHECK(opened == 1);
    REQUIRE(list->selected());
    CHECK(list->selected()->candidate.name == "Bob Someone");
}

TEST_CASE("the candidate list's columns share its width until the user sizes one", "[gui][candidates]")
{
    test::GuiFixture fixture;
    fixture.frame->SetSize(1200, 800);
    fixture.frame->notebook()->SetSelection(2);
    test::pumpEvents();
    app::CandidateList* list = fixture.frame->candidatesView()->candidateList();
    auto columnsWidth = [list] {
        int total = 0;
        for (int i = 0; i < list->GetColumnCount(); ++i)
            total += list->GetColumnWidth(i);
        return total;
    };
    // Every column shows: together they fit within the list.
    CHECK(columnsWidth() <= list->GetClientSize().x);
    CHECK(columnsWidth() >= list->GetClientSize().x * 9 / 10);
    // The stage and the date are never cut: the longest stage fits its column.
    CHECK(list->GetColumnWidth(app::CandidateList::Stage) >= list->GetTextExtent("Interviewing").x + 16);
    CHECK(list->GetColumnWidth(app::CandidateList::Added) >= list->GetTextExtent("2026-12-07").x + 16);
    CHECK(list->GetColumnWidth(app::CandidateList::Interviews) >= list->GetTextExtent("12 + 1 draft").x + 16);

    fixture.frame->SetSize(1366, 768);
    test::pumpEvents();
    CHECK(columnsWidth() <= list->GetClientSize().x);
    CHECK(columnsWidth() >= list->GetClientSize().x * 9 / 10);

    // Once the user drags a column's edge, their widths stay as they left them.
    list->SetColumnWidth(0, 300);
    wxListEvent dragged(wxEVT_LIST_COL_END_DRAG, list->GetId());
    dragged.SetEventObject(list);
    list->ProcessWindowEvent(dragged);
    fixture.frame->SetSize(1000, 700);
    test::pumpEvents();
    CHECK(list->GetColumnWidth(0) == 300);
}

namespace {
// Checks the Start Interview dialog opened on `candidateId`, then starts.
class StartsWith : public wxExpectModalBase<app::StartInterviewDialog> {
  public:
    explicit StartsWith(int64_t candidateId) : candidateId_(candidateId) {}

  protected:
    int OnInvoked(app::StartInterviewDialog* dialog) const override
    {
        REQUIRE(dialog->candidateList()->selected());
        CHECK(dialog->candidateList()->selected()->candidate.id == candidateId_);
        return wxID_OK;
    }

  private:
    int64_t candidateId_;
};
} // namespace

TEST_CASE("an interview starts from the candidate chosen on the Candidates page: its menu or Ctrl+I",
          "[gui][candidates][interview]")
{
    test::GuiFixture fixture;
    const int64_t openingId = addOpening(fixture.workspace);
    for (const char* name : {"Ada", "Grace", "Hedy"})
        test::addInterviewee(fixture.workspace.storage(), openingId, name);
    fixture.frame->notebook()->SetSelection(2);
    app::CandidatesView* view = fixture.frame->candidatesView();
    view->reload();
    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    const int64_t grace = rows[1].candidate.id;
    REQUIRE(view->candidateList()->selectCandidate(grace));

    SECTION("Start Interview in the candidate's menu")
    {
        const auto menu = view->candidateMenu();
        const int start = menu->FindItem("Start Interview...");
        REQUIRE(start != wxNOT_FOUND);
        wxCommandEvent choose(wxEVT_MENU, start);
        choose.SetEventObject(menu.get());
        wxTEST_DIALOG(view->ProcessWindowEvent(choose), StartsWith(grace));
    }
    SECTION("Interview > Start Interview (Ctrl+I) while the Candidates page is shown")
    {
        const int start = fixture.frame->GetMenuBar()->FindMenuItem("Interview", "Start Interview...");
        REQUIRE(start != wxNOT_FOUND);
        wxCommandEvent choose(wxEVT_MENU, start);
        choose.SetEventObject(fixture.frame);
        wxTEST_DIALOG(fixture.frame->ProcessWindowEvent(choose), StartsWith(grace));
    }
    app::InterviewView* interviews = fixture.frame->interviewView();
    REQUIRE(interviews->showingInterview());
    CHECK(interviews->screen()->live().candidate().id == grace);
}

TEST_CASE("a CSV file dropped on the candidate list is imported into the chosen opening", "[gui][candidates]")
{
    test::GuiFixture fixture;
    app::CandidatesView* view = fixture.frame->candidatesView();
    wxDropTarget* target = view->candidateList()->GetDropTarget();
    REQUIRE(target);
    auto* drop = dynamic_cast<wxFileDropTarget*>(target);
    REQUIRE(drop);
    const wxString csv = wxString::FromUTF8((test::dataDir() / "csv" / "quoted.csv").string());
    const auto status = [&] { return fixture.frame->GetStatusBar()->GetStatusText(0); };

    // No opening yet: nothing to import into.
    CHECK_FALSE(drop->OnDropFiles(10, 10, wxArrayString(1, &csv)));
    CHECK(status().StartsWith("Choose an opening first"));

    const int64_t openingId = addOpening(fixture.workspace);
    view->reload();
    const wxString notCsv = wxString::FromUTF8((test::dataDir() / "csv" / "quoted.txt").string());
    CHECK_FALSE(drop->OnDropFiles(10, 10, wxArrayString(1, &notCsv)));
    CHECK(status() == "Drop one CSV file to import its candidates.");
    wxArrayString two;
    two.Add(csv);
    two.Add(csv);
    CHECK_FALSE(drop->OnDropFiles(10, 10, two));
    CHECK(fixture.workspace.storage().candidates().candidatesOf(openingId).empty());

    CHECK(drop->OnDropFiles(10, 10, wxArrayString(1, &csv)));
    test::pumpEvents(); // imported once the drop is over
    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    CHECK_FALSE(rows.empty());
    CHECK(view->candidateList()->GetItemCount() == static_cast<int>(rows.size()));
    CHECK(status().StartsWith("Imported"));
}
