#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <wx/grid.h>

namespace amhire {
class Comparison;
}

namespace amhire::app {

class ComparisonGridTable;

// The comparison's grid: a ComparisonGridTable sized so its lines read well
// either way round. Clicking a competency's or the total's heading asks to
// sort by it; clicking or pressing Enter on a cell asks for what lies behind
// it; candidates are selected by their headings (Ctrl+click adds).
class ComparisonGrid : public wxGrid {
  public:
    struct Handlers {
        std::function<void(size_t line)> lineHeadingClicked;
        std::function<void(int row, int col)> cellChosen;
        std::function<void()> candidatesSelected;
        std::function<void()> cursorMoved;
    };

    ComparisonGrid(wxWindow* parent, Handlers handlers);

    // What the marks and colours mean and how to use the grid, for beneath it.
    static wxSizer* createLegend(wxWindow* parent);

    ComparisonGridTable& table() const { return *table_; }
    // Shows `comparison` (null for nothing), which must outlive the grid or be replaced first.
    void show(const Comparison* comparison, bool transposed);

    // The comparison rows of the selected candidates, in selection order, at most `limit`.
    std::vector<size_t> selectedCandidates(size_t limit) const;
    // Selects exactly these candidates, without telling candidatesSelected.
    void selectCandidates(const std::vector<size_t>& rows);
    // The comparison row of the candidate under the cursor, or the first.
    size_t cursorCandidate() const;

  private:
    void layoutLines();
    void onLabelClick(wxGridEvent& event);

    Handlers handlers_;
    wxGridCellCoords hovered_;   // the cell whose tooltip is shown
    ComparisonGridTable* table_; // owned by wxGrid
    bool selecting_ = false;
};

} // namespace amhire::app
