#include "core/export/XlsxExport.h"

#include <string>

#include <xlsxwriter.h>

#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/Palette.h"
#include "core/export/ExportError.h"
#include "core/export/ExportProgress.h"
#include "core/interview/Kit.h"

namespace amhire {
namespace {

constexpr size_t kMaxCellText = 32000; // Excel holds at most 32,767 characters in a cell

lxw_color_t colourOf(const Rgb& rgb)
{
    return (static_cast<lxw_color_t>(rgb.r) << 16) | (static_cast<lxw_color_t>(rgb.g) << 8) | rgb.b;
}

// Cut at a UTF-8 character boundary.
std::string fitCell(const std::string& text)
{
    if (text.size() <= kMaxCellText)
        return text;
    size_t cut = kMaxCellText;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

// The workbook is written when closed; closing also frees it, error or not.
class Workbook {
  public:
    explicit Workbook(const std::filesystem::path& path) : path_(path)
    {
        // libxlsxwriter only finds out when closing, and prints to stderr.
        std::error_code error;
        if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path(), error))
            throw ExportError("Cannot write " + path.string() + ": the folder " +
                              path.parent_path().string() + " does not exist.");
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to disk as they are done: 10,000 candidates stay small
        book_ = workbook_new_opt(path.c_str(), &options);
        if (!book_)
            throw ExportError("Cannot create " + path.string() + ".");
        bold_ = workbook_add_format(book_);
        format_set_bold(bold_);
        format_set_bg_color(bold_, 0xF0F0F0);
        format_set_text_wrap(bold_);
        format_set_align(bold_, LXW_ALIGN_VERTICAL_TOP);
        oneDecimal_ = workbook_add_format(book_);
        format_set_num_format(oneDecimal_, "0.0");
        wrap_ = workbook_add_format(book_);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    }
    ~Workbook()
    {
        if (book_)
            workbook_close(book_);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_worksheet* sheet(const char* name) { return workbook_add_worksheet(book_, name); }
    void close()
    {
        const lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR)
            throw ExportError("Writing " + path_.string() + " failed: " + lxw_strerror(error) + ".");
    }

    lxw_format* bold() const { return bold_; }
    lxw_format* oneDecimal() const { return oneDecimal_; }
    lxw_format* wrap() const { return wrap_; }

  private:
    std::filesystem::path path_;
    lxw_workbook* book_ = nullptr;
    lxw_format* bold_ = nullptr;
    lxw_format* oneDecimal_ = nullptr;
    lxw_format* wrap_ = nullptr;
};

void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value,
          lxw_format* format = nullptr)
{
    if (!value.empty())
        worksheet_write_string(sheet, row, col, fitCell(value).c_str(), format);
}

void colourScale(lxw_worksheet* sheet, lxw_row_t firstRow, lxw_col_t firstCol, lxw_row_t lastRow,
                 lxw_col_t lastCol, double low, double high)
{
    lxw_conditional_format scale{};
    scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    scale.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    scale.min_value = low;
    scale.min_color = colourOf(kScoreLow);
    scale.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    scale.mid_value = (low + high) / 2;
    scale.mid_color = colourOf(kScoreMiddle);
    scale.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    scale.max_value = high;
    scale.max_color = colourOf(kScoreHigh);
    worksheet_conditional_format_range(sheet, firstRow, firstCol, lastRow, lastCol, &scale);
}

void writeScores(Workbook& book, const Comparison& comparison, ExportProgress& progress)
{
    lxw_worksheet* sheet = book.sheet("Scores");
    const char* headings[] = {"Rank",  "Candidate",     "Email",         "Company",
                              "Stage", "Total (0-100)", "Partial total", "Submitted interviews"};
    const lxw_col_t firstScore = 8;
    lxw_col_t col = 0;
    for (const char* heading : headings)
        text(sheet, 0, col++, heading, book.bold());
    for (const ScorecardEntry& competency : comparison.competencies())
        text(sheet, 0, col++, competency.name + " (" + weightText(competency) + ")", book.bold());
    worksheet_freeze_panes(sheet, 1, 2);
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 2, 3, 20, nullptr);
    worksheet_set_column(sheet, 4, 7, 11, nullptr);
    if (comparison.competencyCount() > 0)
        worksheet_set_column(sheet, firstScore,
                             static_cast<lxw_col_t>(firstScore + comparison.competencyCount() - 1), 14,
                             nullptr);

    for (size_t r = 0; r < comparison.candidateCount(); ++r, progress.tick()) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const ComparedCandidate& candidate = comparison.candidate(r);
        if (candidate.rank)
            worksheet_write_number(sheet, row, 0, *candidate.rank, nullptr);
        text(sheet, row, 1, candidate.name);
        text(sheet, row, 2, candidate.email);
        text(sheet, row, 3, candidate.company);
        text(sheet, row, 4, stageTitle(candidate.stage));
        if (candidate.total)
            worksheet_write_number(sheet, row, 5, *candidate.total, book.oneDecimal());
        text(sheet, row, 6, candidate.partialTotal ? "yes" : "no");
        worksheet_write_number(sheet, row, 7, candidate.submittedInterviews, nullptr);
        for (size_t c = 0; c < comparison.competencyCount(); ++c) {
            const ComparisonCell& cell = comparison.cell(r, c);
            if (cell.assessed())
                worksheet_write_number(sheet, row, static_cast<lxw_col_t>(firstScore + c), cell.mean,
                                       book.oneDecimal());
        }
    }
    if (comparison.candidateCount() > 0) {
        const auto lastRow = static_cast<lxw_row_t>(comparison.candidateCount());
        colourScale(sheet, 1, 5, lastRow, 5, 0, 100);
        if (comparison.competencyCount() > 0)
            colourScale(sheet, 1, firstScore, lastRow,
                        static_cast<lxw_col_t>(firstScore + comparison.competencyCount() - 1), 1, 5);
    }
}

void writeRaters(Workbook& book, const Comparison& comparison, ExportProgress& progress)
{
    lxw_worksheet* sheet = book.sheet("Raters");
    text(sheet, 0, 0, "Candidate", book.bold());
    for (size_t c = 0; c < comparison.competencyCount(); ++c)
        text(sheet, 0, static_cast<lxw_col_t>(c + 1), comparison.competencies()[c].name, book.bold());
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    for (size_t r = 0; r < comparison.candidateCount(); ++r, progress.tick()) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        text(sheet, row, 0, comparison.candidate(r).name);
        for (size_t c = 0; c < comparison.competencyCount(); ++c)
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(c + 1), comparison.cell(r, c).raters,
                                   nullptr);
    }
}

void writeFlags(Workbook& book, const Comparison& comparison, ExportProgress& progress)
{
    lxw_worksheet* sheet = book.sheet("Flags");
    lxw_col_t col = 0;
    for (const char* heading :
         {"Candidate", "Knocked out on", "Disagreement on", "Not assessed", "Still a draft from"})
        text(sheet, 0, col++, heading, book.bold());
    for (Recommendation recommendation : kAllRecommendations)
        text(sheet, 0, col++, recommendationTitle(recommendation), book.bold());
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, 4, 36, book.wrap());
    for (size_t r = 0; r < comparison.candidateCount(); ++r, progress.tick()) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        text(sheet, row, 0, comparison.candidate(r).name);
        text(sheet, row, 1, knockOutText(comparison, r), book.wrap());
        text(sheet, row, 2, disagreementText(comparison, r), book.wrap());
        text(sheet, row, 3, gapText(comparison, r), book.wrap());
        text(sheet, row, 4, awaitedText(comparison, r), book.wrap());
        col = 5;
        for (Recommendation recommendation : kAllRecommendations)
            worksheet_write_number(sheet, row, col++, comparison.candidate(r).recommendations[recommendation],
                                   nullptr);
    }
}

void writePanel(Workbook& book, const Comparison& comparison, ExportProgress& progress)
{
    lxw_worksheet* sheet = book.sheet("Panel");
    lxw_col_t col = 0;
    for (const char* heading :
         {"Candidate", "Interviewer", "Kind", "Recommendation", "Strengths", "Concerns"})
        text(sheet, 0, col++, heading, book.bold());
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_set_column(sheet, 0, 1, 22, nullptr);
    worksheet_set_column(sheet, 2, 3, 15, nullptr);
    worksheet_set_column(sheet, 4, 5, 48, book.wrap());
    lxw_row_t row = 1;
    for (size_t r = 0; r < comparison.candidateCount(); ++r, progress.tick())
        for (const PanelVerdict& verdict : comparison.verdicts(r)) {
            text(sheet, row, 0, comparison.candidate(r).name);
            text(sheet, row, 1, verdict.interviewer);
            text(sheet, row, 2, interviewKindTitleOf(verdict.kind));
            if (verdict.recommendation)
                text(sheet, row, 3, recommendationTitle(*verdict.recommendation));
            text(sheet, row, 4, verdict.strengths, book.wrap());
            text(sheet, row, 5, verdict.concerns, book.wrap());
            ++row;
        }
}

void writeCalibration(Workbook& book, const Comparison& comparison)
{
    lxw_worksheet* sheet = book.sheet("Calibration");
    const Calibration& calibration = comparison.calibration();
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 2, 22, nullptr);
    text(sheet, 0, 0, "Krippendorff's alpha (interval)", book.bold());
    if (calibration.reliability.alpha)
        worksheet_write_number(sheet, 0, 1, *calibration.reliability.alpha, nullptr);
    else
        text(sheet, 0, 1, "not enough overlapping scores");
    text(sheet, 1, 0, "Scores it rests on", book.bold());
    worksheet_write_number(sheet, 1, 1, static_cast<double>(calibration.reliability.ratings), nullptr);
    text(sheet, 2, 0, "Shared cells", book.bold());
    worksheet_write_number(sheet, 2, 1, static_cast<double>(calibration.reliability.units), nullptr);
    text(sheet, 4, 0, "Interviewer", book.bold());
    text(sheet, 4, 1, "Mean deviation from panel", book.bold());
    text(sheet, 4, 2, "Scores it rests on", book.bold());
    lxw_row_t row = 5;
    for (const InterviewerCalibration& interviewer : calibration.interviewers) {
        text(sheet, row, 0, interviewer.interviewer);
        if (interviewer.meanDeviation)
            worksheet_write_number(sheet, row, 1, *interviewer.meanDeviation, nullptr);
        worksheet_write_number(sheet, row, 2, static_cast<double>(interviewer.ratings), nullptr);
        ++row;
    }
}

} // namespace

void exportXlsx(const Comparison& comparison, const std::filesystem::path& path, const ExportOptions& options)
{
    ExportProgress progress(options, comparison.candidateCount(), 4);
    Workbook book(path);
    writeScores(book, comparison, progress);
    writeRaters(book, comparison, progress);
    writeFlags(book, comparison, progress);
    writePanel(book, comparison, progress);
    writeCalibration(book, comparison);
    book.close();
}

} // namespace amhire
