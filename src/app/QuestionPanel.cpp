#include "app/QuestionPanel.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/HtmlText.h"
#include "app/InterviewPages.h"
#include "app/TextAutosave.h"
#include "app/ThemedHtmlWindow.h"
#include "core/interview/LiveInterview.h"

namespace amhire::app {

QuestionPanel::QuestionPanel(wxWindow* parent, QuestionActions actions)
    : wxPanel(parent), actions_(std::move(actions))
{
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    heading_->SetFont(heading_->GetFont().Bold());
    page_ = new ThemedHtmlWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(420, 220)),
                                 wxHW_SCROLLBAR_AUTO);
    asked_ = new wxCheckBox(this, wxID_ANY, _("&Asked"));
    asked_->SetToolTip(_("Tick when you have asked this question"));
    notes_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    notes_->SetHint(_("Notes on the answer (saved as you type; Esc returns to scoring keys)"));
    previous_ = new wxButton(this, wxID_BACKWARD, _("&Previous"));
    previous_->SetToolTip(_("Previous question (Alt+Left, or Left outside a text box)"));
    next_ = new wxButton(this, wxID_FORWARD, _("&Next"));
    next_->SetToolTip(_("Next question (Alt+Right, or Right outside a text box)"));
    swap_ = new wxButton(this, wxID_ANY, _("S&wap Question..."));
    swap_->SetToolTip(_("Replace this question with another on the same competency"));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(previous_, 0, wxRIGHT, FromDIP(4));
    buttons->Add(next_, 0, wxRIGHT, FromDIP(12));
    buttons->Add(asked_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    buttons->AddStretchSpacer();
    buttons->Add(swap_);

    auto* notesLabel = new wxStaticText(this, wxID_ANY, _("&Question notes"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, FromDIP(6));
    // The question with its probes, what to listen for and red flags takes
    // every line it can; the notes box keeps three (it scrolls).
    sizer->Add(page_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    sizer->Add(notesLabel, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    sizer->Add(notes_, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    SetSizer(sizer);

    notesSaver_ = std::make_unique<TextAutosave>(notes_, [this](const wxString& text) {
        if (!questionId_.empty())
            actions_.notesChanged(questionId_, text);
    });
    previous_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { actions_.move(-1); });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { actions_.move(+1); });
    swap_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { actions_.swap(); });
    asked_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        if (!questionId_.empty())
            actions_.askedChanged(questionId_, e.IsChecked());
    });
}

QuestionPanel::~QuestionPanel() = default;

void QuestionPanel::flush()
{
    notesSaver_->flush();
}

void QuestionPanel::show(const LiveInterview& live)
{
    flush();  // the notes typed belong to the question shown until now
    const auto& questions = live.questions();
    const bool editable = !live.readOnly();
    if (questions.empty()) {
        questionId_.clear();
        heading_->SetLabel(_("This kit has no questions."));
        page_->SetPage(wxString());
        notesSaver_->setValue(wxString());
        for (wxWindow* w : std::initializer_list<wxWindow*>{previous_, next_, swap_, asked_, notes_})
            w->Enable(false);
        return;
    }
    const int index = live.currentQuestion();
    const KitQuestion& item = questions[static_cast<size_t>(index)];
    questionId_ = item.id;
    const int line = live.lineOfQuestion(index);
    const wxString competency =
        line >= 0 ? fromUtf8(live.lines()[static_cast<size_t>(line)].entry.name) : wxString(_("(not on the scorecard)"));
    if (item.question) {
        const wxString dot = wxString::FromUTF8("  \u00b7  ");
        heading_->SetLabel(wxString::Format(_("Question %d of %zu"), index + 1, questions.size()) + dot +
                           competency + dot + wxString::Format(_("%d min"), item.question->minutes));
        page_->SetPage(questionPage(*item.question));
    } else {
        heading_->SetLabel(wxString::Format(_("Question %d of %zu"), index + 1, questions.size()));
        page_->SetPage("<p>" + wxString::Format(_("Question %s is not in the loaded content any more."),
                                                escapeHtml(item.id)) + "</p>");
    }
    notesSaver_->setValue(fromUtf8(live.questionNote(item.id)));
    asked_->SetValue(live.asked(item.id));
    notes_->Enable(true);
    notes_->SetEditable(editable);
    asked_->Enable(editable);
    swap_->Enable(editable && item.question);
    previous_->Enable(index > 0);
    next_->Enable(index + 1 < static_cast<int>(questions.size()));
}

}  // namespace amhire::app
