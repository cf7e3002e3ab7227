#pragma once

#include <wx/grid.h>

namespace amhire::app {

// Draws a cell of a ComparisonGridTable straight from its Comparison: a score
// cell in the palette's colour for its mean, with the rater count, a mark for
// disagreement (spread >= 2) and one for a knock-out; the total on the same
// colour scale; the other summary lines as text.
class ComparisonCellRenderer : public wxGridCellRenderer {
  public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool isSelected) override;
    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) override;
    wxGridCellRenderer* Clone() const override { return new ComparisonCellRenderer; }
};

} // namespace amhire::app
