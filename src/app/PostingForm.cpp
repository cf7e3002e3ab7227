#include "app/PostingForm.h"

#include <cstring>
#include <iterator>

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include "app/HtmlText.h"
#include "core/content/Content.h"

namespace amhire::app {

namespace {

std::optional<long> parseAmount(const wxTextCtrl* ctrl, bool* bad = nullptr)
{
    wxString text = ctrl->GetValue();
    text.Replace(",", "");
    text.Replace("$", "");
    text.Trim(true).Trim(false);
    if (text.empty())
        return std::nullopt;
    long value = 0;
    if (!text.ToLong(&value) || value < 0) {
        if (bad)
            *bad = true;
        return std::nullopt;
    }
    return value;
}

std::string trimmed(const wxTextCtrl* ctrl)
{
    wxString value = ctrl->GetValue();
    return toUtf8(value.Trim(true).Trim(false));
}

}  // namespace

PostingForm::PostingForm(wxWindow* parent, const Content& content, std::function<void()> onChange)
    : wxPanel(parent), content_(content), onChange_(std::move(onChange))
{
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 6)));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    };
    auto text = [&](const wxString& caption, const wxString& hint, long style = 0) {
        label(caption);
        auto* ctrl = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                    wxSize(-1, (style & wxTE_MULTILINE) ? FromDIP(60) : -1), style);
        ctrl->SetHint(hint);
        grid->Add(ctrl, 1, wxEXPAND);
        ctrl->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(); });
        return ctrl;
    };

    label(_("&Industry:"));
    template_ = new wxChoice(this, wxID_ANY);
    for (const JobTemplate& t : content_.templates())
        template_->Append(fromUtf8(t.industry + " - " + t.title));
    // Narrower than its longest entry, so the form fits a narrow pane (GTK
    // shortens the shown entry with an ellipsis) instead of running under it.
    template_->SetMinSize(wxSize(FromDIP(160), -1));
    grid->Add(template_, 1, wxEXPAND);
    label(_("&Level:"));
    level_ = new wxChoice(this, wxID_ANY);
    grid->Add(level_, 1, wxEXPAND);
    company_ = text(_("&Company:"), _("Your company's name"));
    location_ = text(_("L&ocation:"), _("City, region"));
    label(_("&Work model:"));
    workModel_ = new wxChoice(this, wxID_ANY);
    for (WorkModel m : kAllWorkModels)
        workModel_->Append(wxGetTranslation(workModelTitle(m)));
    workModel_->SetSelection(1);
    grid->Add(workModel_, 1, wxEXPAND);
    team_ = text(_("&Team:"), _("e.g. the Customer Success team"));
    reportsTo_ = text(_("&Reports to:"), _("e.g. the Head of Account Management"));
    payMin_ = text(_("Base pay &from:"), wxString());
    payMax_ = text(_("Base pay t&o:"), wxString());
    oteMin_ = text(_("OTE from:"), wxString());
    oteMax_ = text(_("OTE to:"), wxString());
    benefits_ = text(_("E&xtra benefits:"), _("One per line"), wxTE_MULTILINE);
    howToApply_ = text(_("How to &apply:"), _("Leave empty for a short default"), wxTE_MULTILINE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxALL | wxEXPAND, FromDIP(8));
    SetSizer(sizer);

    template_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        fillLevels();
        prefillPay();
        changed();
    });
    level_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        prefillPay();
        changed();
    });
    workModel_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { changed(); });
    if (!content_.templates().empty()) {
        template_->SetSelection(0);
        fillLevels();
        prefillPay();
    }
}

const JobTemplate* PostingForm::jobTemplate() const
{
    const int i = template_->GetSelection();
    return i == wxNOT_FOUND ? nullptr : &content_.templates()[static_cast<size_t>(i)];
}

void PostingForm::fillLevels()
{
    level_->Clear();
    if (const JobTemplate* t = jobTemplate())
        for (const LevelBand& band : t->levels)
            level_->Append(wxGetTranslation(levelTitle(band.level)));
    if (level_->GetCount() > 0)
        level_->SetSelection(0);
}

// Pay starts at the band for the level: the manager narrows it, rather than
// guessing what the market pays.
void PostingForm::prefillPay()
{
    const LevelBand* b = band();
    if (!b)
        return;
    payMin_->ChangeValue(wxString::Format("%ld", b->baseMin));
    payMax_->ChangeValue(wxString::Format("%ld", b->baseMax));
    oteMin_->ChangeValue(wxString::Format("%ld", b->oteMin));
    oteMax_->ChangeValue(wxString::Format("%ld", b->oteMax));
}

void PostingForm::changed()
{
    if (onChange_)
        onChange_();
}

bool PostingForm::selectTemplate(const std::string& templateId)
{
    for (size_t i = 0; i < content_.templates().size(); ++i) {
        if (content_.templates()[i].id == templateId) {
            template_->SetSelection(static_cast<int>(i));
            fillLevels();
            prefillPay();
            changed();
            return true;
        }
    }
    return false;
}

bool PostingForm::selectLevel(Level level)
{
    const JobTemplate* t = jobTemplate();
    if (!t)
        return false;
    for (size_t i = 0; i < t->levels.size(); ++i) {
        if (t->levels[i].level == level) {
            level_->SetSelection(static_cast<int>(i));
            prefillPay();
            changed();
            return true;
        }
    }
    return false;
}

PostingInput PostingForm::input() const
{
    PostingInput in;
    const JobTemplate* t = jobTemplate();
    if (t) {
        in.templateId = t->id;
        const int i = level_->GetSelection();
        if (i != wxNOT_FOUND)
            in.level = t->levels[static_cast<size_t>(i)].level;
    }
    in.company = trimmed(company_);
    in.location = trimmed(location_);
    in.team = trimmed(team_);
    in.reportsTo = trimmed(reportsTo_);
    in.workModel = kAllWorkModels[std::max(0, workModel_->GetSelection())];
    in.payMin = parseAmount(payMin_);
    in.payMax = parseAmount(payMax_);
    in.oteMin = parseAmount(oteMin_);
    in.oteMax = parseAmount(oteMax_);
    wxStringTokenizer lines(benefits_->GetValue(), "\n");
    while (lines.HasMoreTokens()) {
        wxString line = lines.GetNextToken().Trim(true).Trim(false);
        if (!line.empty())
            in.extraBenefits.push_back(toUtf8(line));
    }
    in.howToApply = trimmed(howToApply_);
    return in;
}

wxString PostingForm::payProblem() const
{
    for (const auto& [ctrl, name] : {std::pair{payMin_, _("Base pay from")}, std::pair{payMax_, _("Base pay to")},
                                     std::pair{oteMin_, _("OTE from")}, std::pair{oteMax_, _("OTE to")}}) {
        bool bad = false;
        parseAmount(ctrl, &bad);
        if (bad)
            return wxString::Format(_("%s is not a whole amount."), name);
    }
    return {};
}

std::array<PostingForm::NamedField, 10> PostingForm::namedFields() const
{
    return {{{"company", company_},
             {"location", location_},
             {"team", team_},
             {"reports_to", reportsTo_},
             {"pay_min", payMin_},
             {"pay_max", payMax_},
             {"ote_min", oteMin_},
             {"ote_max", oteMax_},
             {"benefits", benefits_},
             {"how_to_apply", howToApply_}}};
}

bool PostingForm::isPayField(const wxTextCtrl* ctrl) const
{
    return ctrl == payMin_ || ctrl == payMax_ || ctrl == oteMin_ || ctrl == oteMax_;
}

wxTextCtrl* PostingForm::field(const char* name) const
{
    for (const auto& [key, ctrl] : namedFields())
        if (std::strcmp(key, name) == 0)
            return ctrl;
    return nullptr;
}

bool PostingForm::hasTyped() const
{
    if (payTyped())
        return true;
    for (const auto& [key, ctrl] : namedFields())
        if (!isPayField(ctrl) && !ctrl->GetValue().Trim().empty())
            return true;
    return false;
}

void PostingForm::clearTyped()
{
    for (const auto& [key, ctrl] : namedFields())
        ctrl->ChangeValue(wxString());
    prefillPay();
    changed();
}

PostingDraft PostingForm::draft() const
{
    PostingDraft draft;
    const JobTemplate* t = jobTemplate();
    const int level = level_->GetSelection();
    if (t) {
        draft.templateId = t->id;
        if (level != wxNOT_FOUND)
            draft.level = t->levels[static_cast<size_t>(level)].level;
    }
    draft.workModel = workModel_->GetSelection();
    for (const auto& [key, ctrl] : namedFields())
        draft.texts.emplace_back(key, ctrl->GetValue());
    draft.payTyped = payTyped();
    return draft;
}

const LevelBand* PostingForm::band() const
{
    const JobTemplate* t = jobTemplate();
    const int level = level_->GetSelection();
    return t && level != wxNOT_FOUND ? &t->levels[static_cast<size_t>(level)] : nullptr;
}

bool PostingForm::payTyped() const
{
    const LevelBand* b = band();
    if (!b)
        return true; // no band to fall back on: what is there was typed
    const long bandValues[] = {b->baseMin, b->baseMax, b->oteMin, b->oteMax};
    const wxTextCtrl* payFields[] = {payMin_, payMax_, oteMin_, oteMax_};
    for (size_t i = 0; i < std::size(payFields); ++i)
        if (payFields[i]->GetValue() != wxString::Format("%ld", bandValues[i]))
            return true;
    return false;
}

void PostingForm::restore(const PostingDraft& draft)
{
    if (!draft.templateId.empty() && selectTemplate(draft.templateId) && draft.level)
        selectLevel(*draft.level);
    if (draft.workModel != wxNOT_FOUND && static_cast<unsigned>(draft.workModel) < workModel_->GetCount())
        workModel_->SetSelection(draft.workModel);
    for (const auto& [key, value] : draft.texts) {
        wxTextCtrl* ctrl = field(key.c_str());
        if (ctrl && (draft.payTyped || !isPayField(ctrl)))
            ctrl->ChangeValue(value);
    }
    changed();
}

}  // namespace amhire::app
