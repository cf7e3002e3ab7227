#include "app/EvidenceFields.h"

#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/HtmlText.h"
#include "core/interview/EvidenceInput.h"
#include "core/interview/LiveInterview.h"

namespace amhire::app {

EvidenceFields::EvidenceFields(wxWindow* parent, Changed changed) : wxPanel(parent), changed_(std::move(changed))
{
    grid_ = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    problems_ = new wxStaticText(this, wxID_ANY, wxString());
    problems_->SetForegroundColour(wxColour(0xb0, 0x1c, 0x1c));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid_, 0, wxEXPAND);
    sizer->Add(problems_, 0, wxEXPAND | wxTOP, FromDIP(2));
    SetSizer(sizer);
}

wxString EvidenceFields::problem(size_t index) const
{
    return fields_.at(index).problem;
}

void EvidenceFields::flush()
{
    for (Field& field : fields_)
        check(field);
}

void EvidenceFields::show(const LiveInterview& live, const ScoringLine& line)
{
    flush();
    grid_->Clear(true);
    fields_.clear();
    problems_->SetLabel(wxString());
    competencyId_ = line.entry.competencyId;
    metrics_ = line.competency ? line.competency->metrics : std::vector<Metric>();
    if (!line.competency) {
        Layout();
        return;
    }
    const bool editable = !live.readOnly();
    fields_.reserve(metrics_.size());
    for (const Metric& metric : metrics_) {
        Field field;
        field.metricId = metric.id;
        auto* label = new wxStaticText(this, wxID_ANY, fromUtf8(metric.label));
        const auto value = live.evidence(competencyId_, metric.id);
        field.savedText = value ? fromUtf8(formatEvidence(metric, *value)) : wxString();
        field.text = new wxTextCtrl(this, wxID_ANY, field.savedText, wxDefaultPosition, FromDIP(wxSize(90, -1)));
        field.text->SetEditable(editable);
        field.text->SetHint(wxGetTranslation(evidenceUnitHint(metric.unit)));
        field.text->SetToolTip(wxString::Format(_("Between %s and %s"), fromUtf8(formatEvidence(metric, metric.min)),
                                                fromUtf8(formatEvidence(metric, metric.max))));
        label->SetToolTip(field.text->GetToolTipText());
        grid_->Add(label, 0, wxALIGN_CENTER_VERTICAL);
        grid_->Add(field.text, 0, wxALIGN_CENTER_VERTICAL);
        const size_t index = fields_.size();
        // Checked on every key so the problem shows at once; saved when valid
        // and when the focus leaves (typing "9" on the way to "94" is valid too,
        // and the saver collapses the intermediate writes).
        field.text->Bind(wxEVT_TEXT, [this, index](wxCommandEvent&) { check(fields_[index]); });
        fields_.push_back(field);
    }
    Layout();
    GetParent()->Layout();
}

void EvidenceFields::check(Field& field)
{
    const wxString text = field.text->GetValue();
    const Metric* metric = nullptr;
    for (const Metric& m : metrics_)
        if (m.id == field.metricId)
            metric = &m;
    if (!metric)
        return;
    std::optional<double> value;
    if (!isBlankEvidence(toUtf8(text))) {
        const EvidenceParse parsed = parseEvidence(*metric, toUtf8(text));
        if (!parsed.ok()) {
            field.problem = fromUtf8(parsed.error());
            showProblems();
            return;
        }
        value = parsed.value();
    }
    field.problem.clear();
    showProblems();
    if (text != field.savedText && field.text->IsEditable()) {
        field.savedText = text;
        changed_(competencyId_, field.metricId, value);
    }
}

}  // namespace amhire::app

namespace amhire::app {

void EvidenceFields::showProblems()
{
    wxString text;
    for (const Field& field : fields_)
        if (!field.problem.empty())
            text += (text.empty() ? "" : "\n") + field.problem;
    if (text == problems_->GetLabel())
        return;
    problems_->SetLabel(text);
    problems_->Wrap(GetClientSize().x > 0 ? GetClientSize().x : FromDIP(400));
    GetParent()->Layout();
}

}  // namespace amhire::app
