#include "core/interview/PaperKit.h"

#include <fmt/format.h>

#include "core/export/PartialFile.h"
#include "core/export/PdfCanvas.h"
#include "core/interview/Kit.h"
#include "core/interview/LiveInterview.h"

namespace amhire {
namespace {

const Rgb kInk{0x22, 0x22, 0x22};
const Rgb kMuted{0x66, 0x66, 0x66};
const Rgb kRule{0x99, 0x99, 0x99};
const Rgb kWarning{0x9a, 0x3a, 0x12};

constexpr double kLine = 13;
constexpr double kNotesHeight = 70;

void blankLine(PdfCanvas& pdf, double x, double width, const std::string& label)
{
    pdf.font(PdfFont::Regular, 10);
    pdf.colour(kMuted);
    pdf.text(x, pdf.y(), label);
    const double start = x + pdf.textWidth(label) + 4;
    cairo_t* cr = pdf.cr();
    cairo_set_source_rgb(cr, kRule.red(), kRule.green(), kRule.blue());
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, start, pdf.y() + 2);
    cairo_line_to(cr, x + width, pdf.y() + 2);
    cairo_stroke(cr);
}

// The cursor is the top of the next line, as PdfCanvas::paragraph keeps it:
// a line of text moves it down first and sits on a baseline just above it.
double nextLine(PdfCanvas& pdf, double height = kLine)
{
    pdf.ensureRoom(height);
    pdf.moveDown(height);
    return pdf.y() - height * 0.25;
}

void label(PdfCanvas& pdf, double x, const std::string& text, PdfFont font, double size, const Rgb& colour)
{
    pdf.font(font, size);
    pdf.colour(colour);
    const double baseline = nextLine(pdf, size + 4);
    pdf.text(x, baseline, text);
}

void header(PdfCanvas& pdf, const PaperKitInput& input)
{
    const double x = PdfCanvas::kMargin;
    const double w = pdf.contentWidth();
    pdf.font(PdfFont::Bold, 16);  // fitted() measures in the title's font
    label(pdf, x, pdf.fitted("Interview kit: " + input.openingTitle, w), PdfFont::Bold, 16, kInk);
    pdf.moveDown(2);
    label(pdf, x, fmt::format("{}, {} minutes. Score each competency 1 to 5 against its anchors; "
                                     "tick \"not assessed\" when the interview did not show it.",
                              input.kindTitle, input.lengthMinutes),
          PdfFont::Regular, 10, kMuted);
    pdf.moveDown(22);
    const double third = w / 3;
    blankLine(pdf, x, third - 12, "Candidate: " + input.candidateName);
    blankLine(pdf, x + third, third - 12, "Interviewer: " + input.interviewer);
    blankLine(pdf, x + 2 * third, third, "Date:");
    pdf.moveDown(14);
}

void bullets(PdfCanvas& pdf, const char* title, const std::vector<std::string>& items, const Rgb& colour)
{
    if (items.empty())
        return;
    const double x = PdfCanvas::kMargin + 12;
    pdf.ensureRoom(3 * kLine);
    pdf.moveDown(3);
    label(pdf, x, title, PdfFont::Bold, 9, colour);
    pdf.font(PdfFont::Regular, 9);
    pdf.colour(kInk);
    for (const std::string& item : items) {
        pdf.ensureRoom(kLine);
        pdf.text(x + 4, pdf.y() + (kLine - 1) * 0.75, "\u2022");
        pdf.paragraph(item, x + 14, pdf.contentWidth() - 26, kLine - 1);
    }
}

void notesBox(PdfCanvas& pdf, double height)
{
    pdf.ensureRoom(height + 8);
    const double top = pdf.y() + 4;
    pdf.strokeRect(PdfCanvas::kMargin + 12, top, pdf.contentWidth() - 12, height, kRule, 0.5);
    pdf.font(PdfFont::Italic, 8);
    pdf.colour(kMuted);
    pdf.text(PdfCanvas::kMargin + 16, top + 10, "Notes");
    pdf.moveDown(height + 8);
}

void question(PdfCanvas& pdf, const Content& content, size_t number, const std::string& id)
{
    const Question* q = content.question(id);
    pdf.ensureRoom(5 * kLine + kNotesHeight);
    if (!q) {
        label(pdf, PdfCanvas::kMargin, fmt::format("Question {} ({}) is not in the loaded content.", number, id),
              PdfFont::Bold, 9, kMuted);
        pdf.moveDown(kLine);
        return;
    }
    const Competency* competency = content.competency(q->competency);
    label(pdf, PdfCanvas::kMargin,
          fmt::format("Question {}  \u00b7  {}  \u00b7  {} min", number,
                      competency ? competency->name : q->competency, q->minutes),
          PdfFont::Bold, 9, kMuted);
    pdf.font(PdfFont::Bold, 11);
    pdf.colour(kInk);
    pdf.paragraph(q->text, PdfCanvas::kMargin, pdf.contentWidth(), 14);
    bullets(pdf, "Probes", q->probes, kMuted);
    bullets(pdf, "Listen for", q->listenFor, kMuted);
    bullets(pdf, "Red flags", q->redFlags, kWarning);
    notesBox(pdf, kNotesHeight);
    pdf.moveDown(kLine);
}

// Five anchor columns side by side, each under an empty score box.
void anchors(PdfCanvas& pdf, const Competency& competency)
{
    const double gap = 6;
    const double column = (pdf.contentWidth() - 4 * gap) / 5;
    std::vector<std::vector<std::string>> wrapped;
    size_t tallest = 0;
    pdf.font(PdfFont::Regular, 8);
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        wrapped.push_back(pdf.wrapped(competency.anchor(score), column - 8));
        tallest = std::max(tallest, wrapped.back().size());
    }
    const double height = 24 + static_cast<double>(tallest) * 10;
    pdf.ensureRoom(height + 8);
    const double top = pdf.y() + 4;
    for (int i = 0; i < 5; ++i) {
        const double x = PdfCanvas::kMargin + i * (column + gap);
        pdf.strokeRect(x, top, column, height, kRule, 0.5);
        pdf.strokeRect(x + 4, top + 4, 10, 10, kInk, 0.8);
        pdf.font(PdfFont::Bold, 9);
        pdf.colour(kInk);
        pdf.text(x + 18, top + 13, std::to_string(i + 1));
        pdf.font(PdfFont::Regular, 8);
        double baseline = top + 26;
        for (const std::string& line : wrapped[static_cast<size_t>(i)]) {
            pdf.text(x + 4, baseline, line);
            baseline += 10;
        }
    }
    pdf.moveDown(height + 8);
}

void scoring(PdfCanvas& pdf, const Content& content, const std::vector<ScorecardEntry>& scorecard)
{
    pdf.newPage();
    label(pdf, PdfCanvas::kMargin, "Scores", PdfFont::Bold, 14, kInk);
    pdf.moveDown(6);
    for (const ScorecardEntry& entry : scorecard) {
        pdf.ensureRoom(4 * kLine + 100);
        std::string title = fmt::format("{}  (weight {:g})", entry.name, entry.weight);
        if (entry.minimum)
            title += fmt::format(", must score at least {}", *entry.minimum);
        label(pdf, PdfCanvas::kMargin, title, PdfFont::Bold, 11, kInk);
        const double right = PdfCanvas::kMargin + pdf.contentWidth();
        pdf.strokeRect(right - 84, pdf.y() - 12, 10, 10, kInk, 0.8);
        pdf.font(PdfFont::Regular, 9);
        pdf.text(right - 70, pdf.y() - 3.5, "not assessed");
        if (const Competency* competency = content.competency(entry.competencyId))
            anchors(pdf, *competency);
        notesBox(pdf, 36);
        pdf.moveDown(6);
    }
}

void verdict(PdfCanvas& pdf)
{
    pdf.ensureRoom(80 + 2 * kNotesHeight);
    label(pdf, PdfCanvas::kMargin, "Overall recommendation (tick one)", PdfFont::Bold, 11, kInk);
    pdf.font(PdfFont::Regular, 10);
    const double baseline = nextLine(pdf, 20);
    double x = PdfCanvas::kMargin;
    for (Recommendation r : kAllRecommendations) {
        pdf.strokeRect(x, baseline - 9, 10, 10, kInk, 0.8);
        pdf.text(x + 14, baseline, recommendationTitle(r));
        x += 28 + pdf.textWidth(recommendationTitle(r));
    }
    pdf.moveDown(8);
    label(pdf, PdfCanvas::kMargin, "Strengths", PdfFont::Bold, 10, kInk);
    notesBox(pdf, kNotesHeight);
    label(pdf, PdfCanvas::kMargin, "Concerns", PdfFont::Bold, 10, kInk);
    notesBox(pdf, kNotesHeight);
}

}  // namespace

PaperKitInput paperKitInput(const LiveInterview& live)
{
    PaperKitInput input;
    input.openingTitle = live.opening().title;
    input.candidateName = live.candidate().name;
    input.interviewer = live.interview().interviewer;
    const auto kind = parseInterviewKind(live.interview().kind);
    input.kindTitle = kind ? interviewKindTitle(*kind) : live.interview().kind;
    input.lengthMinutes = live.interview().plannedMinutes;
    input.questionIds = live.kitQuestionIds();
    input.scorecard = live.opening().scorecard.entries;
    return input;
}

void writePaperKit(const std::filesystem::path& path, const Content& content, const PaperKitInput& input)
{
    // Written beside the target and put in its place once whole, so a failure
    // cannot spoil a kit saved there earlier.
    PartialFile file(path);
    try {
        PdfCanvas pdf(file.path(), "Interview kit: " + input.openingTitle,
                      "amhire interview kit \u00b7 " + input.openingTitle + " \u00b7 confidential");
        header(pdf, input);
        for (size_t i = 0; i < input.questionIds.size(); ++i)
            question(pdf, content, i + 1, input.questionIds[i]);
        scoring(pdf, content, input.scorecard);
        verdict(pdf);
        pdf.finish();
    }
    catch (const ExportError& failure) {
        throw file.aboutTarget(failure);
    }
    file.commit();
}

}  // namespace amhire
