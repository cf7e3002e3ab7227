#include "app/CompareSidePanel.h"

#include <algorithm>
#include <exception>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/ComparisonPages.h"
#include "app/HtmlText.h"
#include "app/RadarChartPanel.h"
#include "app/ThemedHtmlWindow.h"
#include "core/compare/Comparison.h"
#include "core/compare/RadarChart.h"

namespace amhire::app {

namespace {
// Enough for any debrief; past it the flags page says how many more there are.
constexpr size_t kFlagsShown = 200;
} // namespace

CompareSidePanel::CompareSidePanel(wxWindow* parent, std::function<void()> chartBestRanked)
    : wxNotebook(parent, wxID_ANY)
{
    auto* chartPage = new wxPanel(this);
    chartHint_ = new wxStaticText(chartPage, wxID_ANY, wxString());
    bestRanked_ = new wxButton(chartPage, wxID_ANY, _("Chart the best ran&ked"));
    bestRanked_->Bind(wxEVT_BUTTON, [chartBestRanked](wxCommandEvent&) { chartBestRanked(); });
    chart_ = new RadarChartPanel(chartPage);
    // The hint beside the button, kept short: every pixel of height above
    // the chart is taken from it, and the page's footer already says how
    // to choose candidates.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(chartHint_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    top->Add(bestRanked_, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(chart_, 1, wxEXPAND);
    chartPage->SetSizer(sizer);
    AddPage(chartPage, _("Chart"), true);
    candidate_ = new ThemedHtmlWindow(this);
    AddPage(candidate_, _("Candidate"));
    flags_ = new ThemedHtmlWindow(this);
    AddPage(flags_, _("Flags"));
    calibration_ = new ThemedHtmlWindow(this);
    AddPage(calibration_, _("Calibration"));
    chartPage->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        wrapHint();
    });
}

void CompareSidePanel::wrapHint()
{
    const int width = chartHint_->GetParent()->GetClientSize().x - bestRanked_->GetSize().x - FromDIP(18);
    if (width <= 0 || hint_.empty())
        return;
    chartHint_->SetLabel(hint_); // Wrap() breaks the current label, so start from the whole text
    chartHint_->Wrap(width);
    chartHint_->GetParent()->Layout();
}

void CompareSidePanel::showComparison(const Comparison* comparison)
{
    flags_->SetPage(comparison ? app::flagsPage(*comparison, kFlagsShown) : wxString());
    calibration_->SetPage(comparison ? app::calibrationPage(comparison->calibration()) : wxString());
}

void CompareSidePanel::showChart(const Comparison* comparison, const std::vector<size_t>& rows, bool chosen)
{
    if (!comparison) {
        hint_.clear();
        chartHint_->SetLabel(wxString());
        bestRanked_->Enable(false);
        chart_->setChart({}, {});
        return;
    }
    std::vector<std::string> axes;
    for (const ScorecardEntry& entry : comparison->competencies())
        axes.push_back(entry.name);
    hint_ = chosen ? _("Your choice, up to four. Not assessed is drawn at the centre.")
                   : _("The best ranked. Ctrl+click headings (or Ctrl+Space) to chart others.");
    bestRanked_->Enable(chosen);
    wrapHint();
    chart_->setChart(std::move(axes), radarSeries(*comparison, rows));
}

void CompareSidePanel::showCandidate(const Comparison* comparison, size_t row)
{
    if (!comparison || row >= comparison->candidateCount())
        candidate_->SetPage(wxString());
    else {
        // Who said what is read from the database as the cursor moves; a
        // failure shows on the page instead of a dialog at every move.
        try {
            candidate_->SetPage(candidateBriefPage(*comparison, row));
        }
        catch (const std::exception& e) {
            candidate_->SetPage("<p>" + escapeHtml(wxString(_("Cannot read who said what:"))) + " " +
                                escapeHtml(std::string(e.what())) + "</p>");
        }
    }
}

} // namespace amhire::app
