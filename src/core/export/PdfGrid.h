#pragma once

#include <cstddef>
#include <string>

#include "core/export/ExportProgress.h"
#include "core/export/PdfCanvas.h"

namespace amhire {

class Comparison;

// The comparison's grid on the pages of a PDF: a row per candidate shown,
// a column per competency with rotated headers (name, weight, must-have)
// repeated on every page, cells filled on the shared score colour scale with
// the mean, the rater count, a heavy border below a must-have minimum and a
// corner triangle for a disagreement; then total and flags.
class PdfGrid {
  public:
    PdfGrid(const Comparison& comparison, PdfCanvas& pdf) : comparison_(comparison), pdf_(pdf) {}

    // Draws from the canvas' cursor on, adding pages as needed; ticks
    // `progress`, when given, at every row.
    void draw(ExportProgress* progress = nullptr);

  private:
    // Column positions, fitted to the page and the number of competencies.
    struct Layout {
        explicit Layout(size_t competencies);
        double rank, name, stage, firstScore, scoreWidth, total, flags, end;
    };

    void header(const Layout& layout);
    void row(const Layout& layout, size_t row);
    void rotatedLabel(double x, double bottom, const std::string& name, const std::string& detail,
                      double width);

    const Comparison& comparison_;
    PdfCanvas& pdf_;
};

} // namespace amhire
