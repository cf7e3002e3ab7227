// The menu bar: View's pages, Edit on the focused text box, Refresh, File > Export Comparison.
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

#include "CandidatesTestSupport.h"
#include "CompareViewFixture.h"
#include "GuiFixture.h"
#include "LayoutChecks.h"
#include "TestPaths.h"
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

// The first editable one-line text box under `window`, shown or not.
wxTextCtrl* findTextBox(wxWindow* window)
{
    for (wxWindow* child : window->GetChildren()) {
        if (auto* text = dynamic_cast<wxTextCtrl*>(child); text && text->IsEditable() && !text->IsMultiLine())
            return text;
        if (wxTextCtrl* found = findTextBox(child))
            return found;
    }
    return nullptr;
}

wxMenu* menuNamed(wxFrame* frame, const wxString& title)
{
    wxMenuBar* bar = frame->GetMenuBar();
    const int index = bar->FindMenu(title);
    REQUIRE(index != wxNOT_FOUND);
    return bar->GetMenu(static_cast<size_t>(index));
}

void sendMenu(wxFrame* frame, int id)
{
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(frame);
    frame->ProcessWindowEvent(event);
}

} // namespace

TEST_CASE("View lists the pages with Ctrl+1 to Ctrl+5 and checks the one shown", "[gui][menus]")
{
    test::GuiFixture fixture;
    wxNotebook* notebook = fixture.frame->notebook();
    wxMenu* view = menuNamed(fixture.frame, "View");
    REQUIRE(view->GetMenuItemCount() == notebook->GetPageCount() + 2); // the pages, a line, Refresh
    for (size_t page = 0; page < notebook->GetPageCount(); ++page) {
        const wxMenuItem* item = view->FindItemByPosition(page);
        CHECK(item->GetItemLabelText() == notebook->GetPageText(page));
        CHECK(item->GetAccel()->ToString() == wxString::Format("Ctrl+%d", static_cast<int>(page) + 1));
    }

    fixture.frame->Raise();
    notebook->SetFocus();
    test::pumpEvents();
    wxUIActionSimulator keys;
    keys.Char('3', wxMOD_CONTROL);
    test::pumpEvents();
    CHECK(notebook->GetPageText(static_cast<size_t>(notebook->GetSelection())) == "Candidates");
    fixture.frame->GetMenuBar()->UpdateMenus();
    CHECK(view->FindItemByPosition(2)->IsChecked());
    CHECK_FALSE(view->FindItemByPosition(0)->IsChecked());

    sendMenu(fixture.frame, view->FindItemByPosition(4)->GetId());
    CHECK(notebook->GetSelection() == 4);
    CHECK(fixture.frame->compareView()->IsShownOnScreen());
    test::saveScreenshot(fixture.frame, "menus-compare-page");
}

TEST_CASE("Edit's commands act on the text box with the keyboard, and are off elsewhere", "[gui][menus]")
{
    test::GuiFixture fixture;
    wxMenuBar* bar = fixture.frame->GetMenuBar();
    menuNamed(fixture.frame, "Edit");
    fixture.frame->notebook()->SetSelection(1); // Postings: a form of text boxes
    test::pumpEvents();
    wxTextCtrl* text = findTextBox(fixture.frame->notebook()->GetCurrentPage());
    REQUIRE(text);
    text->ChangeValue("Northwind Traders");
    text->SetFocus();
    text->SetInsertionPointEnd();
    test::pumpEvents();
    REQUIRE(wxWindow::FindFocus() == text);

    bar->UpdateMenus();
    CHECK(bar->IsEnabled(wxID_SELECTALL));
    CHECK_FALSE(bar->IsEnabled(wxID_COPY)); // nothing selected yet
    sendMenu(fixture.frame, wxID_SELECTALL);
    CHECK(text->GetStringSelection() == "Northwind Traders");
    bar->UpdateMenus();
    CHECK(bar->IsEnabled(wxID_CUT));
    CHECK(bar->IsEnabled(wxID_COPY));
    sendMenu(fixture.frame, wxID_CUT);
    CHECK(text->GetValue().empty());

    // A control that has no use for them: off, so its own keys work.
    fixture.frame->notebook()->SetFocus();
    test::pumpEvents();
    bar->UpdateMenus();
    for (int id : {wxID_UNDO, wxID_REDO, wxID_CUT, wxID_COPY, wxID_PASTE, wxID_SELECTALL})
        CHECK_FALSE(bar->IsEnabled(id));
}

TEST_CASE("View > Refresh (F5) reads the page again, for what changed behind the window", "[gui][menus]")
{
    test::GuiFixture fixture;
    const int64_t opening = test::addDemoOpening(fixture.workspace.storage(), 3, 5);
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    wxMenu* view = menuNamed(fixture.frame, "View");
    wxMenuItem* refresh = view->FindItem(wxID_REFRESH);
    REQUIRE(refresh);
    CHECK(refresh->GetAccel()->ToString() == "F5");
    fixture.frame->notebook()->SetSelection(2);
    test::pumpEvents();
    app::CandidatesView* candidates = fixture.frame->candidatesView();
    REQUIRE(candidates->currentOpeningId() == opening);
    const int before = candidates->candidateList()->GetItemCount();

    // amhire-cli, or another window, adds a candidate to the same file.
    {
        auto other = SqliteStorage::open(fixture.workspace.databasePath(), OpenMode::AlreadyChecked);
        Candidate candidate;
        candidate.name = "Mary Jackson";
        other->candidates().addApplication(other->candidates().add(candidate, "cli"), opening, Stage::Applied,
                                           "cli");
    }
    CHECK(candidates->candidateList()->GetItemCount() == before);
    fixture.frame->UpdateWindowUI();
    REQUIRE(refresh->IsEnabled());
    sendMenu(fixture.frame, wxID_REFRESH);
    CHECK(candidates->candidateList()->GetItemCount() == before + 1);
    CHECK(candidates->currentOpeningId() == opening); // still the opening chosen
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) == "Read again from the database.");

    // An interview on screen stays there: it saves as it is typed.
    const int64_t application = test::addInterviewee(fixture.workspace.storage(), opening, "Dorothy Vaughan");
    app::InterviewView* interview = fixture.frame->interviewView();
    app::bringPageForward(interview);
    interview->startInterview({application, "Sam Lee", InterviewKind::Panel, 45});
    REQUIRE(interview->showingInterview());
    sendMenu(fixture.frame, wxID_REFRESH);
    CHECK(interview->showingInterview());
    CHECK(interview->screen()->isOpen());
}

TEST_CASE("File > Export Comparison (Ctrl+E) saves the comparison on screen, and is off elsewhere",
          "[gui][menus]")
{
    test::GuiFixture fixture;
    const int64_t opening = test::addDemoOpening(fixture.workspace.storage(), 6, 3);
    wxMenuBar* bar = fixture.frame->GetMenuBar();
    const int exportId = bar->FindMenuItem("File", "Export Comparison...");
    REQUIRE(exportId != wxNOT_FOUND);
    CHECK(bar->FindItem(exportId)->GetAccel()->ToString() == "Ctrl+E");
    bar->UpdateMenus();
    CHECK_FALSE(bar->IsEnabled(exportId)); // the Content page is shown

    fixture.frame->showComparison(opening);
    test::pumpEvents();
    REQUIRE(fixture.frame->compareView()->comparison());
    bar->UpdateMenus();
    CHECK(bar->IsEnabled(exportId));
    wxTEST_DIALOG(sendMenu(fixture.frame, exportId), wxExpectModal<wxFileDialog>(wxString(), wxID_CANCEL));

    fixture.frame->notebook()->SetSelection(2);
    bar->UpdateMenus();
    CHECK_FALSE(bar->IsEnabled(exportId));
}
