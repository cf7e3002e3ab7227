#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <fstream>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include "GuiFixture.h"
#include "LayoutChecks.h"
#include "app/CompareView.h"
#include "app/EvidenceFields.h"
#include "app/HtmlText.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/QuestionPanel.h"
#include "app/ScorecardList.h"
#include "app/ScoringPanel.h"
#include "app/SubmitDialog.h"
#include "core/interview/LiveInterview.h"
#include "core/interview/Pace.h"
#include "core/openings/NewOpening.h"
#include "core/storage/SqliteStorage.h"
#include "core/storage/UtcTime.h"

using namespace amhire;

namespace {

struct Hiring {
    int64_t openingId = 0;
    int64_t applicationId = 0;
};

Hiring addApplication(app::Workspace& workspace, const std::string& name = "Grace Hopper")
{
    const Content& content = workspace.content();
    PostingInput input;
    input.templateId = "saas";
    input.level = Level::Senior;
    input.company = "Northwind";
    Storage& storage = workspace.storage();
    const int64_t opening = storage.openings().add(makeOpening(content, *content.jobTemplate("saas"), input), "hr");
    Candidate candidate;
    candidate.name = name;
    const int64_t candidateId = storage.candidates().add(candidate, "hr");
    return {opening, storage.candidates().addApplication(candidateId, opening, Stage::Interviewing, "hr")};
}

// A key as the keyboard sends it: to the window with the focus, from where
// wxEVT_CHAR_HOOK travels up to the interview screen.
void press(wxWindow* focus, int key, int modifiers = wxMOD_NONE)
{
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.m_altDown = (modifiers & wxMOD_ALT) != 0;
    event.m_controlDown = (modifiers & wxMOD_CONTROL) != 0;
    event.SetEventObject(focus);
    focus->GetEventHandler()->ProcessEvent(event);
    test::pumpEvents(1);
}

// Types into a text box as a user would: the box gets the focus, the text
// changes (sending wxEVT_TEXT), and Esc hands the keyboard back to scoring.
void type(wxTextCtrl* box, const wxString& text)
{
    box->SetFocus();
    test::pumpEvents(1);
    box->SetValue(text);
    press(box, WXK_ESCAPE);
}

std::string competencyOfLine(const app::InterviewScreen& screen, size_t line)
{
    return screen.live().lines().at(line).entry.competencyId;
}

// Reads the name a Save dialog proposes, then cancels it.
class ReadProposedName : public wxExpectModalBase<wxFileDialog> {
  public:
    explicit ReadProposedName(wxString* name) : name_(name) {}

  protected:
    int OnInvoked(wxFileDialog* dialog) const override
    {
        *name_ = dialog->GetFilename();
        return wxID_CANCEL;
    }

  private:
    wxString* name_;
};

class ChooseRecommendation : public wxExpectModalBase<app::SubmitDialog> {
  public:
    explicit ChooseRecommendation(int index) : index_(index) {}

  protected:
    int OnInvoked(app::SubmitDialog* dialog) const override
    {
        wxWindow* ok = dialog->FindWindow(wxID_OK);
        CHECK_FALSE(ok->IsEnabled());  // no recommendation is chosen for the interviewer
        dialog->choice()->SetSelection(index_);
        wxCommandEvent changed(wxEVT_CHOICE, dialog->choice()->GetId());
        changed.SetEventObject(dialog->choice());
        dialog->choice()->GetEventHandler()->ProcessEvent(changed);
        CHECK(ok->IsEnabled());
        return wxID_OK;
    }

  private:
    int index_;
};

}  // namespace

TEST_CASE("An interview driven by the keyboard is all in the database after the app is closed and reopened",
          "[gui][interview]")
{
    test::GuiFixture fixture;
    const Hiring hiring = addApplication(fixture.workspace);
    fixture.frame->SetSize(0, 0, 1366, 740);  // the screen the issue asks to be readable on
    app::InterviewView* view = fixture.frame->interviewView();
    app::bringPageForward(view);
    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::Panel, 60});
    REQUIRE(view->showingInterview());
    app::InterviewScreen* screen = view->screen();
    REQUIRE(screen->isOpen());
    const int64_t interviewId = screen->live().interview().id;
    wxWindow* list = screen->scoringPanel()->lineList();
    list->SetFocus();
    test::pumpEvents();

    // Line 0 gets 4, line 1 gets 5 then 3 (changed mind), line 2 "not assessed".
    const size_t first = static_cast<size_t>(screen->scoringPanel()->selectedLine());
    press(list, '4');
    press(list, WXK_DOWN);
    press(list, '5');
    press(list, WXK_NUMPAD3);
    press(list, WXK_DOWN);
    press(list, '0');
    CHECK(screen->progressLabel()->GetLabel().Contains("2 of"));
    CHECK(screen->progressLabel()->GetLabel().Contains("1 not assessed"));

    // Notes on the current question, then on to the next question.
    const std::string firstQuestion = screen->live().questions().at(0).id;
    type(screen->questionPanel()->notesBox(), "Walked through GRR 90% and NRR 105% correctly.");
    press(list, WXK_RIGHT);
    CHECK(screen->live().currentQuestion() == 1);
    press(screen->questionPanel()->notesBox(), WXK_RIGHT, wxMOD_ALT);
    CHECK(screen->live().currentQuestion() == 2);

    // Digits typed into a text box are text, not scores.
    app::ScoringPanel* scoring = screen->scoringPanel();
    screen->selectLine(0);
    scoring->notesBox()->SetFocus();
    press(scoring->notesBox(), '1');
    CHECK(screen->live().score(competencyOfLine(*screen, 0)) == std::optional<std::optional<int>>(4));
    type(scoring->notesBox(), "Kept 94% of a 2M book; knew the churn reasons by account.");

    // Evidence: a wrong unit is refused on the spot, a good value saved.
    REQUIRE(scoring->evidence()->fieldCount() > 0);
    wxTextCtrl* evidence = scoring->evidence()->field(0);
    evidence->SetValue("lots");
    CHECK_FALSE(scoring->evidence()->problem(0).empty());
    evidence->SetValue("94%");
    CHECK(scoring->evidence()->problem(0).empty());
    const std::string evidenceMetric = screen->live().lines().at(0).competency->metrics.at(0).id;

    type(screen->strengthsBox(), "Numbers at hand; calm under the price objection.");
    type(screen->concernsBox(), "Little enterprise exposure.");
    list->SetFocus();
    test::pumpEvents();
    test::saveScreenshot(fixture.frame, "interview-live");

    // On this screen every competency's name is shown whole.
    auto* lines = scoring->lineList();
    for (int i = 0; i < lines->GetItemCount(); ++i) {
        INFO(lines->GetItemText(i));
        CHECK(lines->GetTextExtent(lines->GetItemText(i)).x < lines->GetColumnWidth(0));
    }

    // Close the whole window, as the interviewer would at the end of the day.
    fixture.frame->Close();
    fixture.closer.window = nullptr;
    test::pumpEvents();

    {
        auto storage = SqliteStorage::open(app::toUtf8(fixture.databasePath()), OpenMode::ExistingOnly);
        const Interview stored = storage->interviews().get(interviewId);
        CHECK(stored.currentQuestion == 2);
        CHECK(stored.startedAt.has_value());
        CHECK(stored.strengths == "Numbers at hand; calm under the price objection.");
        CHECK(stored.concerns == "Little enterprise exposure.");
        const LiveInterview saved = LiveInterview::load(*storage, fixture.workspace.content(), interviewId);
        CHECK(saved.score(saved.lines().at(first).entry.competencyId) == std::optional<std::optional<int>>(4));
        CHECK(saved.score(saved.lines().at(first + 1).entry.competencyId) == std::optional<std::optional<int>>(3));
        CHECK(saved.score(saved.lines().at(first + 2).entry.competencyId) ==
              std::optional<std::optional<int>>(std::optional<int>()));
        CHECK(saved.notes(saved.lines().at(0).entry.competencyId) ==
              "Kept 94% of a 2M book; knew the churn reasons by account.");
        CHECK(saved.evidence(saved.lines().at(0).entry.competencyId, evidenceMetric) == 94.0);
        CHECK(saved.questionNote(firstQuestion) == "Walked through GRR 90% and NRR 105% correctly.");
    }

    // Reopen the app: the draft is listed and resumes where it was left.
    fixture.frame = new app::MainFrame(test::bundledContent(), test::sourceDirName(), fixture.settings,
                                       fixture.workspace);
    fixture.closer.window = fixture.frame;
    REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
    fixture.frame->SetSize(0, 0, 1366, 740);
    fixture.frame->Show();
    test::pumpEvents();
    view = fixture.frame->interviewView();
    REQUIRE(view->drafts().size() == 1);
    CHECK(view->drafts()[0].scored == 2);
    view->resumeSelected();
    REQUIRE(view->showingInterview());
    screen = view->screen();
    CHECK(screen->live().currentQuestion() == 2);
    CHECK(screen->questionPanel()->nextButton()->IsEnabled() ==
          (screen->live().questions().size() > 3));
    CHECK(screen->strengthsBox()->GetValue() == "Numbers at hand; calm under the price objection.");

    // Submit with an explicit recommendation; the scorecard is then read-only.
    wxTEST_DIALOG(screen->submit(), ChooseRecommendation(5));  // "No decision"
    CHECK(screen->live().readOnly());
    CHECK(screen->stateLabel()->GetLabel().Contains("read-only"));
    CHECK(screen->reopenButton()->IsShown());
    CHECK_FALSE(screen->submitButton()->IsShown());
    list = screen->scoringPanel()->lineList();
    screen->selectLine(0);
    press(list, '1');
    CHECK(fixture.workspace.storage().interviews().get(interviewId).recommendation == Recommendation::NoDecision);
    CHECK(screen->live().score(competencyOfLine(*screen, 0)) == std::optional<std::optional<int>>(4));

    // Reopening by the same interviewer is allowed and audited.
    wxTEST_DIALOG(screen->reopen(), wxExpectModal<wxMessageDialog>(wxYES));
    CHECK_FALSE(screen->live().readOnly());
    bool audited = false;
    for (const AuditEntry& entry : fixture.workspace.storage().audit().forEntity("interview", interviewId))
        audited = audited || entry.action == "reopen";
    CHECK(audited);
}

TEST_CASE("Other interviewers' drafts and scores are not shown to an interviewer", "[gui][interview]")
{
    test::GuiFixture fixture;
    const Hiring hiring = addApplication(fixture.workspace);
    app::InterviewView* view = fixture.frame->interviewView();

    view->startInterview({hiring.applicationId, "Kim Roe", InterviewKind::Panel, 45});
    REQUIRE(view->showingInterview());
    const int64_t kims = view->screen()->live().interview().id;
    view->screen()->selectLine(0);
    view->screen()->score(5);
    type(view->screen()->scoringPanel()->notesBox(), "Kim's private view");
    REQUIRE(view->screen()->saveNow());

    view->screen()->submitWith(Recommendation::StrongYes);
    REQUIRE(view->screen()->live().readOnly());
    // Kim also leaves a draft on another candidate: it is Kim's alone.
    const Hiring other = addApplication(fixture.workspace, "Alan Turing");
    view->startInterview({other.applicationId, "Kim Roe", InterviewKind::Panel, 45});
    view->screen()->score(4);
    REQUIRE(view->screen()->saveNow());

    // HR, with no draft of their own, sees Kim's submitted score.
    app::CompareView* compare = fixture.frame->compareView();
    view->setInterviewer("Hana HR");
    compare->selectOpening(hiring.openingId);
    REQUIRE(compare->comparison());
    CHECK(compare->comparison()->cell(0, 0).raters == 1);

    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::Panel, 45});
    REQUIRE(view->showingInterview());
    // Sam, whose own scorecard is a draft, sees nobody's scores in the comparison.
    compare->reload();
    compare->selectOpening(hiring.openingId);
    REQUIRE(compare->comparison());
    CHECK(compare->comparison()->candidate(0).withheld);
    CHECK(compare->comparison()->cell(0, 0).raters == 0);
    CHECK(compare->comparison()->verdicts(0).size() == 0);
    const LiveInterview& sams = view->screen()->live();
    CHECK(sams.interview().id != kims);
    CHECK(sams.interview().interviewer == "Sam Lee");
    const std::string competency = sams.lines().at(0).entry.competencyId;
    CHECK_FALSE(sams.score(competency).has_value());
    CHECK(sams.notes(competency).empty());
    view->screen()->selectLine(0);
    CHECK_FALSE(view->screen()->scoringPanel()->notesBox()->GetValue().Contains("Kim"));
    CHECK_FALSE(view->screen()->scoringPanel()->anchors()->ToText().Contains("Kim"));

    REQUIRE(view->screen()->close());
    view->reload();
    REQUIRE(view->drafts().size() == 1);  // Sam's own; Kim's was submitted, and is Kim's
    CHECK(view->drafts()[0].interviewer == "Sam Lee");
    REQUIRE(view->draftList()->GetItemCount() == 1);
    CHECK(view->draftList()->GetItemText(0, 0) == "Grace Hopper");
    view->setInterviewer("Kim Roe");
    REQUIRE(view->drafts().size() == 1);
    CHECK(view->drafts()[0].candidateName == "Alan Turing");
    CHECK(fixture.workspace.storage().interviews().hasDraftFor("Sam Lee",
                                                                 fixture.workspace.storage()
                                                                     .candidates()
                                                                     .getApplication(hiring.applicationId)
                                                                     .candidateId));
}

TEST_CASE("The paper kit of an interview is written as a PDF from the screen, submitted or not", "[gui][interview]")
{
    test::GuiFixture fixture;
    fixture.frame->SetSize(0, 0, 1366, 740);
    // A slash in a name must not turn the proposed file name into a folder.
    const Hiring hiring = addApplication(fixture.workspace, "Ana/Maria Costa");
    app::InterviewView* view = fixture.frame->interviewView();
    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::PhoneScreen, 45});
    REQUIRE(view->showingInterview());
    wxString proposed;
    wxTEST_DIALOG(view->screen()->exportPaperKit(), ReadProposedName(&proposed));
    CHECK(proposed == "Ana-Maria Costa - interview kit.pdf");
    const wxString path = wxString::FromUTF8((fixture.dir.path() / "kit.pdf").string());
    view->screen()->writePaperKitTo(path);
    std::ifstream in(app::toUtf8(path), std::ios::binary);
    std::string magic(5, '\0');
    in.read(magic.data(), 5);
    CHECK(magic == "%PDF-");

    // The interviewer may swap a question for another on the same competency.
    app::InterviewScreen* screen = view->screen();
    const auto alternatives = screen->live().alternativesFor(0, fixture.workspace.content());
    REQUIRE_FALSE(alternatives.empty());
    screen->swapQuestionFor(alternatives.front()->id);
    REQUIRE(screen->saveNow());
    const int64_t id = screen->live().interview().id;
    CHECK(fixture.workspace.storage().interviews().get(id).kitQuestionIds.front() == alternatives.front()->id);

    // Clicking an anchor scores, as the keys do; the indicator confirms the save.
    screen->selectLine(0);
    wxHtmlWindow* anchors = screen->scoringPanel()->anchors();
    wxHtmlLinkEvent click(anchors->GetId(), wxHtmlLinkInfo("score:2"));
    click.SetEventObject(anchors);
    anchors->GetEventHandler()->ProcessEvent(click);
    CHECK(screen->live().score(screen->live().lines().at(0).entry.competencyId) ==
          std::optional<std::optional<int>>(2));
    REQUIRE(screen->saveNow());
    test::pumpEvents();
    CHECK(screen->savedLabel()->GetLabel().StartsWith("All changes saved"));
    CHECK(fixture.workspace.storage().interviews().ratings(id).at(0).score == 2);
    screen->submitWith(Recommendation::StrongNo);
    REQUIRE(screen->live().readOnly());
    CHECK(screen->stateLabel()->GetLabel().Contains("Strong no"));
    CHECK_FALSE(screen->strengthsBox()->IsEditable());
    test::pumpEvents();
    test::checkNothingCutOff(screen, "submitted interview"); // the state, now in bold, shown whole
    test::saveScreenshot(fixture.frame, "interview-submitted");
    std::filesystem::remove(app::toUtf8(path));
    screen->writePaperKitTo(path);  // still available for a read-only scorecard
    CHECK(std::filesystem::exists(app::toUtf8(path)));
}

TEST_CASE("the drafts list says when there are none, and gives start times in local time", "[gui][interview]")
{
    test::GuiFixture fixture;
    app::InterviewView* view = fixture.frame->interviewView();
    view->reload();
    CHECK(view->draftList()->GetItemCount() == 0);
    CHECK(view->draftsHeading()->GetLabel().StartsWith("You have no draft scorecards."));

    // Two hours east of UTC, for this test.
    const char* const zoneWas = std::getenv("TZ");
    const std::string keepZone = zoneWas ? zoneWas : "";
    setenv("TZ", "TEST-2", 1);
    tzset();
    const Hiring hiring = addApplication(fixture.workspace);
    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::Panel, 45});
    REQUIRE(view->showingInterview());
    const std::string startedUtc = *view->screen()->live().interview().startedAt;
    wxCommandEvent back(wxEVT_BUTTON, view->screen()->backButton()->GetId());
    back.SetEventObject(view->screen()->backButton());
    view->screen()->backButton()->ProcessWindowEvent(back);
    CHECK_FALSE(view->showingInterview());
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) ==
          "Your scorecard is kept as a draft: resume it from this list.");
    view->reload();
    REQUIRE(view->draftList()->GetItemCount() == 1);
    CHECK(view->draftsHeading()->GetLabel().StartsWith("Your draft scorecards"));
    std::tm when{};
    REQUIRE(strptime(startedUtc.c_str(), "%Y-%m-%dT%H:%M:%S", &when) != nullptr);
    const std::time_t local = timegm(&when) + 2 * 3600;
    char expected[32];
    std::strftime(expected, sizeof expected, "%Y-%m-%d %H:%M", std::gmtime(&local));
    CHECK(view->draftList()->GetItemText(0, 4) == expected);
    app::bringPageForward(view);
    test::pumpEvents();
    test::saveScreenshot(fixture.frame, "interview-drafts");
    if (zoneWas)
        setenv("TZ", keepZone.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}

TEST_CASE("a draft started by mistake is discarded from the list, after asking", "[gui][interview]")
{
    test::GuiFixture fixture;
    app::InterviewView* view = fixture.frame->interviewView();
    const Hiring hiring = addApplication(fixture.workspace);
    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::Panel, 45});
    REQUIRE(view->showingInterview());
    const int64_t id = view->screen()->live().interview().id;
    view->screen()->score(4);
    REQUIRE(view->screen()->close());
    view->reload();
    REQUIRE(view->draftList()->GetItemCount() == 1);

    // No keeps it; Delete on the list asks the same, and Discard deletes it.
    wxTEST_DIALOG(view->discardSelected(), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(fixture.workspace.storage().interviews().find(id).has_value());
    wxListEvent key(wxEVT_LIST_KEY_DOWN, view->draftList()->GetId());
    key.SetEventObject(view->draftList());
    key.m_code = WXK_DELETE;
    wxTEST_DIALOG(view->draftList()->ProcessWindowEvent(key), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK_FALSE(fixture.workspace.storage().interviews().find(id).has_value());
    CHECK(view->draftList()->GetItemCount() == 0);
    CHECK(view->draftsHeading()->GetLabel().StartsWith("You have no draft scorecards."));
    CHECK(fixture.frame->GetStatusBar()->GetStatusText(0) == "Draft scorecard discarded.");
}

TEST_CASE("the interview header says how the questions left fit the time left", "[gui][interview]")
{
    test::GuiFixture fixture;
    const Hiring hiring = addApplication(fixture.workspace);
    app::InterviewView* view = fixture.frame->interviewView();
    app::bringPageForward(view);
    view->startInterview({hiring.applicationId, "Sam Lee", InterviewKind::Panel, 60});
    REQUIRE(view->showingInterview());
    app::InterviewScreen* screen = view->screen();
    const auto expected = [&](long elapsedSeconds) {
        const int spare = minutesToSpare(
            60, elapsedSeconds,
            minutesOfQuestionsFrom(screen->live().questions(), screen->live().currentQuestion()));
        return spare == 0 ? wxString("On time") : wxString::Format("%d min to spare", spare);
    };
    // The label was worked out with the seconds gone by then: none, or as
    // many as now on a busy machine (a second can cross a whole minute).
    const auto labelFits = [&] {
        const long now = secondsSince(*screen->live().interview().startedAt).value_or(0);
        const wxString label = screen->paceLabel()->GetLabel();
        INFO(label.ToStdString() << " after " << now << " s");
        return label == expected(0) || label == expected(now);
    };
    // Just started: the whole plan ahead, the reserve to spare.
    CHECK(labelFits());
    CHECK(screen->paceLabel()->GetLabel().Contains("to spare"));
    const wxString atStart = screen->paceLabel()->GetLabel();
    // On the last question, the others' time is to spare as well.
    screen->moveQuestion(static_cast<int>(screen->live().questions().size()));
    CHECK(labelFits());
    CHECK(screen->paceLabel()->GetLabel() != atStart);
}
