// The interviewer's submitted scorecards: listed apart from the drafts,
// opened read-only, reopened; and the question asked on starting again with
// a candidate one has already submitted a scorecard for.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/testing.h>

#include "CandidatesTestSupport.h"
#include "GuiFixture.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/ScorecardList.h"
#include "core/interview/LiveInterview.h"

using namespace amhire;

namespace {

void goBackToList(app::InterviewScreen* screen)
{
    wxCommandEvent back(wxEVT_BUTTON, screen->backButton()->GetId());
    back.SetEventObject(screen->backButton());
    screen->backButton()->ProcessWindowEvent(back);
    test::pumpEvents();
}

// Grace Hopper, interviewing for an opening of a fresh database.
int64_t addGrace(test::GuiFixture& fixture)
{
    return test::addInterviewee(fixture.workspace.storage(), test::addOpening(fixture.workspace),
                                "Grace Hopper");
}

// Starts the request's interview, submits it with a yes and goes back to
// the list: the scorecard's id.
int64_t submitOne(app::InterviewView* view, const InterviewRequest& request)
{
    view->startInterview(request);
    app::InterviewScreen* screen = view->screen();
    const int64_t id = screen->live().interview().id;
    screen->submitWith(Recommendation::Yes);
    REQUIRE(screen->live().readOnly());
    goBackToList(screen);
    return id;
}

} // namespace

TEST_CASE("A submitted scorecard is listed apart, opens read-only and can be reopened from there",
          "[gui][interview]")
{
    test::GuiFixture fixture;
    const int64_t application = addGrace(fixture);
    app::InterviewView* view = fixture.frame->interviewView();
    CHECK(view->submittedList()->GetItemCount() == 0);
    CHECK(view->submittedHeading()->GetLabel() == "You have submitted no scorecards yet.");

    const int64_t id = submitOne(view, {application, "Sam Lee", InterviewKind::Panel, 60});
    app::InterviewScreen* screen = view->screen();
    REQUIRE_FALSE(view->showingInterview());
    CHECK(view->draftList()->GetItemCount() == 0);
    REQUIRE(view->submittedList()->GetItemCount() == 1);
    CHECK(view->submittedHeading()->GetLabel().StartsWith("Your submitted scorecards"));
    CHECK(view->submittedList()->GetItemText(0, 0) == "Grace Hopper");
    CHECK(view->submittedList()->GetItemText(0, 2) == "Panel interview");
    CHECK(view->submittedList()->GetItemText(0, 3) == "Yes");
    CHECK_FALSE(view->submittedList()->GetItemText(0, 4).empty());
    test::saveScreenshot(fixture.frame, "interview-scorecard-lists");

    // Enter (or a double-click) on it opens it as it was submitted.
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, view->submittedList()->GetId());
    activate.SetEventObject(view->submittedList());
    activate.m_itemIndex = 0;
    view->submittedList()->ProcessWindowEvent(activate);
    REQUIRE(view->showingInterview());
    CHECK(screen->live().interview().id == id);
    CHECK(screen->live().readOnly());
    CHECK(screen->reopenButton()->IsShown());

    // Reopened, it is a draft again: listed with the drafts on the way back.
    screen->reopenNow();
    CHECK_FALSE(screen->live().readOnly());
    goBackToList(screen);
    CHECK(view->submittedList()->GetItemCount() == 0);
    REQUIRE(view->draftList()->GetItemCount() == 1);
    CHECK(view->drafts()[0].interviewId == id);
}

namespace {

// Answers the question asked on starting again after submitting.
class AnswerSubmittedBefore : public wxExpectModalBase<wxMessageDialog> {
  public:
    explicit AnswerSubmittedBefore(int answer) : answer_(answer) {}

  protected:
    int OnInvoked(wxMessageDialog* dialog) const override
    {
        CHECK(
            dialog->GetMessage().StartsWith("You have already submitted a scorecard for Grace Hopper (Panel "
                                            "interview, "));
        // GTK keeps the labels with its own mnemonic mark.
        const auto plain = [](wxString label) {
            label.Replace("_", "");
            label.Replace("&", "");
            return label;
        };
        CHECK(plain(dialog->GetYesLabel()) == "Open Submitted");
        CHECK(plain(dialog->GetNoLabel()) == "Start Another");
        return answer_;
    }

  private:
    int answer_;
};

} // namespace

TEST_CASE("Starting an interview with a candidate one has submitted a scorecard for asks first",
          "[gui][interview]")
{
    test::GuiFixture fixture;
    app::InterviewView* view = fixture.frame->interviewView();
    const InterviewRequest request{addGrace(fixture), "Sam Lee", InterviewKind::Panel, 60};
    const int64_t submitted = submitOne(view, request);
    app::InterviewScreen* screen = view->screen();

    SECTION("open the submitted one, to reopen it")
    {
        wxTEST_DIALOG(view->startInterview(request), AnswerSubmittedBefore(wxID_YES));
        REQUIRE(view->showingInterview());
        CHECK(screen->live().interview().id == submitted);
        CHECK(screen->live().readOnly());
    }
    SECTION("start another, for a later round")
    {
        wxTEST_DIALOG(view->startInterview(request), AnswerSubmittedBefore(wxID_NO));
        REQUIRE(view->showingInterview());
        CHECK(screen->live().interview().id != submitted);
        CHECK_FALSE(screen->live().readOnly());
    }
    SECTION("neither")
    {
        wxTEST_DIALOG(view->startInterview(request), AnswerSubmittedBefore(wxID_CANCEL));
        CHECK_FALSE(view->showingInterview());
        CHECK(view->draftList()->GetItemCount() == 0);
    }
}
