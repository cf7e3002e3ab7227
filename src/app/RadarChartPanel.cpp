#include "app/RadarChartPanel.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "core/compare/Palette.h"

namespace amhire::app {

namespace {

wxColour toColour(const Rgb& rgb, unsigned char alpha = wxALPHA_OPAQUE)
{
    return wxColour(rgb.r, rgb.g, rgb.b, alpha);
}

wxGraphicsPath closedPath(wxGraphicsContext& gc, const std::vector<ChartPoint>& points)
{
    wxGraphicsPath path = gc.CreatePath();
    for (size_t i = 0; i < points.size(); ++i) {
        if (i == 0)
            path.MoveToPoint(points[i].x, points[i].y);
        else
            path.AddLineToPoint(points[i].x, points[i].y);
    }
    path.CloseSubpath();
    return path;
}

// The polyline through `points` (closed back to the first when `closed`) cut
// into dashes of `pattern` (on/off lengths in pixels), so each series keeps
// its dash from the exports whatever the backend makes of fractional dashes.
wxGraphicsPath dashedPath(wxGraphicsContext& gc, std::vector<ChartPoint> points, std::vector<double> pattern,
                          bool closed)
{
    if (closed && !points.empty())
        points.push_back(points.front());
    wxGraphicsPath path = gc.CreatePath();
    if (pattern.empty()) {
        if (points.empty())
            return path;
        path.MoveToPoint(points[0].x, points[0].y);
        for (size_t i = 1; i < points.size(); ++i)
            path.AddLineToPoint(points[i].x, points[i].y);
        if (closed)
            path.CloseSubpath();
        return path;
    }
    size_t dash = 0;
    double left = pattern[0]; // of the current dash or gap
    bool on = true;
    bool drawing = false; // a dash is open in the path: corners join instead of restarting
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        ChartPoint from = points[i];
        const ChartPoint to = points[i + 1];
        double length = std::hypot(to.x - from.x, to.y - from.y);
        while (length > 1e-9) {
            const double step = std::min(left, length);
            const double t = step / length;
            const ChartPoint next{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
            if (on) {
                if (!drawing)
                    path.MoveToPoint(from.x, from.y);
                path.AddLineToPoint(next.x, next.y);
                drawing = true;
            }
            from = next;
            length -= step;
            left -= step;
            if (left <= 1e-9) {
                dash = (dash + 1) % pattern.size();
                left = pattern[dash];
                on = !on;
                drawing = false;
            }
        }
    }
    return path;
}

std::vector<double> dashInPixels(size_t series, double lineWidth)
{
    std::vector<double> pattern = seriesDash(series);
    for (double& length : pattern)
        length *= lineWidth;
    return pattern;
}

// An axis whose end lies within this share of the radius of the centre's
// height is beside the chart: its label is centred on its point, not
// stacked above or below it.
constexpr double kBesideChart = 0.6;

// Splits `text` into lines no wider than `width`, at spaces.
std::vector<wxString> wrap(wxGraphicsContext& gc, const wxString& text, double width)
{
    std::vector<wxString> lines;
    wxString line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + " " + word;
        double w = 0, h = 0;
        gc.GetTextExtent(candidate, &w, &h);
        if (w > width && !line.empty()) {
            lines.push_back(line);
            line = word;
        }
        else {
            line = candidate;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

} // namespace

RadarChartPanel::RadarChartPanel(wxWindow* parent) : wxWindow(parent, wxID_ANY)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(280, 280)));
    SetName(_("Radar chart"));
    Bind(wxEVT_PAINT, &RadarChartPanel::onPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

double RadarChartPanel::dip(double pixels) const
{
    return pixels * FromDIP(1000) / 1000.0;
}

void RadarChartPanel::setChart(std::vector<std::string> axes, std::vector<RadarSeries> series)
{
    axes_ = std::move(axes);
    series_ = std::move(series);
    if (series_.size() > kMaxChartSeries)
        series_.resize(kMaxChartSeries);
    wxString tip;
    for (const RadarSeries& one : series_)
        tip += (tip.empty() ? "" : ", ") + fromUtf8(one.label);
    SetToolTip(tip);
    Refresh();
}

void RadarChartPanel::onPaint(wxPaintEvent&)
{
    // The theme's window colours, read at each paint so a theme switched
    // while the app runs is followed at once.
    paper_ = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    ink_ = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    gridLine_ = mixColours(ink_, paper_, 75);
    scaleText_ = mixColours(ink_, paper_, 45);
    onDark_ = darkBackground(paper_, ink_);
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(paper_));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    draw(*gc, GetClientSize());
}

void RadarChartPanel::draw(wxGraphicsContext& gc, const wxSize& size)
{
    const double margin = FromDIP(12);
    if (axes_.size() < 3 || series_.empty()) {
        gc.SetFont(GetFont(), scaleText_);
        const wxString message = axes_.size() < 3 && !axes_.empty()
                                     ? _("A radar chart needs at least three competencies.")
                                     : _("No candidate to chart.");
        double w = 0, h = 0;
        gc.GetTextExtent(message, &w, &h);
        gc.DrawText(message, std::max(margin, (size.x - w) / 2), (size.y - h) / 2);
        return;
    }
    const double legendHeight = drawLegend(gc, size.x - 2 * margin);
    // Room for the axis labels around the chart: beside it a few lines of
    // wrapped words; above and below it, where a label is centred on its
    // axis, as much room as the labels there take, so a short panel gives
    // the chart what the labels leave rather than a fixed allowance.
    const double labelWidth =
        std::clamp(size.x * 0.2, static_cast<double>(FromDIP(70)), static_cast<double>(FromDIP(130)));
    const auto labels = axisLabels(gc, labelWidth, std::min(size.x - 2 * margin, 2.5 * labelWidth));
    double lineHeight = 0, unused = 0;
    gc.SetFont(GetFont(), ink_);
    gc.GetTextExtent("Ag", &unused, &lineHeight);
    const RadarChart unit(axes_.size(), {0, 0}, 1);
    double above = 0, below = 0;
    for (size_t axis = 0; axis < labels.size(); ++axis) {
        const double up = -unit.point(axis, RadarChart::kMaxValue).y; // 1 at the top, -1 at the bottom
        const double height = lineHeight * static_cast<double>(labels[axis].size());
        if (up > kBesideChart)
            above = std::max(above, height);
        else if (up < -kBesideChart)
            below = std::max(below, height);
    }
    const double gap = FromDIP(8); // between the outer ring and a label, as drawAxes leaves it
    const double top = legendHeight + margin + above + gap;
    const double radius = std::max(
        10.0, std::min((size.x - 2 * (labelWidth + margin)) / 2, (size.y - top - below - gap - margin) / 2));
    const RadarChart chart(axes_.size(), {size.x / 2.0, top + radius}, radius);
    drawAxes(gc, chart, labels);
    drawSeries(gc, chart);
}

double RadarChartPanel::drawLegend(wxGraphicsContext& gc, double width)
{
    const double margin = FromDIP(12);
    const double sample = FromDIP(30);
    const double lineWidth = dip(2.5);
    gc.SetFont(GetFont(), ink_);
    double x = margin, y = margin, rowHeight = 0;
    for (size_t i = 0; i < series_.size(); ++i) {
        const wxString label = fromUtf8(series_[i].label);
        double w = 0, h = 0;
        gc.GetTextExtent(label, &w, &h);
        const double itemWidth = sample + FromDIP(6) + w + FromDIP(18);
        if (x > margin && x + itemWidth > margin + width) {
            x = margin;
            y += rowHeight + FromDIP(6);
        }
        rowHeight = std::max(rowHeight, h);
        const double middle = y + h / 2;
        gc.SetPen(
            gc.CreatePen(wxGraphicsPenInfo(toColour(seriesColour(i, onDark_)), lineWidth).Cap(wxCAP_BUTT)));
        const std::vector<ChartPoint> line{{x, middle}, {x + sample, middle}};
        gc.StrokePath(dashedPath(gc, line, dashInPixels(i, lineWidth), false));
        gc.SetBrush(wxBrush(toColour(seriesColour(i, onDark_))));
        gc.SetPen(wxNullGraphicsPen);
        gc.DrawEllipse(x + sample / 2 - FromDIP(3), middle - FromDIP(3), FromDIP(6), FromDIP(6));
        gc.DrawText(label, x + sample + FromDIP(6), y);
        x += itemWidth;
    }
    return y + rowHeight;
}

std::vector<std::vector<wxString>> RadarChartPanel::axisLabels(wxGraphicsContext& gc, double sideWidth,
                                                               double centredWidth) const
{
    gc.SetFont(GetFont(), ink_);
    const RadarChart unit(axes_.size(), {0, 0}, 1);
    std::vector<std::vector<wxString>> labels;
    for (size_t axis = 0; axis < axes_.size(); ++axis)
        labels.push_back(wrap(gc, fromUtf8(axes_[axis]),
                              unit.labelAnchor(axis) == TextAnchor::Middle ? centredWidth : sideWidth));
    return labels;
}

void RadarChartPanel::drawAxes(wxGraphicsContext& gc, const RadarChart& chart,
                               const std::vector<std::vector<wxString>>& labels)
{
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(gridLine_, FromDIP(1))));
    gc.SetBrush(wxNullGraphicsBrush);
    for (int value = 1; value <= static_cast<int>(RadarChart::kMaxValue); ++value)
        gc.StrokePath(closedPath(gc, chart.ring(value)));
    for (size_t axis = 0; axis < chart.axisCount(); ++axis) {
        const ChartPoint end = chart.point(axis, RadarChart::kMaxValue);
        gc.StrokeLine(chart.centre().x, chart.centre().y, end.x, end.y);
    }
    // The scale along the first axis, which points up.
    gc.SetFont(GetFont().Smaller(), scaleText_);
    for (int value = 1; value <= static_cast<int>(RadarChart::kMaxValue); ++value) {
        const ChartPoint p = chart.point(0, value);
        gc.DrawText(wxString::Format("%d", value), p.x + FromDIP(3), p.y - FromDIP(2));
    }
    gc.SetFont(GetFont(), ink_);
    for (size_t axis = 0; axis < chart.axisCount(); ++axis) {
        const std::vector<wxString>& lines = labels[axis];
        double lineHeight = 0, w = 0;
        gc.GetTextExtent("Ag", &w, &lineHeight);
        const ChartPoint at = chart.labelPoint(axis, FromDIP(8));
        const double blockHeight = lineHeight * static_cast<double>(lines.size());
        // Labels near the top grow upwards, near the bottom downwards, and
        // beside the chart (within ~50 degrees of horizontal) are centred on
        // their point: grown upwards there, a long label on a diagonal axis
        // ran into its upper neighbour's (seen with 12 competencies).
        const double dy = at.y - chart.centre().y;
        double y = std::abs(dy) < chart.radius() * kBesideChart ? at.y - blockHeight / 2
                   : dy < 0                                     ? at.y - blockHeight
                                                                : at.y;
        for (const wxString& line : lines) {
            double lineWidth = 0, h = 0;
            gc.GetTextExtent(line, &lineWidth, &h);
            double x = at.x;
            switch (chart.labelAnchor(axis)) {
            case TextAnchor::Start:
                break;
            case TextAnchor::Middle:
                x -= lineWidth / 2;
                break;
            case TextAnchor::End:
                x -= lineWidth;
                break;
            }
            gc.DrawText(line, x, y);
            y += lineHeight;
        }
    }
}

void RadarChartPanel::drawSeries(wxGraphicsContext& gc, const RadarChart& chart)
{
    const double lineWidth = dip(2.5);
    const auto fillAlpha = static_cast<unsigned char>(std::lround(255 * seriesFillOpacity(series_.size())));
    for (size_t i = 0; i < series_.size(); ++i) {
        const std::vector<ChartPoint> polygon = chart.polygon(series_[i].values);
        if (fillAlpha > 0) {
            gc.SetPen(wxNullGraphicsPen);
            gc.SetBrush(wxBrush(toColour(seriesColour(i, onDark_), fillAlpha)));
            gc.FillPath(closedPath(gc, polygon));
        }
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(toColour(seriesColour(i, onDark_)), lineWidth)
                                   .Join(wxJOIN_ROUND)
                                   .Cap(wxCAP_BUTT)));
        gc.StrokePath(dashedPath(gc, polygon, dashInPixels(i, lineWidth), true));
        // Dots only where there is a score: a gap has no point to mark.
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(paper_, FromDIP(1))));
        gc.SetBrush(wxBrush(toColour(seriesColour(i, onDark_))));
        const double r = dip(3.5);
        for (size_t axis = 0; axis < polygon.size(); ++axis)
            if (axis < series_[i].values.size() && series_[i].values[axis])
                gc.DrawEllipse(polygon[axis].x - r, polygon[axis].y - r, 2 * r, 2 * r);
    }
}

} // namespace amhire::app
