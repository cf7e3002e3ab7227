#include "app/ComparisonGridTable.h"

#include <wx/intl.h>

#include "app/ComparisonCellRenderer.h"
#include "app/HtmlText.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"

namespace amhire::app {

namespace {

// Breaks `text` at spaces into lines of about `width` characters: grid
// headings do not wrap by themselves, and a narrow column would cut them.
wxString wrapWords(const wxString& text, size_t width)
{
    wxString wrapped, line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        if (!line.empty() && line.length() + 1 + word.length() > width) {
            wrapped += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return wrapped + line;
}

} // namespace

ComparisonGridTable::ComparisonGridTable() : cellAttr_(new wxGridCellAttr)
{
    cellAttr_->SetRenderer(new ComparisonCellRenderer);
    cellAttr_->SetReadOnly();
}

ComparisonGridTable::~ComparisonGridTable()
{
    cellAttr_->DecRef();
}

void ComparisonGridTable::show(const Comparison* comparison, bool transposed)
{
    wxGrid* grid = GetView();
    const int oldRows = grid ? grid->GetNumberRows() : 0;
    const int oldCols = grid ? grid->GetNumberCols() : 0;
    comparison_ = comparison;
    transposed_ = transposed;
    resizeView(oldRows, oldCols);
}

void ComparisonGridTable::resizeView(int oldRows, int oldCols)
{
    wxGrid* grid = GetView();
    if (!grid)
        return;
    // The grid keeps its own row and column counts: tell it what changed.
    auto notify = [&](int oldCount, int newCount, int deleted, int appended) {
        if (newCount < oldCount) {
            wxGridTableMessage message(this, deleted, newCount, oldCount - newCount);
            grid->ProcessTableMessage(message);
        }
        else if (newCount > oldCount) {
            wxGridTableMessage message(this, appended, newCount - oldCount);
            grid->ProcessTableMessage(message);
        }
    };
    notify(oldRows, GetNumberRows(), wxGRIDTABLE_NOTIFY_ROWS_DELETED, wxGRIDTABLE_NOTIFY_ROWS_APPENDED);
    notify(oldCols, GetNumberCols(), wxGRIDTABLE_NOTIFY_COLS_DELETED, wxGRIDTABLE_NOTIFY_COLS_APPENDED);
}

size_t ComparisonGridTable::candidateCount() const
{
    return comparison_ ? comparison_->candidateCount() : 0;
}

size_t ComparisonGridTable::lineCount() const
{
    return comparison_ ? comparison_->competencyCount() + kSummaryLines : 0;
}

int ComparisonGridTable::GetNumberRows()
{
    return static_cast<int>(transposed_ ? candidateCount() : lineCount());
}

int ComparisonGridTable::GetNumberCols()
{
    return static_cast<int>(transposed_ ? lineCount() : candidateCount());
}

ComparisonGridTable::Position ComparisonGridTable::at(int row, int col) const
{
    const auto r = static_cast<size_t>(row);
    const auto c = static_cast<size_t>(col);
    return transposed_ ? Position{r, c} : Position{c, r};
}

std::optional<size_t> ComparisonGridTable::competencyOf(size_t line) const
{
    if (comparison_ && line < comparison_->competencyCount())
        return line;
    return std::nullopt;
}

std::optional<ComparisonGridTable::Summary> ComparisonGridTable::summaryOf(size_t line) const
{
    if (!comparison_ || line < comparison_->competencyCount() || line >= lineCount())
        return std::nullopt;
    return static_cast<Summary>(line - comparison_->competencyCount());
}

bool ComparisonGridTable::IsEmptyCell(int row, int col)
{
    const Position p = at(row, col);
    if (p.candidate >= candidateCount() || p.line >= lineCount())
        return true;
    if (auto competency = competencyOf(p.line))
        return !comparison_->cell(p.candidate, *competency).assessed();
    return false;
}

wxString ComparisonGridTable::summaryText(Summary summary, size_t candidate) const
{
    const ComparedCandidate& who = comparison_->candidate(candidate);
    switch (summary) {
    case Summary::Total:
        return fromUtf8(formatTotal(who));
    case Summary::Recommendations: {
        // One call per line reads better than a comma list in a narrow column.
        wxString text = fromUtf8(recommendationSummary(who.recommendations));
        text.Replace(", ", "\n");
        return text;
    }
    case Summary::Rank:
        return fromUtf8(formatRank(who));
    case Summary::Stage:
        return wxGetTranslation(stageTitle(who.stage));
    }
    return {};
}

wxString ComparisonGridTable::GetValue(int row, int col)
{
    const Position p = at(row, col);
    if (p.candidate >= candidateCount() || p.line >= lineCount())
        return {};
    if (auto competency = competencyOf(p.line)) {
        const ComparisonCell& cell = comparison_->cell(p.candidate, *competency);
        return cell.assessed() ? fromUtf8(formatMean(cell.mean)) : wxString(_("not assessed"));
    }
    return summaryText(*summaryOf(p.line), p.candidate);
}

void ComparisonGridTable::SetValue(int, int, const wxString&)
{
    // Read-only: scores change in interviews, not here.
}

wxString ComparisonGridTable::lineLabel(size_t line) const
{
    if (!comparison_ || line >= lineCount())
        return {};
    const ComparisonOptions& options = comparison_->options();
    const wxString arrow = options.descending ? wxString::FromUTF8(" \u25BC") : wxString::FromUTF8(" \u25B2");
    if (auto competency = competencyOf(line)) {
        const ScorecardEntry& entry = comparison_->competencies()[*competency];
        const bool sorted =
            options.sortBy == ComparisonSort::Competency && options.sortCompetency == *competency;
        // Transposed, the name heads a narrow column: two short lines read better than a cut one.
        const wxString name = transposed_ ? wrapWords(fromUtf8(entry.name), 16) : fromUtf8(entry.name);
        return name + (sorted ? arrow : wxString()) + "\n" + fromUtf8(weightText(entry));
    }
    switch (*summaryOf(line)) {
    case Summary::Total:
        return _("Total (0-100)") + (options.sortBy == ComparisonSort::Total ? arrow : wxString());
    case Summary::Recommendations:
        return _("Recommendations");
    case Summary::Rank:
        return _("Rank");
    case Summary::Stage:
        return _("Stage");
    }
    return {};
}

wxString ComparisonGridTable::candidateLabel(size_t candidate) const
{
    if (candidate >= candidateCount())
        return {};
    const ComparedCandidate& who = comparison_->candidate(candidate);
    // The cross matches the one in knocked-out cells and the legend.
    return fromUtf8(who.name) + (who.knockedOut ? wxString::FromUTF8(" \u2717") : wxString());
}

wxString ComparisonGridTable::describeCell(int row, int col) const
{
    const Position p = at(row, col);
    const auto competency = competencyOf(p.line);
    if (p.candidate >= candidateCount() || !competency)
        return {};
    const ScorecardEntry& entry = comparison_->competencies()[*competency];
    const ComparisonCell& cell = comparison_->cell(p.candidate, *competency);
    wxString text = fromUtf8(comparison_->candidate(p.candidate).name) + ", " + fromUtf8(entry.name) + ": ";
    if (!cell.assessed())
        return text + _("not assessed in any submitted scorecard");
    text += wxString::Format(wxPLURAL("mean %s from %d rater", "mean %s from %d raters", cell.raters),
                             fromUtf8(formatMean(cell.mean)), cell.raters);
    if (cell.raters > 1)
        text += wxString::Format(_(", scores %d to %d"), cell.lowest, cell.highest);
    if (cell.disagreement())
        text += "\n" + wxString(_("Disagreement: discuss in the debrief."));
    if (cell.knockOut)
        text += "\n" + wxString::Format(_("Knock-out: below the must-have minimum of %d."),
                                        entry.minimum.value_or(0));
    return text + "\n" + wxString(_("Click or press Enter for the ratings behind it."));
}

wxString ComparisonGridTable::GetRowLabelValue(int row)
{
    return transposed_ ? candidateLabel(static_cast<size_t>(row)) : lineLabel(static_cast<size_t>(row));
}

wxString ComparisonGridTable::GetColLabelValue(int col)
{
    return transposed_ ? lineLabel(static_cast<size_t>(col)) : candidateLabel(static_cast<size_t>(col));
}

wxString ComparisonGridTable::GetCornerLabelValue() const
{
    return transposed_ ? _("Candidate") : _("Competency, weight");
}

wxGridCellAttr* ComparisonGridTable::GetAttr(int, int, wxGridCellAttr::wxAttrKind)
{
    cellAttr_->IncRef(); // the grid releases it after use
    return cellAttr_;
}

} // namespace amhire::app
