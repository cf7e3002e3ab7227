#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace amhire {

class Comparison;

struct ChartPoint {
    double x = 0;
    double y = 0;
};

enum class TextAnchor { Start, Middle, End };

// One candidate's polygon: a mean score per competency, std::nullopt where
// nothing was assessed.
struct RadarSeries {
    std::string label;
    std::vector<std::optional<double>> values;
};

// The geometry of a radar chart of scores 0–5 over N competency axes, in
// device units with y pointing down (SVG, cairo and wxGraphicsContext alike).
// The first axis points up, the others follow clockwise, as in the grid's
// competency order. Drawing is left to each output; this keeps them alike.
class RadarChart {
  public:
    static constexpr double kMaxValue = 5.0;

    RadarChart(size_t axes, ChartPoint centre, double radius);

    size_t axisCount() const { return axes_; }
    ChartPoint centre() const { return centre_; }
    double radius() const { return radius_; }

    // Radians clockwise from 12 o'clock.
    double angle(size_t axis) const;
    // Where `value` (clamped to 0–5) lies on `axis`.
    ChartPoint point(size_t axis, double value) const;
    // The grid ring through `value` on every axis.
    std::vector<ChartPoint> ring(double value) const;
    // A series' polygon; a value not assessed is drawn at the centre (score 0,
    // below the scale's 1) so a gap reads as "nothing here", never as a score.
    std::vector<ChartPoint> polygon(const std::vector<std::optional<double>>& values) const;
    // Where an axis label goes, `gap` beyond the outer ring, and how to align it.
    ChartPoint labelPoint(size_t axis, double gap) const;
    TextAnchor labelAnchor(size_t axis) const;

  private:
    size_t axes_;
    ChartPoint centre_;
    double radius_;
};

// How opaque each polygon's fill is when `series` overlap: light enough that
// four stacked fills do not turn the chart grey.
double seriesFillOpacity(size_t series);

// The rows of `comparison` a chart shows when nobody chose: the best-ranked,
// up to `count`, in rank order.
std::vector<size_t> topRankedRows(const Comparison& comparison, size_t count);
// The polygons for `rows` of `comparison` (names already anonymised if it is).
std::vector<RadarSeries> radarSeries(const Comparison& comparison, const std::vector<size_t>& rows);

} // namespace amhire
