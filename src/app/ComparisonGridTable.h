#pragma once

#include <cstddef>
#include <optional>

#include <wx/grid.h>

namespace amhire {
class Comparison;
}

namespace amhire::app {

// The comparison as a virtual grid: competencies (then the total, the
// recommendations, the rank and the stage) as rows and the candidates shown as
// columns, or the other way round when transposed. Nothing is copied out of
// the Comparison: every cell is read from it when painted, so ten thousand
// candidates cost no more than the few on screen.
class ComparisonGridTable : public wxGridTableBase {
  public:
    // The lines after the competencies.
    enum class Summary { Total, Recommendations, Rank, Stage };
    static constexpr size_t kSummaryLines = 4;

    // A grid position in the comparison's terms: which candidate (a row of the
    // Comparison) and which line (a competency index, or past them a Summary).
    struct Position {
        size_t candidate = 0;
        size_t line = 0;
    };

    ComparisonGridTable();
    ~ComparisonGridTable() override;

    // Shows `comparison` (null for nothing), which must outlive the table or
    // be replaced first; tells the grid when its shape changes.
    void show(const Comparison* comparison, bool transposed);
    const Comparison* comparison() const { return comparison_; }
    bool transposed() const { return transposed_; }

    size_t lineCount() const;
    Position at(int row, int col) const;
    // The competency a line shows, or nothing for a summary line.
    std::optional<size_t> competencyOf(size_t line) const;
    std::optional<Summary> summaryOf(size_t line) const;
    wxString lineLabel(size_t line) const;
    wxString candidateLabel(size_t candidate) const;
    // A score cell in words, for its tooltip; empty for other cells.
    wxString describeCell(int row, int col) const;

    int GetNumberRows() override;
    int GetNumberCols() override;
    bool IsEmptyCell(int row, int col) override;
    wxString GetValue(int row, int col) override;
    void SetValue(int row, int col, const wxString& value) override;
    wxString GetRowLabelValue(int row) override;
    wxString GetColLabelValue(int col) override;
    wxString GetCornerLabelValue() const override;
    bool CanHaveAttributes() override { return true; }
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

  private:
    size_t candidateCount() const;
    wxString summaryText(Summary summary, size_t candidate) const;
    void resizeView(int oldRows, int oldCols);

    const Comparison* comparison_ = nullptr;
    bool transposed_ = false;
    wxGridCellAttr* cellAttr_; // one for every cell, drawn by ComparisonCellRenderer
};

} // namespace amhire::app
