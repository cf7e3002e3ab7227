#include "core/export/RadarSvg.h"

#include <fmt/format.h>

#include "core/compare/Comparison.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"
#include "core/export/XmlText.h"

namespace amhire {
namespace {

constexpr double kWidth = 780;
constexpr double kChartHeight = 460;
constexpr double kRadius = 160;
constexpr double kLegendLine = 22;
constexpr size_t kLabelLength = 28; // longer competency names are cut, with the full name as a tooltip

std::string points(const std::vector<ChartPoint>& corners)
{
    std::string out;
    for (const ChartPoint& p : corners)
        out += fmt::format("{}{:.1f},{:.1f}", out.empty() ? "" : " ", p.x, p.y);
    return out;
}

std::string closedPath(const std::vector<ChartPoint>& corners)
{
    std::string out;
    for (const ChartPoint& p : corners)
        out += fmt::format("{}{:.1f},{:.1f} ", out.empty() ? "M" : "L", p.x, p.y);
    return out + "Z";
}

const char* anchorName(TextAnchor anchor)
{
    switch (anchor) {
    case TextAnchor::Start:
        return "start";
    case TextAnchor::End:
        return "end";
    case TextAnchor::Middle:
        break;
    }
    return "middle";
}

// Cuts at a UTF-8 character boundary.
std::string shortened(const std::string& text)
{
    if (text.size() <= kLabelLength)
        return text;
    size_t cut = kLabelLength - 1;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

std::string dashAttribute(size_t series, double width)
{
    const std::vector<double> dash = seriesDash(series);
    if (dash.empty())
        return "";
    std::string out = " stroke-dasharray=\"";
    for (size_t i = 0; i < dash.size(); ++i)
        out += fmt::format("{}{:g}", i ? "," : "", dash[i] * width);
    return out + "\"";
}

} // namespace

std::string radarChartSvg(const Comparison& comparison, const std::vector<size_t>& rows)
{
    const size_t axes = comparison.competencyCount();
    const RadarChart chart(axes, {kWidth / 2, kChartHeight / 2}, kRadius);
    const std::vector<RadarSeries> series = radarSeries(comparison, rows);
    const double height = kChartHeight + kLegendLine * static_cast<double>(series.size()) + 10;

    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" width=\"{0:g}\" height=\"{1:g}\" "
        "viewBox=\"0 0 {0:g} {1:g}\" role=\"img\" aria-label=\"Radar chart of mean scores per competency\" "
        "font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\">\n",
        kWidth, height);

    // Rings for scores 1–5 and the axes.
    for (int score = 1; score <= 5; ++score)
        svg += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"#{}\" stroke-width=\"1\"/>\n",
                           closedPath(chart.ring(score)), score == 5 ? "999999" : "d0d0d0");
    for (size_t axis = 0; axis < axes; ++axis) {
        const ChartPoint end = chart.point(axis, RadarChart::kMaxValue);
        svg += fmt::format(
            "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#d0d0d0\"/>\n",
            chart.centre().x, chart.centre().y, end.x, end.y);
        const ScorecardEntry& competency = comparison.competencies()[axis];
        const ChartPoint label = chart.labelPoint(axis, 12);
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" dominant-baseline=\"middle\" "
                           "fill=\"#333333\"><title>{}</title>{}</text>\n",
                           label.x, label.y, anchorName(chart.labelAnchor(axis)), escapeXml(competency.name),
                           escapeXml(shortened(competency.name)));
    }
    for (int score = 1; score <= 5; ++score) {
        const ChartPoint at = chart.point(0, score);
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" fill=\"#777777\" "
                           "dominant-baseline=\"middle\">{}</text>\n",
                           at.x + 4, at.y, score);
    }

    // One polygon per candidate, then the legend.
    for (size_t s = 0; s < series.size(); ++s) {
        const std::string colour = seriesColour(s).hex();
        svg += fmt::format("<polygon class=\"series\" points=\"{}\" fill=\"{}\" fill-opacity=\"{:.2f}\" "
                           "stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{}>"
                           "<title>{}</title></polygon>\n",
                           points(chart.polygon(series[s].values)), colour, seriesFillOpacity(series.size()),
                           colour, dashAttribute(s, 2.5), escapeXml(series[s].label));
    }
    for (size_t s = 0; s < series.size(); ++s) {
        const double y = kChartHeight + kLegendLine * static_cast<double>(s) + 6;
        const double x = kWidth / 2 - 150;
        svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" "
                           "stroke-width=\"2.5\"{}/>\n",
                           x, y, x + 36, y, seriesColour(s).hex(), dashAttribute(s, 2.5));
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" dominant-baseline=\"middle\">{}</text>\n", x + 46,
                           y, escapeXml(series[s].label));
    }
    if (series.empty())
        svg += fmt::format("<text x=\"{:g}\" y=\"{:g}\" text-anchor=\"middle\" fill=\"#777777\">No candidate "
                           "with scores to chart yet.</text>\n",
                           kWidth / 2, kChartHeight - 10);
    return svg + "</svg>\n";
}

} // namespace amhire
