// What the interview screen does when the interviewer acts: scoring, moving
// through the kit, submitting and reopening, swapping a question, the paper
// kit, and the keys that reach all of them. (Layout and saving are in
// InterviewScreen.cpp.)
#include "app/InterviewKindLabel.h"
#include "app/InterviewScreen.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/ErrorReporting.h"
#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/QuestionPanel.h"
#include "app/ScoringPanel.h"
#include "app/SubmitDialog.h"
#include "app/Workspace.h"
#include "core/interview/Kit.h"
#include "core/interview/Pace.h"
#include "core/interview/PaperKit.h"
#include "core/storage/UtcTime.h"

namespace amhire::app {

void InterviewScreen::score(std::optional<int> value)
{
    if (!live_)
        return;
    if (live_->readOnly()) {
        wxLogStatus(_("This scorecard is submitted and read-only; reopen it to change a score."));
        return;
    }
    const int line = scoring_->selectedLine();
    if (line < 0)
        return;
    const std::string competency = live_->lines()[static_cast<size_t>(line)].entry.competencyId;
    live_->setScore(competency, value);
    save("score:" + competency, [competency, value](InterviewStore& s, int64_t id, const std::string& who) {
        s.setScore(id, competency, value, who);
    });
    scoring_->refreshScores(*live_);
    showHeader();
}

void InterviewScreen::moveQuestion(int step)
{
    if (!live_ || live_->questions().empty())
        return;
    const int before = live_->currentQuestion();
    const int now = live_->goToQuestion(before + step);
    if (now == before)
        return;
    save("current", [now](InterviewStore& s, int64_t id, const std::string& who) {
        s.setCurrentQuestion(id, now, who);
    });
    questions_->show(*live_);
    if (const int line = live_->lineOfQuestion(now); line >= 0 && line != scoring_->selectedLine())
        scoring_->show(*live_, line);
    tick(); // the questions left are others now
}

void InterviewScreen::selectLine(int line)
{
    if (!live_ || line < 0 || line >= static_cast<int>(live_->lines().size()))
        return;
    scoring_->show(*live_, line);
}

void InterviewScreen::submit()
{
    if (!live_ || live_->readOnly())
        return;
    if (!saveNow()) {
        wxMessageBox(
            _("Some changes are not saved yet, so the scorecard cannot be submitted. The indicator at the "
              "top right says why; amhire keeps trying."),
            _("Submit Scorecard"), wxOK | wxICON_WARNING, this);
        return;
    }
    SubmitDialog dialog(this, live_->progress());
    if (dialog.ShowModal() != wxID_OK || !dialog.recommendation())
        return;
    submitWith(*dialog.recommendation());
}

void InterviewScreen::submitWith(Recommendation recommendation)
{
    if (!live_ || live_->readOnly() || !saveNow())
        return;
    try {
        runWithoutFreezing([&] {
            workspace_.storage().interviews().submit(live_->interview().id, recommendation,
                                                     live_->interview().interviewer);
        });
    }
    catch (const std::exception& e) {
        showError(this, _("The scorecard could not be submitted"), e);
        return;
    }
    live_->markSubmitted(recommendation);
    showState();
    wxLogStatus(_("Scorecard submitted: %s"), wxGetTranslation(recommendationTitle(recommendation)));
}

void InterviewScreen::reopen()
{
    if (!live_ || !live_->readOnly())
        return;
    if (workspace_.actor() != live_->interview().interviewer) {
        wxMessageBox(wxString::Format(_("Only %s, who gave these scores, can reopen this scorecard."),
                                      fromUtf8(live_->interview().interviewer)),
                     _("Reopen Scorecard"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    if (wxMessageBox(
            _("Reopen your submitted scorecard to change it? HR will not count it until you submit it "
              "again, and the reopening is recorded in the audit log."),
            _("Reopen Scorecard"), wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return;
    reopenNow();
}

void InterviewScreen::reopenNow()
{
    try {
        runWithoutFreezing([&] { workspace_.storage().interviews().reopen(live_->interview().id, workspace_.actor()); });
    }
    catch (const std::exception& e) {
        showError(this, _("The scorecard could not be reopened"), e);
        return;
    }
    live_->markReopened();
    showState();
    wxLogStatus(_("Scorecard reopened for changes"));
}

void InterviewScreen::swapQuestion()
{
    if (!live_ || live_->readOnly())
        return;
    const int index = live_->currentQuestion();
    const auto alternatives = live_->alternativesFor(index, workspace_.content());
    if (alternatives.empty()) {
        wxMessageBox(_("There is no other question on this competency at this level."), _("Swap Question"),
                     wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxArrayString choices;
    for (const Question* q : alternatives)
        choices.Add(wxString::Format(_("%s (%d min)"), fromUtf8(q->text), q->minutes));
    wxSingleChoiceDialog dialog(this, _("Replace the current question with:"), _("Swap Question"), choices);
    dialog.SetSize(FromDIP(wxSize(760, 420)));
    if (dialog.ShowModal() != wxID_OK)
        return;
    swapQuestionFor(alternatives[static_cast<size_t>(dialog.GetSelection())]->id);
}

void InterviewScreen::swapQuestionFor(const std::string& questionId)
{
    questions_->flush();
    if (const auto problem =
            live_->replaceQuestion(live_->currentQuestion(), questionId, workspace_.content())) {
        wxMessageBox(fromUtf8(*problem), _("Swap Question"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    save("kit",
         [ids = live_->kitQuestionIds(), minutes = live_->interview().plannedMinutes](
             InterviewStore& s, int64_t id, const std::string& who) { s.setKit(id, ids, minutes, who); });
    questions_->show(*live_);
}

void InterviewScreen::exportPaperKit()
{
    if (!live_)
        return;
    // The candidate's name as typed, except a slash, which would make it a folder.
    wxString name = fromUtf8(live_->candidate().name);
    name.Replace("/", "-");
    wxFileDialog dialog(this, _("Export Paper Kit"), wxString(), name + _(" - interview kit.pdf"),
                        _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK)
        writePaperKitTo(dialog.GetPath());
}

void InterviewScreen::writePaperKitTo(const wxString& path)
{
    try {
        wxBusyCursor busy;
        writePaperKit(toUtf8(path), workspace_.content(), paperKitInput(*live_));
    }
    catch (const std::exception& e) {
        showError(this, _("The paper kit could not be written"), e);
        return;
    }
    wxLogStatus(_("Paper kit saved.")); // the file name holds the candidate's name: not for logs
}

void InterviewScreen::showHeader()
{
    const Interview& interview = live_->interview();
    title_->SetLabel(wxString::Format(wxString::FromUTF8("%s  \u2014  %s  \u00b7  %s"),
                                      fromUtf8(live_->candidate().name), fromUtf8(live_->opening().title),
                                      interviewKindLabel(interview.kind)));
    const ScoringProgress progress = live_->progress();
    wxString text = wxString::Format(
        wxPLURAL("%d of %d competency scored", "%d of %d competencies scored", progress.total),
        progress.scored, progress.total);
    if (progress.notAssessed > 0)
        text += wxString::Format(_(", %d not assessed"), progress.notAssessed);
    progress_->SetLabel(text);
    tick();
    Layout();
    relayout_.request();
}

void InterviewScreen::showState()
{
    const bool readOnly = live_->readOnly();
    if (readOnly) {
        const auto r = live_->interview().recommendation;
        state_->SetLabel(wxString::Format(_("Submitted, read-only: %s"),
                                          r ? wxGetTranslation(recommendationTitle(*r)) : wxString("?")));
        state_->SetForegroundColour(wxColour(0x1d, 0x4e, 0x89));
        state_->SetFont(GetFont().Bold());
    }
    else {
        state_->SetLabel(_("Draft"));
        state_->SetForegroundColour(GetForegroundColour());
        state_->SetFont(GetFont());
    }
    submit_->Show(!readOnly);
    reopen_->Show(readOnly);
    strengths_->SetEditable(!readOnly);
    concerns_->SetEditable(!readOnly);
    questions_->show(*live_);
    scoring_->show(*live_, std::max(0, scoring_->selectedLine()));
    tick();
    Layout();
    relayout_.request(); // the state may have turned bold: measured anew once GTK has drawn it
}

void InterviewScreen::tick()
{
    if (!live_)
        return;
    const int planned = live_->interview().plannedMinutes;
    const auto& started = live_->interview().startedAt;
    const long seconds = started ? secondsSince(*started).value_or(0) : 0;
    const wxColour late(0xb0, 0x1c, 0x1c);
    if (live_->readOnly() || seconds < 0) {
        elapsed_->SetLabel(wxString::Format(_("Planned %d min"), planned));
        pace_->SetLabel(wxString());
        return;
    }
    elapsed_->SetLabel(
        wxString::Format(_("Elapsed %ld:%02ld of %d min"), seconds / 60, seconds % 60, planned));
    elapsed_->SetForegroundColour(seconds > planned * 60L ? late : GetForegroundColour());
    // Against the plan: whether the questions left still fit.
    const int spare = minutesToSpare(planned, seconds,
                                     minutesOfQuestionsFrom(live_->questions(), live_->currentQuestion()));
    wxString pace = spare == 0 ? wxString(_("On time"))
                    : spare > 0
                        ? wxString::Format(wxPLURAL("%d min to spare", "%d min to spare", spare), spare)
                        : wxString::Format(wxPLURAL("%d min behind", "%d min behind", -spare), -spare);
    if (pace != pace_->GetLabel()) {
        pace_->SetLabel(pace);
        pace_->SetForegroundColour(spare < 0 ? late : GetForegroundColour());
        pace_->SetToolTip(spare < 0 ? _("The questions left are planned to take longer than the time left: "
                                        "choose which to skip or shorten")
                                    : _("The questions left fit the time left, with time at the end for the "
                                        "candidate's own questions"));
        Layout();
    }
}

void InterviewScreen::onCharHook(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (!live_) {
        event.Skip();
        return;
    }
    if (event.GetModifiers() == wxMOD_ALT && (key == WXK_LEFT || key == WXK_RIGHT)) {
        moveQuestion(key == WXK_LEFT ? -1 : +1);
        return;
    }
    // In a text box, keys are typing; Esc hands the keyboard back to scoring.
    if (dynamic_cast<wxTextCtrl*>(FindFocus())) {
        if (key == WXK_ESCAPE && !event.HasAnyModifiers()) {
            scoring_->lineList()->SetFocus();
            return;
        }
        event.Skip();
        return;
    }
    if (!event.HasAnyModifiers()) {
        if (key >= '0' && key <= '5') {
            score(key == '0' ? std::nullopt : std::optional<int>(key - '0'));
            return;
        }
        if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD5) {
            score(key == WXK_NUMPAD0 ? std::nullopt : std::optional<int>(key - WXK_NUMPAD0));
            return;
        }
        if (key == WXK_LEFT || key == WXK_RIGHT) {
            moveQuestion(key == WXK_LEFT ? -1 : +1);
            return;
        }
        if (key == WXK_UP || key == WXK_DOWN) {
            selectLine(scoring_->selectedLine() + (key == WXK_UP ? -1 : +1));
            return;
        }
    }
    event.Skip();
}

} // namespace amhire::app
