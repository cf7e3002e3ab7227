#include "core/export/PdfExport.h"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>

#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"
#include "core/export/CairoRadar.h"
#include "core/export/ExportProgress.h"
#include "core/export/PdfCanvas.h"
#include "core/export/PdfGrid.h"
#include "core/interview/Kit.h"

namespace amhire {
namespace {

const Rgb kInk{0x22, 0x22, 0x22};
const Rgb kMuted{0x66, 0x66, 0x66};

constexpr size_t kListedUninterviewed = 30;

std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

// The sections of the packet around the grid, each drawn from the cursor on.
class DebriefPacket {
  public:
    DebriefPacket(const Comparison& comparison, PdfCanvas& pdf) : comparison_(comparison), pdf_(pdf) {}

    void heading();
    void charts(const std::vector<size_t>& rows);
    void flags(ExportProgress& progress);
    void notes(ExportProgress& progress);
    void calibration();

  private:
    void sectionTitle(const std::string& title);

    const Comparison& comparison_;
    PdfCanvas& pdf_;
};

void DebriefPacket::sectionTitle(const std::string& title)
{
    pdf_.ensureRoom(40);
    pdf_.moveDown(18);
    pdf_.font(PdfFont::Bold, 14);
    pdf_.colour(kInk);
    pdf_.text(PdfCanvas::kMargin, pdf_.y(), title);
    pdf_.moveDown(6);
}

void DebriefPacket::heading()
{
    const Opening& opening = comparison_.opening();
    pdf_.font(PdfFont::Bold, 18);
    pdf_.colour(kInk);
    pdf_.moveDown(14);
    pdf_.text(PdfCanvas::kMargin, pdf_.y(),
              pdf_.fitted("Debrief: " + opening.title + " — " + opening.company, pdf_.contentWidth()));
    pdf_.font(PdfFont::Regular, 9.5);
    pdf_.colour(kMuted);
    pdf_.moveDown(16);
    std::string meta = fmt::format("{} of {} candidates · submitted scorecards only · {}",
                                   comparison_.candidateCount(), comparison_.allCandidateCount(), today());
    if (comparison_.options().anonymised)
        meta += " · anonymised: candidates appear as letters";
    pdf_.text(PdfCanvas::kMargin, pdf_.y(), meta);
    pdf_.moveDown(13);
    pdf_.text(PdfCanvas::kMargin, pdf_.y(),
              "Panel reliability: " + reliabilityText(comparison_.calibration().reliability));

    // The colour key and the marks, once, before the grid.
    pdf_.moveDown(8);
    double x = PdfCanvas::kMargin;
    pdf_.font(PdfFont::Regular, 8.5);
    pdf_.colour(kInk);
    pdf_.text(x, pdf_.y() + 10, "Mean score:");
    x += 56;
    for (int score = 1; score <= 5; ++score) {
        pdf_.fillRect(x, pdf_.y(), 22, 13, scoreColour(score));
        pdf_.colour(kInk);
        pdf_.text(x + 8, pdf_.y() + 10, std::to_string(score));
        x += 24;
    }
    pdf_.fillRect(x + 8, pdf_.y(), 22, 13, kNotAssessed);
    pdf_.colour(kInk);
    pdf_.text(x + 15, pdf_.y() + 10, "–");
    pdf_.text(
        x + 36, pdf_.y() + 10,
        "not assessed   small figure = raters   heavy border = below a must-have   ▲ = scores 2+ apart");
    pdf_.moveDown(22);
}

void DebriefPacket::charts(const std::vector<size_t>& rows)
{
    pdf_.newPage();
    sectionTitle(comparison_.options().anonymised ? "Profiles (anonymised)" : "Profiles");
    const std::vector<RadarSeries> series = radarSeries(comparison_, rows);
    const double top = pdf_.y() + 4;
    const double size = std::min(pdf_.bottom() - top, 500.0);
    drawRadarChart(pdf_.cr(), comparison_, series, PdfCanvas::kMargin + 40, top, size);

    const double legendX = PdfCanvas::kMargin + 40 + size + 30;
    const double legendWidth = PdfCanvas::kWidth - PdfCanvas::kMargin - legendX;
    constexpr double kEntry = 50;
    drawRadarLegend(pdf_.cr(), series, legendX, top + 40, legendWidth, kEntry);
    pdf_.font(PdfFont::Regular, 8.5);
    pdf_.colour(kMuted);
    for (size_t s = 0; s < rows.size(); ++s) {
        const ComparedCandidate& candidate = comparison_.candidate(rows[s]);
        double y = top + 40 + kEntry * static_cast<double>(s) + 16;
        for (const std::string& line :
             {fmt::format("Rank {} · total {}", formatRank(candidate), formatTotal(candidate)),
              recommendationSummary(candidate.recommendations)}) {
            pdf_.text(legendX + 42, y, pdf_.fitted(line, legendWidth - 42));
            y += 11;
        }
    }
    if (series.empty())
        pdf_.text(legendX, top + 40, "No candidate with scores to chart yet.");
    pdf_.font(PdfFont::Italic, 8);
    double noteY = top + 40 + kEntry * static_cast<double>(std::max<size_t>(series.size(), 1)) + 10;
    for (const std::string& line : pdf_.wrapped(
             "Rings mark scores 1 to 5; a competency not assessed sits at the centre.", legendWidth)) {
        pdf_.text(legendX, noteY, line);
        noteY += 11;
    }
    pdf_.moveDown(size + 8);
}

void DebriefPacket::flags(ExportProgress& progress)
{
    pdf_.newPage();
    sectionTitle("For the debrief");
    std::vector<std::string> uninterviewed;
    size_t flagged = 0;
    for (size_t row = 0; row < comparison_.candidateCount(); ++row, progress.tick()) {
        const ComparedCandidate& candidate = comparison_.candidate(row);
        if (candidate.submittedInterviews == 0 && candidate.awaitedInterviews == 0) {
            uninterviewed.push_back(candidate.name);
            continue;
        }
        const std::pair<const char*, std::string> lines[] = {
            {"Knocked out on: ", knockOutText(comparison_, row)},
            {"Disagreement on: ", disagreementText(comparison_, row)},
            {"Not assessed: ", candidate.submittedInterviews ? gapText(comparison_, row) : std::string()},
            {"Still a draft from: ", awaitedText(comparison_, row)}};
        if (std::all_of(std::begin(lines), std::end(lines),
                        [](const auto& line) { return line.second.empty(); }))
            continue;
        ++flagged;
        pdf_.ensureRoom(48);
        pdf_.font(PdfFont::Bold, 10);
        pdf_.colour(kInk);
        pdf_.paragraph(candidate.name, PdfCanvas::kMargin, pdf_.contentWidth(), 16);
        pdf_.font(PdfFont::Regular, 9);
        for (const auto& [label, text] : lines)
            if (!text.empty())
                pdf_.paragraph(label + text, PdfCanvas::kMargin + 14, pdf_.contentWidth() - 14, 13);
    }
    pdf_.font(PdfFont::Regular, 9);
    pdf_.colour(kInk);
    if (flagged == 0)
        pdf_.paragraph("Nothing flagged among the candidates interviewed.", PdfCanvas::kMargin,
                       pdf_.contentWidth(), 16);
    if (!uninterviewed.empty()) {
        std::string names;
        for (size_t i = 0; i < std::min(uninterviewed.size(), kListedUninterviewed); ++i)
            names += (i ? ", " : "") + uninterviewed[i];
        if (uninterviewed.size() > kListedUninterviewed)
            names += fmt::format(" and {} more", uninterviewed.size() - kListedUninterviewed);
        pdf_.moveDown(6);
        pdf_.paragraph(fmt::format("Not interviewed yet ({}): {}", uninterviewed.size(), names),
                       PdfCanvas::kMargin, pdf_.contentWidth(), 13);
    }
}

void DebriefPacket::notes(ExportProgress& progress)
{
    sectionTitle("Who said what");
    for (size_t row = 0; row < comparison_.candidateCount(); ++row, progress.tick()) {
        const PanelVerdicts verdicts = comparison_.verdicts(row);
        if (verdicts.empty())
            continue;
        const ComparedCandidate& candidate = comparison_.candidate(row);
        pdf_.ensureRoom(60);
        pdf_.moveDown(6);
        pdf_.font(PdfFont::Bold, 10.5);
        pdf_.colour(kInk);
        pdf_.paragraph(fmt::format("{} — rank {}, total {}, {}", candidate.name, formatRank(candidate),
                                   formatTotal(candidate), recommendationSummary(candidate.recommendations)),
                       PdfCanvas::kMargin, pdf_.contentWidth(), 16);
        for (const PanelVerdict& verdict : verdicts) {
            pdf_.ensureRoom(28);
            pdf_.font(PdfFont::Bold, 9);
            pdf_.paragraph(
                fmt::format("{} ({}): {}", verdict.interviewer, interviewKindTitleOf(verdict.kind),
                            verdict.recommendation ? recommendationTitle(*verdict.recommendation) : "–"),
                PdfCanvas::kMargin + 14, pdf_.contentWidth() - 14, 13);
            pdf_.font(PdfFont::Regular, 9);
            if (!verdict.strengths.empty())
                pdf_.paragraph("Strengths: " + verdict.strengths, PdfCanvas::kMargin + 28,
                               pdf_.contentWidth() - 28, 12.5);
            if (!verdict.concerns.empty())
                pdf_.paragraph("Concerns: " + verdict.concerns, PdfCanvas::kMargin + 28,
                               pdf_.contentWidth() - 28, 12.5);
        }
    }
}

void DebriefPacket::calibration()
{
    const Calibration& calibration = comparison_.calibration();
    sectionTitle("Panel calibration");
    pdf_.font(PdfFont::Regular, 9);
    pdf_.colour(kInk);
    pdf_.paragraph(
        reliabilityText(calibration.reliability) +
            ". Over all submitted scores of the opening, whatever is filtered: 1 is perfect agreement, "
            "0 no better than chance. Below, each interviewer's mean difference from the panel's mean "
            "on the same candidate and competency (positive = more lenient).",
        PdfCanvas::kMargin, pdf_.contentWidth(), 13);
    pdf_.moveDown(4);
    for (const InterviewerCalibration& interviewer : calibration.interviewers) {
        pdf_.ensureRoom(14);
        pdf_.moveDown(14);
        pdf_.text(PdfCanvas::kMargin + 14, pdf_.y() - 3, pdf_.fitted(interviewer.interviewer, 200));
        pdf_.text(PdfCanvas::kMargin + 230, pdf_.y() - 3, deviationText(interviewer));
    }
}

} // namespace

void exportPdf(const Comparison& comparison, const std::filesystem::path& path, const ExportOptions& options)
{
    ExportProgress progress(options, comparison.candidateCount(), 3);
    const Opening& opening = comparison.opening();
    PdfCanvas pdf(path, "Debrief: " + opening.title,
                  "amhire debrief · " + opening.title + " — " + opening.company);
    DebriefPacket packet(comparison, pdf);
    packet.heading();
    PdfGrid(comparison, pdf).draw(&progress);
    packet.charts(chartRowsFor(comparison, options));
    packet.flags(progress);
    packet.notes(progress);
    packet.calibration();
    pdf.finish();
}

} // namespace amhire
