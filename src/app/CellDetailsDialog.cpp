#include "app/CellDetailsDialog.h"

#include <wx/intl.h>

#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "app/InterviewKindLabel.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/content/Content.h"

namespace amhire::app {

namespace {

// "Gross revenue retention: 94 %" when the content knows the metric, else its id.
wxString evidenceText(const Competency* competency, const std::string& metricId, double value)
{
    wxString label = fromUtf8(metricId);
    wxString unit;
    if (competency) {
        for (const Metric& metric : competency->metrics) {
            if (metric.id != metricId)
                continue;
            label = fromUtf8(metric.label);
            if (metric.unit == MetricUnit::Percent)
                unit = " %";
            else if (metric.unit == MetricUnit::Years)
                unit = _(" years");
        }
    }
    return escapeHtml(label) + ": " + wxString::Format("%g", value) + escapeHtml(unit);
}

} // namespace

wxString cellDetailsPage(const Comparison& comparison, size_t row, size_t competency,
                         const std::vector<CellRating>& ratings, const Content& content)
{
    const ComparedCandidate& who = comparison.candidate(row);
    const ScorecardEntry& entry = comparison.competencies().at(competency);
    const ComparisonCell& cell = comparison.cell(row, competency);
    wxString html = "<h3>" + escapeHtml(who.name) + " &mdash; " + escapeHtml(entry.name) + "</h3><p>";
    if (cell.assessed())
        html += wxString::Format(wxPLURAL("Mean %s from %d rater", "Mean %s from %d raters", cell.raters),
                                 fromUtf8(formatMean(cell.mean)), cell.raters) +
                wxString::Format(_(", scores %d to %d"), cell.lowest, cell.highest);
    else
        html += _("Not assessed in any submitted scorecard.");
    html += " &middot; " + escapeHtml(weightText(entry)) + "</p>";
    if (cell.disagreement())
        html += "<p><b>" +
                wxString(_("Disagreement: the scores lie 2 or more points apart; discuss in the debrief.")) +
                "</b></p>";
    if (cell.knockOut)
        html += "<p><b>" +
                wxString::Format(_("Knock-out: the mean is below the must-have minimum of %d."),
                                 entry.minimum.value_or(0)) +
                "</b></p>";
    if (ratings.empty())
        return html + "<p>" + wxString(_("No submitted scorecard rated this competency.")) + "</p>";

    const Competency* known = content.competency(entry.competencyId);
    html += "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\"><tr><th>" +
            wxString(_("Interviewer")) + "</th><th>" + wxString(_("Score")) + "</th><th>" +
            wxString(_("Notes")) + "</th><th>" + wxString(_("Evidence")) + "</th></tr>";
    for (const CellRating& rating : ratings) {
        html += "<tr><td valign=\"top\"><b>" + escapeHtml(rating.interviewer) + "</b><br>" +
                coloured(HtmlPalette::forPages().quiet, escapeHtml(interviewKindLabel(rating.kind))) +
                "</td><td valign=\"top\" align=\"center\">" +
                (rating.score ? wxString::Format("<b>%d</b>", *rating.score) : wxString(_("not assessed"))) +
                "</td><td valign=\"top\">" + escapeHtml(rating.notes) + "</td><td valign=\"top\">";
        for (const auto& [metric, value] : rating.evidence)
            html += evidenceText(known, metric, value) + "<br>";
        html += "</td></tr>";
    }
    return html + "</table>";
}

CellDetailsDialog::CellDetailsDialog(wxWindow* parent, const Comparison& comparison, size_t row,
                                     size_t competency, const std::vector<CellRating>& ratings,
                                     const Content& content)
    : HtmlPageDialog(parent, _("Ratings Behind a Score"),
                     cellDetailsPage(comparison, row, competency, ratings, content), wxSize(680, 420))
{
}

} // namespace amhire::app
