#include "core/export/PdfCanvas.h"

#include <algorithm>

#include <cairo-pdf.h>
#include <fmt/format.h>

#include "core/export/ExportError.h"

namespace amhire {
namespace {

constexpr const char* kFontFamily = "DejaVu Sans";
const Rgb kText{0x22, 0x22, 0x22};
const Rgb kMuted{0x77, 0x77, 0x77};

// The length of the UTF-8 character starting at byte `at`.
size_t charLength(const std::string& text, size_t at)
{
    const auto c = static_cast<unsigned char>(text[at]);
    const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return std::min(n, text.size() - at);
}

} // namespace

PdfCanvas::PdfCanvas(const std::filesystem::path& path, const std::string& title, std::string footer)
    : path_(path), footer_(std::move(footer))
{
    surface_ = cairo_pdf_surface_create(path.c_str(), kWidth, kHeight);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
        const std::string reason = cairo_status_to_string(cairo_surface_status(surface_));
        cairo_surface_destroy(surface_);
        throw ExportError("Cannot create " + path.string() + ": " + reason + ".");
    }
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "amhire");
    cr_ = cairo_create(surface_);
    font(PdfFont::Regular, 10);
    colour(kText);
}

PdfCanvas::~PdfCanvas()
{
    if (cr_)
        cairo_destroy(cr_);
    if (surface_)
        cairo_surface_destroy(surface_);
}

bool PdfCanvas::ensureRoom(double height)
{
    if (y_ + height <= bottom())
        return false;
    newPage();
    return true;
}

void PdfCanvas::newPage()
{
    drawFooter();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
}

void PdfCanvas::font(PdfFont font, double size)
{
    cairo_select_font_face(cr_, kFontFamily,
                           font == PdfFont::Italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                           font == PdfFont::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, size);
}

void PdfCanvas::colour(const Rgb& rgb)
{
    cairo_set_source_rgb(cr_, rgb.red(), rgb.green(), rgb.blue());
}

double PdfCanvas::textWidth(const std::string& text)
{
    cairo_text_extents_t extents;
    cairo_text_extents(cr_, text.c_str(), &extents);
    return extents.x_advance;
}

void PdfCanvas::text(double x, double y, const std::string& text)
{
    cairo_move_to(cr_, x, y);
    cairo_show_text(cr_, text.c_str());
}

std::string PdfCanvas::fitted(const std::string& text, double width)
{
    if (textWidth(text) <= width)
        return text;
    std::string cut;
    for (size_t at = 0; at < text.size();) {
        const size_t n = charLength(text, at);
        if (textWidth(cut + text.substr(at, n) + "…") > width)
            break;
        cut += text.substr(at, n);
        at += n;
    }
    return cut + "…";
}

std::vector<std::string> PdfCanvas::wrapped(const std::string& text, double width)
{
    const double spaceWidth = textWidth(" ");
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find('\n', start), text.size());
        std::string line;
        double lineWidth = 0;
        size_t at = start;
        while (at < end) {
            size_t wordEnd = text.find(' ', at);
            wordEnd = wordEnd == std::string::npos || wordEnd > end ? end : wordEnd;
            const std::string word = text.substr(at, wordEnd - at);
            // Cairo's text API sets glyphs one after another without kerning,
            // so a line is as wide as its words and spaces: each word is
            // measured once, not every line it might end. (A packet of
            // 10,000 candidates measured each line again for every word.)
            const double wordWidth = textWidth(word);
            const double candidateWidth = line.empty() ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (candidateWidth <= width) {
                line = line.empty() ? word : line + " " + word;
                lineWidth = candidateWidth;
            }
            else if (!line.empty() && wordWidth <= width) {
                lines.push_back(line);
                line = word;
                lineWidth = wordWidth;
            }
            else {
                // A word longer than a line: break it where it no longer fits.
                if (!line.empty())
                    lines.push_back(line);
                line.clear();
                for (size_t i = 0; i < word.size();) {
                    const size_t n = charLength(word, i);
                    if (!line.empty() && textWidth(line + word.substr(i, n)) > width) {
                        lines.push_back(line);
                        line.clear();
                    }
                    line += word.substr(i, n);
                    i += n;
                }
                lineWidth = textWidth(line);
            }
            at = wordEnd + 1;
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

void PdfCanvas::paragraph(const std::string& text, double x, double width, double lineHeight)
{
    for (const std::string& line : wrapped(text, width)) {
        ensureRoom(lineHeight);
        y_ += lineHeight;
        this->text(x, y_ - lineHeight * 0.25, line);
    }
}

void PdfCanvas::fillRect(double x, double y, double w, double h, const Rgb& rgb)
{
    colour(rgb);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_fill(cr_);
}

void PdfCanvas::strokeRect(double x, double y, double w, double h, const Rgb& rgb, double lineWidth)
{
    colour(rgb);
    cairo_set_line_width(cr_, lineWidth);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_stroke(cr_);
}

void PdfCanvas::drawFooter()
{
    cairo_save(cr_);
    font(PdfFont::Regular, 8);
    colour(kMuted);
    text(kMargin, kHeight - kMargin + 10, footer_);
    const std::string page = fmt::format("Page {}", page_);
    text(kWidth - kMargin - textWidth(page), kHeight - kMargin + 10, page);
    cairo_restore(cr_);
}

void PdfCanvas::finish()
{
    drawFooter();
    cairo_show_page(cr_);
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    const cairo_status_t status = cairo_surface_status(surface_);
    if (status != CAIRO_STATUS_SUCCESS)
        throw ExportError(
            fmt::format("Writing {} failed: {}.", path_.string(), cairo_status_to_string(status)));
}

} // namespace amhire
