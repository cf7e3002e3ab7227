#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <cairo.h>

#include "core/compare/Palette.h"

namespace amhire {

enum class PdfFont { Regular, Bold, Italic };

// An A4 landscape PDF being written with cairo, page by page, with a cursor
// running down the page and the few text operations the debrief packet needs
// (cairo's own text API with DejaVu Sans: no shaping, which Latin, Greek and
// Cyrillic names do not need). Throws ExportError.
class PdfCanvas {
  public:
    static constexpr double kWidth = 842; // points: A4 landscape
    static constexpr double kHeight = 595;
    static constexpr double kMargin = 36;

    PdfCanvas(const std::filesystem::path& path, const std::string& title, std::string footer);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    cairo_t* cr() const { return cr_; }

    // The cursor: where the next line goes.
    double y() const { return y_; }
    void moveDown(double by) { y_ += by; }
    double bottom() const { return kHeight - kMargin - 14; } // above the footer
    double contentWidth() const { return kWidth - 2 * kMargin; }
    // Starts a new page unless `height` more fits on this one; true if it did.
    bool ensureRoom(double height);
    void newPage();

    void font(PdfFont font, double size);
    void colour(const Rgb& rgb);
    double textWidth(const std::string& text);
    // Draws `text` with its baseline at y.
    void text(double x, double y, const std::string& text);
    // `text` cut with "…" to fit `width`.
    std::string fitted(const std::string& text, double width);
    // `text` broken into lines no wider than `width` (at spaces, or anywhere
    // in a word longer than a line); line breaks in the text are kept.
    std::vector<std::string> wrapped(const std::string& text, double width);
    // Writes `text` as wrapped lines at the cursor, moving it down; pages as needed.
    void paragraph(const std::string& text, double x, double width, double lineHeight);
    void fillRect(double x, double y, double w, double h, const Rgb& rgb);
    void strokeRect(double x, double y, double w, double h, const Rgb& rgb, double lineWidth);

    // Finishes the file; throws ExportError if writing failed.
    void finish();

  private:
    void drawFooter();

    std::filesystem::path path_;
    std::string footer_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    double y_ = kMargin;
    int page_ = 1;
};

} // namespace amhire
