#include "core/export/CairoRadar.h"

#include <cmath>
#include <string>

#include "core/compare/Comparison.h"
#include "core/compare/Palette.h"

namespace amhire {
namespace {

void setColour(cairo_t* cr, const Rgb& rgb, double alpha = 1.0)
{
    cairo_set_source_rgba(cr, rgb.red(), rgb.green(), rgb.blue(), alpha);
}

void tracePolygon(cairo_t* cr, const std::vector<ChartPoint>& points)
{
    for (size_t i = 0; i < points.size(); ++i) {
        if (i == 0)
            cairo_move_to(cr, points[i].x, points[i].y);
        else
            cairo_line_to(cr, points[i].x, points[i].y);
    }
    cairo_close_path(cr);
}

void setDash(cairo_t* cr, size_t series, double width)
{
    std::vector<double> dash = seriesDash(series);
    for (double& length : dash)
        length *= width;
    cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
}

double advance(cairo_t* cr, const std::string& text)
{
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    return extents.x_advance;
}

// `text` cut at a UTF-8 character boundary, with "…", to fit `width`.
std::string shortened(cairo_t* cr, const std::string& text, double width)
{
    if (advance(cr, text) <= width)
        return text;
    std::string cut;
    for (size_t at = 0; at < text.size();) {
        size_t n = 1;
        while (at + n < text.size() && (static_cast<unsigned char>(text[at + n]) & 0xC0) == 0x80)
            ++n;
        if (advance(cr, cut + text.substr(at, n) + "…") > width)
            break;
        cut += text.substr(at, n);
        at += n;
    }
    return cut + "…";
}

// A competency name on one line, or two split at the space nearest the middle.
std::vector<std::string> labelLines(cairo_t* cr, const std::string& name, double width)
{
    if (advance(cr, name) <= width)
        return {name};
    size_t best = std::string::npos;
    for (size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1))
        if (best == std::string::npos ||
            std::abs(static_cast<double>(at) - static_cast<double>(name.size()) / 2) <
                std::abs(static_cast<double>(best) - static_cast<double>(name.size()) / 2))
            best = at;
    if (best == std::string::npos)
        return {shortened(cr, name, width)};
    return {shortened(cr, name.substr(0, best), width), shortened(cr, name.substr(best + 1), width)};
}

} // namespace

void drawRadarChart(cairo_t* cr, const Comparison& comparison, const std::vector<RadarSeries>& series,
                    double x, double y, double size)
{
    cairo_save(cr);
    const double radius = size * 0.32;
    const double labelWidth = size * 0.2;
    const RadarChart chart(comparison.competencyCount(), {x + size / 2, y + size / 2}, radius);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);

    cairo_set_line_width(cr, 0.75);
    for (int score = 1; score <= 5; ++score) {
        tracePolygon(cr, chart.ring(score));
        setColour(cr, score == 5 ? Rgb{0x99, 0x99, 0x99} : Rgb{0xd0, 0xd0, 0xd0});
        cairo_stroke(cr);
    }
    cairo_set_font_size(cr, 8.5);
    for (size_t axis = 0; axis < chart.axisCount(); ++axis) {
        const ChartPoint end = chart.point(axis, RadarChart::kMaxValue);
        cairo_move_to(cr, chart.centre().x, chart.centre().y);
        cairo_line_to(cr, end.x, end.y);
        setColour(cr, {0xd0, 0xd0, 0xd0});
        cairo_stroke(cr);

        const std::vector<std::string> lines =
            labelLines(cr, comparison.competencies()[axis].name, labelWidth);
        const ChartPoint at = chart.labelPoint(axis, 8);
        setColour(cr, {0x33, 0x33, 0x33});
        for (size_t line = 0; line < lines.size(); ++line) {
            const double width = advance(cr, lines[line]);
            double left = at.x;
            if (chart.labelAnchor(axis) == TextAnchor::Middle)
                left -= width / 2;
            else if (chart.labelAnchor(axis) == TextAnchor::End)
                left -= width;
            // Beside the chart centred on the label point; above it growing
            // upwards, below it growing downwards, clear of the outer ring.
            const auto n = static_cast<double>(lines.size());
            double firstY = at.y + 3 - 5 * (n - 1);
            if (at.y < chart.centre().y - radius * 0.9)
                firstY = at.y - 10 * (n - 1);
            else if (at.y > chart.centre().y + radius * 0.9)
                firstY = at.y + 8;
            const double lineY = firstY + 10 * static_cast<double>(line);
            cairo_move_to(cr, left, lineY);
            cairo_show_text(cr, lines[line].c_str());
        }
    }
    cairo_set_font_size(cr, 8);
    setColour(cr, {0x77, 0x77, 0x77});
    for (int score = 1; score <= 5; ++score) {
        const ChartPoint at = chart.point(0, score);
        cairo_move_to(cr, at.x + 3, at.y + 2.5);
        cairo_show_text(cr, std::to_string(score).c_str());
    }

    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (size_t s = 0; s < series.size(); ++s) {
        tracePolygon(cr, chart.polygon(series[s].values));
        setColour(cr, seriesColour(s), seriesFillOpacity(series.size()));
        cairo_fill_preserve(cr);
        setColour(cr, seriesColour(s));
        cairo_set_line_width(cr, 2);
        setDash(cr, s, 2);
        cairo_stroke(cr);
    }

    cairo_restore(cr);
}

void drawRadarLegend(cairo_t* cr, const std::vector<RadarSeries>& series, double x, double y, double width,
                     double lineHeight)
{
    cairo_save(cr);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 10);
    for (size_t s = 0; s < series.size(); ++s) {
        const double lineY = y + lineHeight * static_cast<double>(s);
        setColour(cr, seriesColour(s));
        cairo_set_line_width(cr, 2.5);
        setDash(cr, s, 2.5);
        cairo_move_to(cr, x, lineY);
        cairo_line_to(cr, x + 34, lineY);
        cairo_stroke(cr);
        setColour(cr, {0x22, 0x22, 0x22});
        cairo_move_to(cr, x + 42, lineY + 3.5);
        cairo_show_text(cr, shortened(cr, series[s].label, width - 42).c_str());
    }
    cairo_restore(cr);
}

} // namespace amhire
