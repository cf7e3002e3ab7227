#include "core/export/PdfGrid.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/Palette.h"
#include "core/export/ExportProgress.h"

namespace amhire {
namespace {

const Rgb kInk{0x22, 0x22, 0x22};
const Rgb kMuted{0x66, 0x66, 0x66};
const Rgb kRule{0xc8, 0xc8, 0xc8};
const Rgb kHeaderFill{0xf0, 0xf0, 0xf0};
const Rgb kSplitMark{0xd5, 0x5e, 0x00}; // Okabe–Ito vermillion, also a triangle: not colour alone

constexpr double kRowHeight = 15;
constexpr double kHeaderHeight = 100;

} // namespace

PdfGrid::Layout::Layout(size_t competencies)
{
    rank = PdfCanvas::kMargin;
    name = rank + 26;
    stage = name + 140;
    firstScore = stage + 62;
    const double fixed = firstScore - PdfCanvas::kMargin + 56 + 92;
    const double room = PdfCanvas::kWidth - 2 * PdfCanvas::kMargin - fixed;
    scoreWidth = competencies ? std::clamp(room / static_cast<double>(competencies), 24.0, 56.0) : 0;
    total = firstScore + scoreWidth * static_cast<double>(competencies);
    flags = total + 56;
    end = flags + 92;
}

void PdfGrid::rotatedLabel(double x, double bottom, const std::string& name, const std::string& detail,
                           double width)
{
    // Up to two lines of name and one of weight, as many as the column holds.
    constexpr double kLine = 8.5;
    const double length = kHeaderHeight - 8;
    const size_t room = std::max<size_t>(1, static_cast<size_t>((width - 2) / kLine));
    pdf_.font(PdfFont::Bold, 7.5);
    std::vector<std::string> lines = pdf_.wrapped(name, length);
    const size_t nameLines = std::min<size_t>(room >= 3 ? 2 : room, 2);
    if (lines.size() > nameLines) {
        std::string rest = lines[nameLines - 1];
        for (size_t i = nameLines; i < lines.size(); ++i)
            rest += " " + lines[i];
        lines.resize(nameLines);
        lines.back() = pdf_.fitted(rest, length);
    }
    const bool withDetail = lines.size() < room;
    const double block = kLine * static_cast<double>(lines.size() + (withDetail ? 1 : 0));

    cairo_t* cr = pdf_.cr();
    cairo_save(cr);
    cairo_translate(cr, x, bottom);
    cairo_rotate(cr, -1.5707963267948966); // reads bottom to top; local y runs rightwards on the page
    double baseline = -width / 2 - block / 2 + kLine - 2;
    pdf_.colour(kInk);
    for (const std::string& line : lines) {
        pdf_.text(0, baseline, line);
        baseline += kLine;
    }
    if (withDetail) {
        pdf_.font(PdfFont::Regular, 7);
        pdf_.colour(kMuted);
        pdf_.text(0, baseline, pdf_.fitted(detail, length));
    }
    cairo_restore(cr);
}

void PdfGrid::header(const Layout& layout)
{
    const double top = pdf_.y();
    pdf_.fillRect(layout.rank, top, layout.end - layout.rank, kHeaderHeight, kHeaderFill);
    const double baseline = top + kHeaderHeight - 5;
    pdf_.font(PdfFont::Bold, 8);
    pdf_.colour(kInk);
    pdf_.text(layout.rank + 2, baseline, "#");
    pdf_.text(layout.name + 3, baseline, "Candidate");
    pdf_.text(layout.stage + 3, baseline, "Stage");
    pdf_.text(layout.total + 3, baseline, "Total");
    pdf_.text(layout.flags + 3, baseline, "Flags");
    for (size_t c = 0; c < comparison_.competencyCount(); ++c) {
        const ScorecardEntry& competency = comparison_.competencies()[c];
        const double left = layout.firstScore + layout.scoreWidth * static_cast<double>(c);
        rotatedLabel(left + layout.scoreWidth, top + kHeaderHeight - 4, competency.name,
                     weightText(competency), layout.scoreWidth);
    }
    pdf_.moveDown(kHeaderHeight);
}

void PdfGrid::row(const Layout& layout, size_t row)
{
    const ComparedCandidate& candidate = comparison_.candidate(row);
    const double top = pdf_.y();
    const double baseline = top + 10.5;
    pdf_.font(PdfFont::Regular, 8.5);
    pdf_.colour(kInk);
    const std::string rank = formatRank(candidate);
    pdf_.text(layout.name - 4 - pdf_.textWidth(rank), baseline, rank);
    pdf_.font(candidate.knockedOut ? PdfFont::Italic : PdfFont::Regular, 8.5);
    pdf_.text(layout.name + 3, baseline, pdf_.fitted(candidate.name, layout.stage - layout.name - 6));
    pdf_.font(PdfFont::Regular, 8);
    pdf_.text(layout.stage + 3, baseline,
              pdf_.fitted(stageTitle(candidate.stage), layout.firstScore - layout.stage - 6));

    for (size_t c = 0; c < comparison_.competencyCount(); ++c) {
        const ComparisonCell& cell = comparison_.cell(row, c);
        const double left = layout.firstScore + layout.scoreWidth * static_cast<double>(c);
        const double w = layout.scoreWidth;
        pdf_.fillRect(left + 0.5, top + 0.5, w - 1, kRowHeight - 1,
                      cell.assessed() ? scoreColour(cell.mean) : kNotAssessed);
        pdf_.font(PdfFont::Regular, 8);
        pdf_.colour(cell.assessed() ? kInk : kMuted);
        const std::string mean = cell.assessed() ? formatMean(cell.mean) : "–";
        pdf_.text(left + w / 2 - pdf_.textWidth(mean) / 2 - (cell.assessed() ? 2 : 0), baseline, mean);
        if (cell.assessed()) {
            pdf_.font(PdfFont::Regular, 5.5);
            pdf_.colour(kMuted);
            const std::string raters = std::to_string(cell.raters);
            pdf_.text(left + w - 2.5 - pdf_.textWidth(raters), top + kRowHeight - 2.5, raters);
        }
        if (cell.knockOut)
            pdf_.strokeRect(left + 1.25, top + 1.25, w - 2.5, kRowHeight - 2.5, kInk, 1.5);
        if (cell.disagreement()) {
            cairo_t* cr = pdf_.cr();
            pdf_.colour(kSplitMark);
            cairo_move_to(cr, left + w - 7, top + 1.5);
            cairo_line_to(cr, left + w - 1.5, top + 1.5);
            cairo_line_to(cr, left + w - 1.5, top + 7);
            cairo_close_path(cr);
            cairo_fill(cr);
        }
    }
    if (candidate.total)
        pdf_.fillRect(layout.total + 0.5, top + 0.5, layout.flags - layout.total - 1, kRowHeight - 1,
                      totalColour(*candidate.total));
    pdf_.font(PdfFont::Bold, 8.5);
    pdf_.colour(kInk);
    const std::string total =
        candidate.total ? fmt::format("{:.1f}{}", *candidate.total, candidate.partialTotal ? "*" : "") : "–";
    pdf_.text(layout.flags - 5 - pdf_.textWidth(total), baseline, total);

    std::string flags;
    if (candidate.knockedOut)
        flags += "KO ";
    if (candidate.disagreements > 0)
        flags += fmt::format("▲{} ", candidate.disagreements);
    if (candidate.submittedInterviews == 0)
        flags += "not interviewed";
    else if (candidate.gaps > 0)
        flags += fmt::format("{} gap{}", candidate.gaps, candidate.gaps == 1 ? "" : "s");
    pdf_.font(PdfFont::Regular, 7.5);
    pdf_.text(layout.flags + 3, baseline, pdf_.fitted(flags, layout.end - layout.flags - 5));

    cairo_t* cr = pdf_.cr();
    pdf_.colour(kRule);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, layout.rank, top + kRowHeight);
    cairo_line_to(cr, layout.end, top + kRowHeight);
    cairo_stroke(cr);
    pdf_.moveDown(kRowHeight);
}

void PdfGrid::draw(ExportProgress* progress)
{
    const Layout layout(comparison_.competencyCount());
    pdf_.ensureRoom(kHeaderHeight + 3 * kRowHeight);
    header(layout);
    for (size_t r = 0; r < comparison_.candidateCount(); ++r) {
        if (pdf_.ensureRoom(kRowHeight))
            header(layout);
        row(layout, r);
        if (progress)
            progress->tick();
    }
    pdf_.font(PdfFont::Italic, 8);
    pdf_.colour(kMuted);
    pdf_.paragraph("* partial total: some weighted competencies were not assessed and are left out of it.",
                   PdfCanvas::kMargin, pdf_.contentWidth(), 14);
}

} // namespace amhire
