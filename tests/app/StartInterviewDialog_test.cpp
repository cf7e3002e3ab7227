#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/testing.h>

#include "CompareViewFixture.h"
#include "GuiFixture.h"
#include "app/CandidateList.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/StartInterviewDialog.h"

using namespace amhire;

TEST_CASE(
    "starting an interview with 10,000 candidates: typing narrows the list, the one chosen is interviewed",
    "[gui][interview][large]")
{
    test::GuiFixture fixture;
    const int64_t openingId = test::addDemoOpening(fixture.workspace.storage(), 10000, 21);
    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    REQUIRE(rows.size() == 10000);

    app::StartInterviewDialog dialog(fixture.frame, fixture.workspace, "Ada Lovelace");
    app::CandidateList* list = dialog.candidateList();
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    REQUIRE(ok);
    CHECK(list->GetItemCount() == 10000);
    REQUIRE(list->selected()); // the first, so Start works at once
    CHECK(ok->IsEnabled());

    SECTION("an email finds one candidate, whom the interview is for")
    {
        const CandidateApplication& target = rows[6789];
        dialog.candidateSearch()->SetValue(wxString::FromUTF8(target.candidate.email));
        REQUIRE(list->GetItemCount() >= 1);
        CHECK(list->GetItemCount() < 10);
        REQUIRE(list->selected());
        list->selectCandidate(target.candidate.id);
        CHECK(dialog.request().applicationId == target.application.id);
        CHECK(dialog.request().interviewer == "Ada Lovelace");
        CHECK(ok->IsEnabled());
    }

    SECTION("matching ignores case")
    {
        const wxString name = wxString::FromUTF8(rows[42].candidate.name);
        dialog.candidateSearch()->SetValue(name.Upper());
        CHECK(list->GetItemCount() >= 1);
        REQUIRE(list->selected());
        CHECK(wxString::FromUTF8(list->selected()->candidate.name).Upper() == name.Upper());
    }

    SECTION("no match: nothing chosen, Start disabled, and the summary says why")
    {
        dialog.candidateSearch()->SetValue("no candidate is called this");
        CHECK(list->GetItemCount() == 0);
        CHECK_FALSE(list->selected());
        CHECK_FALSE(ok->IsEnabled());
        CHECK(dialog.request().applicationId == 0);
        CHECK(dialog.kitSummary()->GetLabel().Contains("matches"));
        // Clearing the search lists everyone again, with a candidate chosen.
        dialog.candidateSearch()->SetValue(wxString());
        CHECK(list->GetItemCount() == 10000);
        CHECK(list->selected());
        CHECK(ok->IsEnabled());
    }
}

TEST_CASE("Enter on a candidate in the list starts the interview, as Start does", "[gui][interview]")
{
    test::GuiFixture fixture;
    const int64_t openingId = test::addDemoOpening(fixture.workspace.storage(), 40, 8);
    const auto rows = fixture.workspace.storage().candidates().candidatesOf(openingId);
    app::StartInterviewDialog dialog(fixture.frame, fixture.workspace, "Ada Lovelace");
    app::CandidateList* list = dialog.candidateList();
    REQUIRE(list->selectCandidate(rows[7].candidate.id));
    const long item = list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    REQUIRE(item >= 0);
    // What the list sends for Enter or a double click, once the dialog runs.
    wxTheApp->CallAfter([list, item] {
        wxListEvent activated(wxEVT_LIST_ITEM_ACTIVATED, list->GetId());
        activated.SetEventObject(list);
        activated.m_itemIndex = item;
        list->ProcessWindowEvent(activated);
    });
    // Had Enter not started it, the dialog would wait for a person: close it.
    wxTheApp->CallAfter([&dialog] {
        if (dialog.IsModal())
            dialog.EndModal(wxID_CANCEL);
    });
    CHECK(dialog.ShowModal() == wxID_OK);
    CHECK(dialog.request().applicationId == rows[7].application.id);
}

TEST_CASE("the start interview dialog, for screenshots", "[gui][interview][screenshot]")
{
    test::GuiFixture fixture;
    test::addDemoOpening(fixture.workspace.storage(), 300, 4);
    auto* dialog = new app::StartInterviewDialog(fixture.frame, fixture.workspace, "Ada Lovelace");
    test::WindowCloser closer{dialog};
    dialog->Show();
    dialog->candidateSearch()->SetValue("an");
    test::pumpEvents();
    test::saveScreenshot(dialog, "start-interview-search");
}

TEST_CASE("Start Interview begins on the opening chosen on the Candidates page", "[gui][interview]")
{
    test::GuiFixture fixture;
    const int64_t first = test::addDemoOpening(fixture.workspace.storage(), 3, 1);
    const int64_t second = test::addDemoOpening(fixture.workspace.storage(), 3, 2);
    {
        app::StartInterviewDialog dialog(fixture.frame, fixture.workspace, "Ada Lovelace");
        REQUIRE(dialog.candidateList()->selected());
        CHECK(dialog.candidateList()->selected()->application.openingId == first);
    }
    fixture.workspace.setCurrentOpening(second);
    app::StartInterviewDialog dialog(fixture.frame, fixture.workspace, "Ada Lovelace");
    CHECK(dialog.openingChoice()->GetSelection() == 1);
    REQUIRE(dialog.candidateList()->selected());
    CHECK(dialog.candidateList()->selected()->application.openingId == second);
}

namespace {
// Checks the kind and length the dialog starts with, then chooses others.
class ChooseSetup : public wxExpectModalBase<app::StartInterviewDialog> {
  public:
    ChooseSetup(int expectKind, int expectLength, int kind, int length, int answer)
        : expectKind_(expectKind), expectLength_(expectLength), kind_(kind), length_(length), answer_(answer)
    {
    }

  protected:
    int OnInvoked(app::StartInterviewDialog* dialog) const override
    {
        CHECK(dialog->kindChoice()->GetSelection() == expectKind_);
        CHECK(dialog->lengthChoice()->GetSelection() == expectLength_);
        dialog->kindChoice()->SetSelection(kind_);
        dialog->lengthChoice()->SetSelection(length_);
        return answer_;
    }

  private:
    int expectKind_, expectLength_, kind_, length_, answer_;
};
} // namespace

TEST_CASE("Start Interview offers the kind and length of the interview last started", "[gui][interview]")
{
    test::GuiFixture fixture;
    test::addDemoOpening(fixture.workspace.storage(), 3, 1);
    app::InterviewView* view = fixture.frame->interviewView();
    // First time: a 60-minute panel interview (the third kind, the second length).
    wxTEST_DIALOG(view->startInterview(), ChooseSetup(2, 1, 3, 2, wxID_OK)); // a 90-minute role-play
    REQUIRE(view->showingInterview());
    CHECK(view->screen()->live().interview().kind == "role-play");
    CHECK(view->screen()->live().interview().plannedMinutes == 90);
    // Cancelled: nothing is remembered from it.
    wxTEST_DIALOG(view->startInterview(), ChooseSetup(3, 2, 0, 0, wxID_CANCEL));
    wxTEST_DIALOG(view->startInterview(), ChooseSetup(3, 2, 3, 2, wxID_CANCEL));
}
