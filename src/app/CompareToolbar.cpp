#include "app/CompareToolbar.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/HtmlText.h"
#include "app/StageFilterButton.h"

namespace amhire::app {

namespace {
constexpr int kFirstCompetency = 2; // sort choices: total, candidate, then the competencies
}

CompareToolbar::CompareToolbar(wxWindow* parent, std::function<void()> stagesChanged) : wxPanel(parent)
{
    opening_ = new wxChoice(this, wxID_ANY);
    opening_->SetMinSize(FromDIP(wxSize(320, -1)));
    stages_ = new StageFilterButton(this, std::move(stagesChanged));
    sort_ = new wxChoice(this, wxID_ANY);
    sort_->SetMinSize(FromDIP(wxSize(200, -1)));
    descending_ = new wxCheckBox(this, wxID_ANY, _("&Best first"));
    descending_->SetValue(true);
    transpose_ = new wxCheckBox(this, wxID_ANY, _("&Transpose"));
    transpose_->SetToolTip(_("Candidates as rows and competencies as columns"));
    hideKnockedOut_ = new wxCheckBox(this, wxID_ANY, _("&Hide knocked out"));
    hideKnockedOut_->SetToolTip(_("Hide candidates below a must-have minimum on any competency"));
    anonymised_ = new wxCheckBox(this, wxID_ANY, _("A&nonymised debrief"));
    anonymised_->SetToolTip(
        _("Candidates become Candidate A, B, ...; names, emails and companies are hidden here "
          "and in exports, to reduce bias while the panel discusses"));
    export_ = new wxButton(this, wxID_ANY, _("E&xport..."));
    export_->SetToolTip(_("Save the comparison as shown: CSV, JSON, Excel, HTML or a PDF debrief packet"));

    const int gap = FromDIP(6);
    auto* first = new wxBoxSizer(wxHORIZONTAL);
    first->Add(new wxStaticText(this, wxID_ANY, _("&Opening:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    first->Add(opening_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
    first->Add(stages_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
    first->Add(new wxStaticText(this, wxID_ANY, _("So&rt by:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    first->Add(sort_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    first->Add(descending_, 0, wxALIGN_CENTER_VERTICAL);
    auto* second = new wxBoxSizer(wxHORIZONTAL);
    for (wxWindow* toggle : {static_cast<wxWindow*>(transpose_), static_cast<wxWindow*>(hideKnockedOut_),
                             static_cast<wxWindow*>(anonymised_)})
        second->Add(toggle, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3 * gap);
    second->AddStretchSpacer();
    second->Add(export_, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(first, 0, wxEXPAND | wxBOTTOM, gap);
    sizer->Add(second, 0, wxEXPAND);
    SetSizer(sizer);
}

void CompareToolbar::showOpenings(const std::vector<Opening>& openings, int64_t keep)
{
    opening_->Clear();
    int selection = openings.empty() ? wxNOT_FOUND : 0;
    for (const Opening& o : openings) {
        wxString label = fromUtf8(o.title);
        if (!o.company.empty())
            label += wxString::FromUTF8(" \u2014 ") + fromUtf8(o.company);
        if (o.status == kOpeningClosed)
            label += _(" (closed)");
        const int index = opening_->Append(label);
        if (o.id == keep)
            selection = index;
    }
    opening_->SetSelection(selection);
}

void CompareToolbar::showSort(const Comparison* comparison, const ComparisonOptions& options)
{
    sort_->Clear();
    sort_->Append(_("Weighted total"));
    sort_->Append(options.anonymised ? _("Candidate letter") : _("Candidate name"));
    if (comparison)
        for (const ScorecardEntry& entry : comparison->competencies())
            sort_->Append(fromUtf8(entry.name));
    switch (options.sortBy) {
    case ComparisonSort::Total:
        sort_->SetSelection(0);
        break;
    case ComparisonSort::Candidate:
        sort_->SetSelection(1);
        break;
    case ComparisonSort::Competency:
        sort_->SetSelection(kFirstCompetency + static_cast<int>(options.sortCompetency));
        break;
    }
    descending_->SetValue(options.descending);
    descending_->SetLabel(options.sortBy == ComparisonSort::Candidate ? _("&Z to A") : _("&Best first"));
    sort_->Enable(comparison != nullptr);
    export_->Enable(comparison != nullptr); // nothing to export without an opening
    Layout();
}

std::pair<ComparisonSort, size_t> CompareToolbar::chosenSort() const
{
    const int i = sort_->GetSelection();
    if (i >= kFirstCompetency)
        return {ComparisonSort::Competency, static_cast<size_t>(i - kFirstCompetency)};
    return {i == 1 ? ComparisonSort::Candidate : ComparisonSort::Total, 0};
}

} // namespace amhire::app
