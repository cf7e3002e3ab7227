#include "app/ComparisonPages.h"

#include <wx/intl.h>

#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "app/InterviewKindLabel.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"

namespace amhire::app {

namespace {

wxString quiet(const wxString& html)
{
    return coloured(HtmlPalette::forPages().quiet, html);
}

wxString row(const wxString& heading, const wxString& html)
{
    return "<tr><td valign=\"top\" nowrap><b>" + heading + "</b></td><td valign=\"top\">" + html +
           "</td></tr>";
}

// `text` escaped, or `none` quietly when there is nothing to say.
wxString orNone(const std::string& text, const wxString& none)
{
    return text.empty() ? quiet(none) : escapeHtml(text);
}

wxString verdictHtml(const PanelVerdict& verdict)
{
    wxString html = "<p><b>" + escapeHtml(verdict.interviewer) + "</b> " +
                    quiet("(" + escapeHtml(interviewKindLabel(verdict.kind)) + ")");
    html += " &mdash; " + (verdict.recommendation
                               ? escapeHtml(wxGetTranslation(recommendationTitle(*verdict.recommendation)))
                               : quiet(_("no recommendation")));
    if (!verdict.strengths.empty())
        html += "<br>" + wxString(_("Strengths:")) + " " + escapeHtml(verdict.strengths);
    if (!verdict.concerns.empty())
        html += "<br>" + wxString(_("Concerns:")) + " " + escapeHtml(verdict.concerns);
    return html + "</p>";
}

} // namespace

wxString candidateBriefPage(const Comparison& comparison, size_t index)
{
    const ComparedCandidate& who = comparison.candidate(index);
    wxString html = "<h3>" + escapeHtml(who.name) + "</h3><p>";
    wxString details;
    for (const std::string& part : {who.email, who.company})
        if (!part.empty())
            details += escapeHtml(part) + " &middot; ";
    details += escapeHtml(wxGetTranslation(stageTitle(who.stage))) + " &middot; " +
               wxString::Format(
                   wxPLURAL("%d submitted interview", "%d submitted interviews", who.submittedInterviews),
                   who.submittedInterviews);
    html += quiet(details) + "</p><table cellpadding=\"3\" cellspacing=\"0\">";
    html += row(_("Total"), escapeHtml(formatTotal(who)));
    html += row(_("Rank"), escapeHtml(formatRank(who)));
    html += row(_("Recommendations"), escapeHtml(recommendationSummary(who.recommendations)));
    html += row(_("Knocked out on"), orNone(knockOutText(comparison, index), _("nothing")));
    html += row(_("Disagreement"), orNone(disagreementText(comparison, index), _("none")));
    html += row(_("Not assessed yet"), orNone(gapText(comparison, index), _("nothing")));
    html += row(_("Still a draft from"), orNone(awaitedText(comparison, index), _("nobody")));
    html += "</table><h4>" + wxString(_("Who said what")) + "</h4>";
    const PanelVerdicts verdicts = comparison.verdicts(index);
    if (verdicts.empty())
        html += "<p>" + quiet(_("No submitted scorecard yet.")) + "</p>";
    for (const PanelVerdict& verdict : verdicts)
        html += verdictHtml(verdict);
    return html;
}

wxString flagsPage(const Comparison& comparison, size_t limit)
{
    wxString html = "<h3>" + wxString(_("For the debrief")) + "</h3>";
    wxString rows;
    size_t shown = 0, flagged = 0;
    for (size_t i = 0; i < comparison.candidateCount(); ++i) {
        const ComparedCandidate& who = comparison.candidate(i);
        if (!who.knockedOut && who.disagreements == 0 && who.gaps == 0 && who.awaitedInterviews == 0)
            continue;
        ++flagged;
        if (shown == limit)
            continue;
        ++shown;
        rows += "<tr><td valign=\"top\"><b>" + escapeHtml(who.name) + "</b></td><td valign=\"top\">" +
                escapeHtml(knockOutText(comparison, i)) + "</td><td valign=\"top\">" +
                escapeHtml(disagreementText(comparison, i)) + "</td><td valign=\"top\">" +
                escapeHtml(gapText(comparison, i)) + "</td><td valign=\"top\">" +
                escapeHtml(awaitedText(comparison, i)) + "</td></tr>";
    }
    if (flagged == 0)
        return html + "<p>" +
               quiet(_("No knock-out, disagreement, gap or scorecard still a draft among the candidates "
                       "shown.")) +
               "</p>";
    html += "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\"><tr><th>" +
            wxString(_("Candidate")) + "</th><th>" + wxString(_("Knocked out on")) + "</th><th>" +
            wxString(_("Disagreement")) + "</th><th>" + wxString(_("Not assessed yet")) + "</th><th>" +
            wxString(_("Drafts by")) + "</th></tr>" + rows + "</table>";
    if (flagged > shown)
        html += "<p>" +
                quiet(wxString::Format(
                    _("And %zu more; filter by stage or hide knocked-out candidates to see them."),
                    flagged - shown)) +
                "</p>";
    return html;
}

wxString calibrationPage(const Calibration& calibration)
{
    wxString html = "<h3>" + wxString(_("Panel calibration")) + "</h3>";
    html += "<p><b>" + escapeHtml(reliabilityText(calibration.reliability)) + "</b></p>";
    html += "<p>" +
            quiet(_("1 is perfect agreement, 0 is no better than chance. Computed over every candidate and "
                    "competency scored by at least two interviewers, whatever the filters.")) +
            "</p>";
    html += "<h4>" + wxString(_("Leniency against the panel")) + "</h4>";
    if (calibration.interviewers.empty())
        return html + "<p>" + quiet(_("No submitted scorecard yet.")) + "</p>";
    html += "<p>" +
            quiet(_("Each interviewer's mean score minus the panel's mean on the same candidates and "
                    "competencies: positive is more lenient, negative more severe.")) +
            "</p><table cellpadding=\"3\" cellspacing=\"0\">";
    for (const InterviewerCalibration& interviewer : calibration.interviewers)
        html += row(escapeHtml(interviewer.interviewer), escapeHtml(deviationText(interviewer)));
    return html + "</table>";
}

} // namespace amhire::app
