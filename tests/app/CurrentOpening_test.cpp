// The opening chosen on the Candidates or Compare page is the other page's
// too, and the database's next time.
#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>

#include "CompareViewFixture.h"
#include "GuiFixture.h"
#include "app/CandidatesView.h"
#include "app/CompareToolbar.h"
#include "app/CompareView.h"

using namespace amhire;

namespace {

// As a click on the opening's row does it.
void chooseOnCandidates(app::CandidatesView* view, int64_t openingId)
{
    wxListCtrl* list = view->openingList();
    for (long row = 0; row < list->GetItemCount(); ++row) {
        list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        test::pumpEvents();
        if (view->currentOpeningId() == openingId)
            return;
    }
    FAIL("no row for the opening");
}

// As choosing it in the toolbar's list does it.
void chooseOnCompare(app::CompareView* view, int index)
{
    wxChoice* choice = view->toolbar()->opening();
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->GetEventHandler()->ProcessEvent(event);
}

} // namespace

TEST_CASE("the opening chosen on one of Candidates and Compare is shown on the other, and next time",
          "[gui][openings]")
{
    test::GuiFixture fixture;
    std::vector<int64_t> openings;
    for (uint32_t seed : {1u, 2u, 3u})
        openings.push_back(test::addDemoOpening(fixture.workspace.storage(), 4, seed));
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    wxNotebook* notebook = fixture.frame->notebook();

    notebook->SetSelection(2); // Candidates
    app::CandidatesView* candidates = fixture.frame->candidatesView();
    const int64_t first = candidates->currentOpeningId();
    const int64_t other = first == openings[1] ? openings[2] : openings[1];
    chooseOnCandidates(candidates, other);
    REQUIRE(candidates->currentOpeningId() == other);

    notebook->SetSelection(4); // Compare, built now
    test::pumpEvents();
    app::CompareView* compare = fixture.frame->compareView();
    CHECK(compare->currentOpeningId() == other);
    REQUIRE(compare->comparison());
    CHECK(compare->comparison()->opening().id == other);

    // Chosen on Compare: Candidates follows when it is shown again.
    int firstIndex = -1;
    for (int i = 0; i < static_cast<int>(compare->toolbar()->opening()->GetCount()); ++i) {
        chooseOnCompare(compare, i);
        if (compare->currentOpeningId() == first) {
            firstIndex = i;
            break;
        }
    }
    REQUIRE(firstIndex >= 0);
    notebook->SetSelection(2);
    test::pumpEvents();
    CHECK(candidates->currentOpeningId() == first);

    // The next window on the same database starts on it.
    fixture.frame->Close(true);
    test::pumpEvents();
    fixture.workspace.closeDatabase();
    fixture.frame = new app::MainFrame(test::bundledContent(), test::sourceDirName(), fixture.settings,
                                       fixture.workspace);
    fixture.closer.window = fixture.frame;
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    fixture.frame->Show();
    CHECK(fixture.frame->candidatesView()->currentOpeningId() == first);
    CHECK(fixture.frame->compareView()->currentOpeningId() == first);
}
