#include "core/compare/RadarChart.h"

#include <algorithm>
#include <cmath>

#include "core/compare/Comparison.h"

namespace amhire {
namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

RadarChart::RadarChart(size_t axes, ChartPoint centre, double radius)
    : axes_(axes), centre_(centre), radius_(radius)
{
}

double RadarChart::angle(size_t axis) const
{
    return axes_ == 0 ? 0.0 : 2.0 * kPi * static_cast<double>(axis) / static_cast<double>(axes_);
}

ChartPoint RadarChart::point(size_t axis, double value) const
{
    const double r = radius_ * std::clamp(value, 0.0, kMaxValue) / kMaxValue;
    const double a = angle(axis);
    return {centre_.x + r * std::sin(a), centre_.y - r * std::cos(a)};
}

std::vector<ChartPoint> RadarChart::ring(double value) const
{
    std::vector<ChartPoint> points;
    points.reserve(axes_);
    for (size_t axis = 0; axis < axes_; ++axis)
        points.push_back(point(axis, value));
    return points;
}

std::vector<ChartPoint> RadarChart::polygon(const std::vector<std::optional<double>>& values) const
{
    std::vector<ChartPoint> points;
    points.reserve(axes_);
    for (size_t axis = 0; axis < axes_; ++axis) {
        const bool known = axis < values.size() && values[axis];
        points.push_back(point(axis, known ? *values[axis] : 0.0));
    }
    return points;
}

ChartPoint RadarChart::labelPoint(size_t axis, double gap) const
{
    const double a = angle(axis);
    return {centre_.x + (radius_ + gap) * std::sin(a), centre_.y - (radius_ + gap) * std::cos(a)};
}

TextAnchor RadarChart::labelAnchor(size_t axis) const
{
    const double x = std::sin(angle(axis));
    if (std::abs(x) < 0.2)
        return TextAnchor::Middle; // near the top or the bottom
    return x > 0 ? TextAnchor::Start : TextAnchor::End;
}

double seriesFillOpacity(size_t series)
{
    return series == 0 ? 0.0 : std::min(0.12, 0.24 / static_cast<double>(series));
}

std::vector<size_t> topRankedRows(const Comparison& comparison, size_t count)
{
    std::vector<size_t> rows;
    for (size_t row = 0; row < comparison.candidateCount(); ++row)
        if (comparison.candidate(row).rank)
            rows.push_back(row);
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        return *comparison.candidate(a).rank < *comparison.candidate(b).rank;
    });
    if (rows.size() > count)
        rows.resize(count);
    return rows;
}

std::vector<RadarSeries> radarSeries(const Comparison& comparison, const std::vector<size_t>& rows)
{
    std::vector<RadarSeries> series;
    series.reserve(rows.size());
    for (size_t row : rows) {
        RadarSeries one{comparison.candidate(row).name, {}};
        one.values.reserve(comparison.competencyCount());
        for (size_t c = 0; c < comparison.competencyCount(); ++c) {
            const ComparisonCell& cell = comparison.cell(row, c);
            one.values.push_back(cell.assessed() ? std::optional<double>(cell.mean) : std::nullopt);
        }
        series.push_back(std::move(one));
    }
    return series;
}

} // namespace amhire
