#include "app/ScoringPanel.h"

#include <algorithm>

#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/EvidenceFields.h"
#include "app/HtmlText.h"
#include "app/InterviewPages.h"
#include "app/TextAutosave.h"
#include "app/ThemedHtmlWindow.h"
#include "core/interview/LiveInterview.h"

namespace amhire::app {
namespace {

wxString scoreText(const std::optional<std::optional<int>>& score)
{
    if (!score)
        return wxString::FromUTF8("\u2013");  // en dash: not scored yet
    if (!*score)
        return _("n/a");
    return wxString::Format("%d", **score);
}

}  // namespace

ScoringPanel::ScoringPanel(wxWindow* parent, ScoringActions actions) : wxPanel(parent), actions_(std::move(actions))
{
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    heading_->SetFont(heading_->GetFont().Bold());
    lines_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(250, -1)), wxLC_REPORT | wxLC_SINGLE_SEL);
    lines_->AppendColumn(_("Competency"), wxLIST_FORMAT_LEFT, FromDIP(150));
    lines_->AppendColumn(_("Weight"), wxLIST_FORMAT_RIGHT, FromDIP(50));
    lines_->AppendColumn(_("Score"), wxLIST_FORMAT_CENTER, FromDIP(45));
    lines_->SetToolTip(_("Up/Down choose a competency; 1-5 score it, 0 marks it not assessed"));
    anchors_ = new ThemedHtmlWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 180)),
                                    wxHW_SCROLLBAR_AUTO);
    notes_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 48)),
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    notes_->SetHint(_("Notes on this competency: the evidence behind the score"));
    evidence_ = new EvidenceFields(this, [this](const std::string& c, const std::string& m, std::optional<double> v) {
        actions_.evidenceChanged(c, m, v);
    });

    // The list and the anchors side by side, so all five anchors stay in
    // view on a 768-pixel-high screen.
    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    middle->Add(lines_, 0, wxEXPAND | wxRIGHT, FromDIP(6));
    middle->Add(anchors_, 1, wxEXPAND);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(middle, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    // Notes beside the evidence figures: both stay in view under the anchors.
    auto* notes = new wxBoxSizer(wxVERTICAL);
    notes->Add(new wxStaticText(this, wxID_ANY, _("Competency n&otes")));
    notes->Add(notes_, 1, wxEXPAND);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(notes, 1, wxEXPAND | wxRIGHT, FromDIP(8));
    bottom->Add(evidence_, 0, wxEXPAND);
    sizer->Add(bottom, 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(sizer);

    notesSaver_ = std::make_unique<TextAutosave>(notes_, [this](const wxString& text) {
        if (!competencyId_.empty())
            actions_.notesChanged(competencyId_, text);
    });
    lines_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        if (!filling_ && e.GetIndex() != selected_)
            actions_.select(static_cast<int>(e.GetIndex()));
    });
    anchors_->Bind(wxEVT_HTML_LINK_CLICKED, &ScoringPanel::onAnchorClicked, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitCompetencyColumn();
        event.Skip(); // then the sizer lays the panel out with the list's new width
    });
}

ScoringPanel::~ScoringPanel() = default;

void ScoringPanel::flush()
{
    notesSaver_->flush();
    evidence_->flush();
}

void ScoringPanel::show(const LiveInterview& live, int selectedLine)
{
    flush();
    live_ = &live;
    filling_ = true;
    if (lines_->GetItemCount() != static_cast<int>(live.lines().size())) {
        lines_->DeleteAllItems();
        for (size_t i = 0; i < live.lines().size(); ++i) {
            const ScoringLine& line = live.lines()[i];
            lines_->InsertItem(static_cast<long>(i), fromUtf8(line.entry.name));
            lines_->SetItem(static_cast<long>(i), 1, wxString::Format("%g", line.entry.weight));
        }
        measureCompetencyNames();
        fitCompetencyColumn();
        Layout();
    }
    selected_ = live.lines().empty() ? -1 : std::max(0, std::min(selectedLine, static_cast<int>(live.lines().size()) - 1));
    if (selected_ >= 0) {
        lines_->SetItemState(selected_, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        lines_->EnsureVisible(selected_);
    }
    filling_ = false;
    refreshScores(live);
    showDetails(live);
}

void ScoringPanel::measureCompetencyNames()
{
    longestName_ = 0;
    for (int i = 0; i < lines_->GetItemCount(); ++i)
        longestName_ = std::max(longestName_, lines_->GetTextExtent(lines_->GetItemText(i)).x);
}

void ScoringPanel::fitCompetencyColumn()
{
    const int padding = FromDIP(12); // the list's own margins around a cell's text
    const int longestName = longestName_ + padding;
    const int others = lines_->GetColumnWidth(1) + lines_->GetColumnWidth(2) +
                       wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, lines_) + padding;
    // Whole names where there is room; the anchors keep at least half the
    // width, and a narrow window keeps the list's designed width.
    const int narrowest = FromDIP(250);
    const int width = std::clamp(longestName + others, narrowest, std::max(narrowest, GetClientSize().x / 2));
    if (lines_->GetMinSize().x != width)
        lines_->SetMinSize(wxSize(width, -1));
    lines_->SetColumnWidth(0, std::max(FromDIP(60), width - others));
}

void ScoringPanel::refreshScores(const LiveInterview& live)
{
    for (size_t i = 0; i < live.lines().size() && i < static_cast<size_t>(lines_->GetItemCount()); ++i)
        lines_->SetItem(static_cast<long>(i), 2, scoreText(live.score(live.lines()[i].entry.competencyId)));
    if (selected_ >= 0 && selected_ < static_cast<int>(live.lines().size())) {
        const ScoringLine& line = live.lines()[static_cast<size_t>(selected_)];
        if (line.competency) {
            const auto given = live.score(line.entry.competencyId);
            anchors_->SetPage(anchorsPage(*line.competency, given, live.readOnly()));
            // Keep the chosen anchor in view when the five do not all fit.
            if (given && *given)
                anchors_->LoadPage(wxString::Format("#score%d", std::max(1, **given - 1)));  // an in-page jump
        }
    }
}

void ScoringPanel::showDetails(const LiveInterview& live)
{
    const bool editable = !live.readOnly();
    if (selected_ < 0) {
        competencyId_.clear();
        heading_->SetLabel(_("This scorecard has no competencies."));
        anchors_->SetPage(wxString());
        notesSaver_->setValue(wxString());
        return;
    }
    const ScoringLine& line = live.lines()[static_cast<size_t>(selected_)];
    competencyId_ = line.entry.competencyId;
    wxString heading = wxString::Format(_("%s  (weight %g)"), fromUtf8(line.entry.name), line.entry.weight);
    if (line.entry.minimum)
        heading += wxString::Format(_(" - must-have: at least %d"), *line.entry.minimum);
    heading_->SetLabel(heading);
    if (!line.competency)
        anchors_->SetPage("<p>" + wxString(_("The loaded content has no anchors for this competency; score it "
                                              "from your notes.")) + "</p>");
    notesSaver_->setValue(fromUtf8(live.notes(competencyId_)));
    notes_->SetEditable(editable);
    evidence_->show(live, line);
    Layout();
}

void ScoringPanel::onAnchorClicked(wxHtmlLinkEvent& event)
{
    const wxString href = event.GetLinkInfo().GetHref();
    long value = -1;
    if (competencyId_.empty() || !href.StartsWith("score:") || !href.Mid(6).ToLong(&value))
        return;
    if (value == 0)
        actions_.score(competencyId_, std::nullopt);
    else if (value >= 1 && value <= 5)
        actions_.score(competencyId_, static_cast<int>(value));
}

}  // namespace amhire::app
