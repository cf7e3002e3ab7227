#include "core/export/HtmlExport.h"

#include <fmt/format.h>

#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/Palette.h"
#include "core/export/ExportProgress.h"
#include "core/export/RadarSvg.h"
#include "core/export/XmlText.h"
#include "core/interview/Kit.h"

namespace amhire {
namespace {

constexpr const char* kStyle = R"css(
body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 14px; color: #222; margin: 24px; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; text-align: left; }
th small, td small { color: #555; font-weight: normal; }
table.grid td.score { text-align: center; min-width: 48px; }
table.grid td.num { text-align: right; }
td.gap { background: #e0e0e0; color: #666; }
.flag { display: inline-block; border-radius: 3px; padding: 0 4px; margin: 1px 2px 1px 0; font-size: 12px; }
.knock { background: #222; color: #fff; }
.split { border: 1px dashed #d55e00; color: #8a3d00; }
.missing { border: 1px solid #999; color: #555; }
tr.out td { color: #666; }
.legend span { display: inline-block; width: 28px; text-align: center; margin-right: 2px; border: 1px solid #ccc; }
)css";

std::string cellHtml(const Comparison& comparison, size_t row, size_t c)
{
    const ComparisonCell& cell = comparison.cell(row, c);
    if (!cell.assessed())
        return "<td class=\"score gap\" title=\"not assessed\">–</td>";
    std::string marks;
    if (cell.knockOut)
        marks += " <span class=\"flag knock\" title=\"below the must-have minimum\">KO</span>";
    if (cell.disagreement())
        marks += " <span class=\"flag split\" title=\"scores apart by 2 or more\">±</span>";
    return fmt::format("<td class=\"score\" style=\"background:{}\" title=\"{} rater{}, scores {}–{}\">{}"
                       "<small> ({})</small>{}</td>",
                       scoreColour(cell.mean).hex(), cell.raters, cell.raters == 1 ? "" : "s", cell.lowest,
                       cell.highest, formatMean(cell.mean), cell.raters, marks);
}

void writeGrid(const Comparison& comparison, std::ostream& out, ExportProgress& progress)
{
    out << "<table class=\"grid\">\n<thead><tr><th>Rank</th><th>Candidate</th><th>Stage</th>";
    for (const ScorecardEntry& competency : comparison.competencies())
        out << "<th>" << escapeXml(competency.name) << "<br><small>" << escapeXml(weightText(competency))
            << "</small></th>";
    out << "<th>Total<br><small>0–100</small></th><th>Recommendations</th><th>Flags</th></tr></"
           "thead>\n<tbody>\n";
    for (size_t row = 0; row < comparison.candidateCount(); ++row, progress.tick()) {
        const ComparedCandidate& candidate = comparison.candidate(row);
        out << (candidate.knockedOut ? "<tr class=\"out\">" : "<tr>") << "<td class=\"num\">"
            << formatRank(candidate) << "</td><td>" << escapeXml(candidate.name);
        if (!candidate.company.empty())
            out << "<br><small>" << escapeXml(candidate.company) << "</small>";
        out << "</td><td>" << stageTitle(candidate.stage) << "</td>";
        for (size_t c = 0; c < comparison.competencyCount(); ++c)
            out << cellHtml(comparison, row, c);
        if (candidate.total)
            out << "<td class=\"num\" style=\"background:" << totalColour(*candidate.total).hex() << "\">"
                << escapeXml(formatTotal(candidate)) << "</td>";
        else
            out << "<td class=\"num gap\">–</td>";
        out << "<td>" << escapeXml(recommendationSummary(candidate.recommendations)) << "</td><td>";
        if (candidate.knockedOut)
            out << "<span class=\"flag knock\">knocked out</span>";
        if (candidate.disagreements > 0)
            out << "<span class=\"flag split\">" << candidate.disagreements << " split</span>";
        if (candidate.submittedInterviews == 0)
            out << "<span class=\"flag missing\">not interviewed</span>";
        else if (candidate.gaps > 0)
            out << "<span class=\"flag missing\">" << candidate.gaps << " not assessed</span>";
        out << "</td></tr>\n";
    }
    out << "</tbody></table>\n<p class=\"legend\">Mean score (raters): ";
    for (int score = 1; score <= 5; ++score)
        out << "<span style=\"background:" << scoreColour(score).hex() << "\">" << score << "</span>";
    out << " &nbsp; KO = below a must-have minimum, ± = scores 2 or more apart, – = not assessed.</p>\n";
}

void writeFlags(const Comparison& comparison, std::ostream& out, ExportProgress& progress)
{
    out << "<h2>For the debrief</h2>\n<table>\n<thead><tr><th>Candidate</th><th>Knocked out on</th>"
           "<th>Disagreement on</th><th>Not assessed</th><th>Still a draft from</th></tr></thead>\n<tbody>\n";
    size_t flagged = 0;
    for (size_t row = 0; row < comparison.candidateCount(); ++row, progress.tick()) {
        const std::string knockOuts = knockOutText(comparison, row);
        const std::string disagreements = disagreementText(comparison, row);
        const std::string gaps = gapText(comparison, row);
        const std::string drafts = awaitedText(comparison, row);
        if (knockOuts.empty() && disagreements.empty() && gaps.empty() && drafts.empty())
            continue;
        ++flagged;
        out << "<tr><td>" << escapeXml(comparison.candidate(row).name) << "</td><td>" << escapeXml(knockOuts)
            << "</td><td>" << escapeXml(disagreements) << "</td><td>" << escapeXml(gaps) << "</td><td>"
            << escapeXml(drafts) << "</td></tr>\n";
    }
    if (flagged == 0)
        out << "<tr><td colspan=\"5\">Nothing flagged.</td></tr>\n";
    out << "</tbody></table>\n";
}

void writePanel(const Comparison& comparison, std::ostream& out, ExportProgress& progress)
{
    out << "<h2>Who said what</h2>\n<table>\n<thead><tr><th>Candidate</th><th>Interviewer</th>"
           "<th>Recommendation</th><th>Strengths</th><th>Concerns</th></tr></thead>\n<tbody>\n";
    for (size_t row = 0; row < comparison.candidateCount(); ++row, progress.tick()) {
        const PanelVerdicts verdicts = comparison.verdicts(row);
        for (size_t v = 0; v < verdicts.size(); ++v) {
            const PanelVerdict& verdict = verdicts[v];
            out << "<tr>";
            if (v == 0)
                out << "<td rowspan=\"" << verdicts.size() << "\">"
                    << escapeXml(comparison.candidate(row).name) << "</td>";
            out << "<td>" << escapeXml(verdict.interviewer) << "<br><small>"
                << escapeXml(interviewKindTitleOf(verdict.kind)) << "</small></td><td>"
                << (verdict.recommendation ? recommendationTitle(*verdict.recommendation) : "–")
                << "</td><td>" << escapeXml(verdict.strengths) << "</td><td>" << escapeXml(verdict.concerns)
                << "</td></tr>\n";
        }
    }
    out << "</tbody></table>\n";
}

void writeCalibration(const Comparison& comparison, std::ostream& out)
{
    const Calibration& calibration = comparison.calibration();
    out << "<h2>Panel calibration</h2>\n<p>" << escapeXml(reliabilityText(calibration.reliability))
        << ". Over all submitted scores of the opening; 1 is perfect agreement, 0 no better than "
           "chance.</p>\n"
        << "<table>\n<thead><tr><th>Interviewer</th><th>Against the panel mean</th></tr></thead>\n<tbody>\n";
    for (const InterviewerCalibration& interviewer : calibration.interviewers)
        out << "<tr><td>" << escapeXml(interviewer.interviewer) << "</td><td>"
            << escapeXml(deviationText(interviewer)) << "</td></tr>\n";
    out << "</tbody></table>\n";
}

} // namespace

void exportHtml(const Comparison& comparison, std::ostream& out, const ExportOptions& options)
{
    const Opening& opening = comparison.opening();
    const std::string title = opening.title.empty() ? "Opening " + std::to_string(opening.id) : opening.title;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Comparison: "
        << escapeXml(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    out << "<h1>" << escapeXml(title) << " — " << escapeXml(opening.company) << "</h1>\n<p class=\"meta\">"
        << comparison.candidateCount() << " of " << comparison.allCandidateCount()
        << " candidates, from submitted scorecards only.";
    if (comparison.options().anonymised)
        out << " Anonymised debrief: candidates are shown as letters.";
    out << "</p>\n";
    ExportProgress progress(options, comparison.candidateCount(), 3);
    writeGrid(comparison, out, progress);
    out << "<h2>Profiles</h2>\n" << radarChartSvg(comparison, chartRowsFor(comparison, options));
    writeFlags(comparison, out, progress);
    writePanel(comparison, out, progress);
    writeCalibration(comparison, out);
    out << "</body>\n</html>\n";
}

} // namespace amhire
