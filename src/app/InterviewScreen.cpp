#include "app/InterviewScreen.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/QuestionPanel.h"
#include "app/RememberedSplit.h"
#include "app/ScoringPanel.h"
#include "app/TextAutosave.h"
#include "app/Workspace.h"
#include "core/storage/SqliteStorage.h"
#include "core/storage/UtcTime.h"

namespace amhire::app {
namespace {

constexpr auto kCloseFlush = std::chrono::seconds(3);
const wxColour kProblem(0xb0, 0x1c, 0x1c);

wxStaticText* headerText(wxWindow* parent, bool bold = false)
{
    auto* text = new wxStaticText(parent, wxID_ANY, wxString());
    if (bold)
        text->SetFont(text->GetFont().Bold().Larger());
    return text;
}

} // namespace

InterviewScreen::InterviewScreen(wxWindow* parent, Workspace& workspace, Settings& settings,
                                 std::function<void()> closed)
    : wxPanel(parent), workspace_(workspace), closed_(std::move(closed)), clock_(this), relayout_(this)
{
    title_ = headerText(this, true);
    state_ = headerText(this);
    elapsed_ = headerText(this);
    pace_ = headerText(this);
    progress_ = headerText(this);
    saved_ = headerText(this);
    // Who and what, then the clock, progress and saving; in a narrow window
    // the second group goes onto a line of its own rather than being cut
    // off: "Not saved" must always be readable.
    auto* who = new wxBoxSizer(wxHORIZONTAL);
    who->Add(title_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
    who->Add(state_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
    auto* status = new wxBoxSizer(wxHORIZONTAL);
    for (wxStaticText* text : {elapsed_, pace_, progress_, saved_})
        status->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
    auto* header = new wxWrapSizer(wxHORIZONTAL);
    header->Add(who, 0, wxALIGN_CENTER_VERTICAL);
    header->Add(status, 0, wxALIGN_CENTER_VERTICAL);

    auto* splitter =
        new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    splitter->SetMinimumPaneSize(FromDIP(280));
    questions_ = new QuestionPanel(
        splitter, {[this](int step) { moveQuestion(step); },
                   [this](const std::string& q, const wxString& notes) {
                       live_->setQuestionNote(q, toUtf8(notes));
                       save("qnote:" + q,
                            [q, text = toUtf8(notes)](InterviewStore& s, int64_t id, const std::string& who) {
                                s.setQuestionNote(id, q, text, who);
                            });
                   },
                   [this](const std::string& q, bool asked) {
                       live_->setAsked(q, asked);
                       save("asked:" + q, [q, asked](InterviewStore& s, int64_t id, const std::string& who) {
                           s.setQuestionAsked(id, q, asked, who);
                       });
                   },
                   [this] { swapQuestion(); }});
    scoring_ = new ScoringPanel(
        splitter, {[this](int line) { selectLine(line); },
                   [this](const std::string&, std::optional<int> s) { score(s); },
                   [this](const std::string& c, const wxString& notes) {
                       live_->setNotes(c, toUtf8(notes));
                       save("notes:" + c,
                            [c, text = toUtf8(notes)](InterviewStore& s, int64_t id, const std::string& who) {
                                s.setRatingNotes(id, c, text, who);
                            });
                   },
                   [this](const std::string& c, const std::string& m, std::optional<double> value) {
                       live_->setEvidence(c, m, value);
                       save("evidence:" + c + ":" + m,
                            [c, m, value](InterviewStore& s, int64_t id, const std::string& who) {
                                s.setEvidence(id, c, m, value, who);
                            });
                   }});
    splitter->SplitVertically(questions_, scoring_);
    // The scoring side holds three columns (competencies, anchors, evidence)
    // against the question's one, so it starts a little wider.
    rememberSplit(*splitter, settings, "interview", 0.45);

    strengths_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 54)),
                                wxTE_MULTILINE | wxTE_WORDWRAP);
    strengths_->SetHint(_("Key strengths, for the debrief"));
    concerns_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 54)),
                               wxTE_MULTILINE | wxTE_WORDWRAP);
    concerns_->SetHint(_("Key concerns, for the debrief"));
    auto saveTakeaways = [this](const wxString&) {
        live_->setTakeaways(toUtf8(strengths_->GetValue()), toUtf8(concerns_->GetValue()));
        save("takeaways", [s = live_->interview().strengths, c = live_->interview().concerns](
                              InterviewStore& store, int64_t id, const std::string& who) {
            store.setTakeaways(id, s, c, who);
        });
    };
    strengthsSaver_ = std::make_unique<TextAutosave>(strengths_, saveTakeaways);
    concernsSaver_ = std::make_unique<TextAutosave>(concerns_, saveTakeaways);

    back_ = new wxButton(this, wxID_ANY, _("&Back to List"));
    paper_ = new wxButton(this, wxID_ANY, _("Paper &Kit (PDF)..."));
    paper_->SetToolTip(_("Export this kit as a PDF to print, for notes by hand"));
    reopen_ = new wxButton(this, wxID_ANY, _("&Reopen"));
    reopen_->SetToolTip(_("Make your submitted scorecard editable again (recorded in the audit log)"));
    submit_ = new wxButton(this, wxID_ANY, _("&Submit..."));
    submit_->SetToolTip(_("Give your overall recommendation and make the scorecard read-only"));

    auto* takeaways = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, _("S&trengths")));
    left->Add(strengths_, 1, wxEXPAND);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(new wxStaticText(this, wxID_ANY, _("&Concerns")));
    right->Add(concerns_, 1, wxEXPAND);
    takeaways->Add(left, 1, wxEXPAND | wxRIGHT, FromDIP(8));
    takeaways->Add(right, 1, wxEXPAND | wxRIGHT, FromDIP(8));
    // Two rows, as tall as a label and three lines of text: a taller column
    // would take its height from the question above, whose red flags then
    // fall out of sight on a laptop's screen.
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    for (wxButton* b : {submit_, reopen_})
        buttons->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(2));
    auto* leave = new wxBoxSizer(wxHORIZONTAL);
    leave->Add(paper_, 1, wxRIGHT, FromDIP(2));
    leave->Add(back_, 1);
    buttons->Add(leave, 0, wxEXPAND);
    takeaways->Add(buttons, 0, wxALIGN_BOTTOM);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(splitter, 1, wxEXPAND);
    sizer->Add(takeaways, 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(sizer);

    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const bool draft = live_ && !live_->readOnly();
        if (!close())
            return;
        // Otherwise the status bar still says how to score an interview that has gone.
        wxLogStatus(draft ? _("Your scorecard is kept as a draft: resume it from this list.")
                          : _("Back to your scorecards: the submitted ones are listed below the drafts."));
        if (closed_)
            closed_();
    });
    paper_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportPaperKit(); });
    reopen_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reopen(); });
    submit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(); });
    Bind(wxEVT_CHAR_HOOK, &InterviewScreen::onCharHook, this);
}

InterviewScreen::~InterviewScreen()
{
    *alive_ = false; // status reports still queued for this screen are ignored
    clock_.Stop();
    if (live_)
        flushTyping();
    saver_.reset(); // writes what is pending before the connection closes
}

void InterviewScreen::open(int64_t interviewId)
{
    LiveInterview loaded = LiveInterview::load(workspace_.storage(), workspace_.content(), interviewId);
    std::weak_ptr<bool> alive = alive_;
    Autosaver::Connect connect = [path = workspace_.databasePath()]() -> std::unique_ptr<Storage> {
        return SqliteStorage::open(path, OpenMode::AlreadyChecked);
    };
    saver_ = std::make_unique<Autosaver>(std::move(connect), [this, alive](const SaveStatus& status) {
        // Called on the saver's thread: hand the news to the GUI thread.
        wxTheApp->CallAfter([this, alive, status] {
            if (const auto still = alive.lock(); still && *still)
                showSaveStatus(status);
        });
    });
    live_ = std::move(loaded);
    if (!live_->readOnly() && !live_->interview().startedAt) {
        live_->markStarted(utcNow());
        save("started",
             [](InterviewStore& s, int64_t id, const std::string& who) { s.markStarted(id, who); });
    }
    strengthsSaver_->setValue(fromUtf8(live_->interview().strengths));
    concernsSaver_->setValue(fromUtf8(live_->interview().concerns));
    questions_->show(*live_);
    scoring_->show(*live_, std::max(0, live_->lineOfQuestion(live_->currentQuestion())));
    showHeader();
    showState();
    saved_->SetForegroundColour(GetForegroundColour());
    saved_->SetLabel(_("All changes saved"));
    clock_.Start(1000);
    Layout();
    scoring_->lineList()->SetFocus(); // ready for score keys at once
}

bool InterviewScreen::saveNow()
{
    if (!live_)
        return true;
    flushTyping();
    return waitAFrameAtATime([this](std::chrono::milliseconds wait) { return saver_->flush(wait); }, kCloseFlush);
}

bool InterviewScreen::close()
{
    if (!live_)
        return true;
    if (!saveNow()) {
        const SaveStatus status = saver_->status();
        const wxString why =
            status.error ? fromUtf8(*status.error) : wxString(_("the disk is slow to answer"));
        wxMessageDialog ask(this,
                            wxString::Format(wxPLURAL("%d change is not saved yet: %s",
                                                      "%d changes are not saved "
                                                      "yet: %s",
                                                      status.pending),
                                             status.pending, why),
                            _("Changes Not Saved"), wxYES_NO | wxICON_WARNING);
        ask.SetExtendedMessage(
            _("Keep the interview open and let amhire keep trying? Closing now loses them."));
        ask.SetYesNoLabels(_("&Keep Open"), _("Close &Anyway"));
        if (ask.ShowModal() == wxID_YES)
            return false;
    }
    clock_.Stop();
    saver_.reset();
    live_.reset();
    return true;
}

void InterviewScreen::save(const std::string& key, Change change)
{
    if (!saver_ || !live_ || live_->readOnly())
        return;
    saver_->save(key,
                 [change = std::move(change), id = live_->interview().id,
                  who = live_->interview().interviewer](InterviewStore& store) { change(store, id, who); });
}

void InterviewScreen::flushTyping()
{
    questions_->flush();
    scoring_->flush();
    strengthsSaver_->flush();
    concernsSaver_->flush();
}

void InterviewScreen::showSaveStatus(const SaveStatus& status)
{
    if (status.error) {
        saved_->SetForegroundColour(kProblem);
        saved_->SetLabel(status.retrying
                             ? wxString::Format(_("Not saved yet, retrying: %s"), fromUtf8(*status.error))
                             : wxString::Format(_("Not saved: %s"), fromUtf8(*status.error)));
        saved_->SetToolTip(fromUtf8(*status.error));
    }
    else if (status.pending > 0) {
        saved_->SetForegroundColour(GetForegroundColour());
        saved_->SetLabel(_("Saving..."));
    }
    else {
        saved_->SetForegroundColour(GetForegroundColour());
        saved_->SetLabel(wxString::Format(_("All changes saved %s"), wxDateTime::Now().FormatTime()));
        saved_->UnsetToolTip();
    }
    Layout();
}

} // namespace amhire::app
