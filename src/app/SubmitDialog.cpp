#include "app/SubmitDialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/HtmlText.h"

namespace amhire::app {

SubmitDialog::SubmitDialog(wxWindow* parent, const ScoringProgress& progress)
    : wxDialog(parent, wxID_ANY, _("Submit Scorecard"))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(10);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("After submitting, your scores and notes are read-only and HR sees them in "
                                     "the comparison. You can reopen the scorecard later; reopening is recorded."));
    intro->Wrap(FromDIP(420));
    sizer->Add(intro, 0, wxALL, border);

    if (!progress.unscoredNames.empty()) {
        wxString names;
        for (const std::string& name : progress.unscoredNames)
            names += wxString::FromUTF8("\n  \u2022 ") + fromUtf8(name);
        auto* warning = new wxStaticText(
            this, wxID_ANY,
            wxString::Format(wxPLURAL("%zu competency has no score:", "%zu competencies have no score:",
                                      progress.unscoredNames.size()),
                             progress.unscoredNames.size()) +
                names + "\n" + _("Score them, or mark them not assessed (key 0), before submitting if you can."));
        warning->SetForegroundColour(wxColour(0x9a, 0x3a, 0x12));
        sizer->Add(warning, 0, wxLEFT | wxRIGHT | wxBOTTOM, border);
    }

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Overall &recommendation:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
             FromDIP(6));
    choice_ = new wxChoice(this, wxID_ANY);
    choice_->Append(_("Choose one..."));
    for (Recommendation r : kAllRecommendations)
        choice_->Append(wxGetTranslation(recommendationTitle(r)));
    choice_->SetSelection(0);
    row->Add(choice_, 1);
    sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, border);

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, border);
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK))) {
        ok->SetLabel(_("&Submit"));
        ok->Enable(false);
        choice_->Bind(wxEVT_CHOICE, [this, ok](wxCommandEvent&) { ok->Enable(recommendation().has_value()); });
    }
    SetSizerAndFit(sizer);
    CentreOnParent();
    choice_->SetFocus();
}

std::optional<Recommendation> SubmitDialog::recommendation() const
{
    const int index = choice_->GetSelection();
    if (index <= 0 || index > static_cast<int>(std::size(kAllRecommendations)))
        return std::nullopt;
    return kAllRecommendations[index - 1];
}

}  // namespace amhire::app
