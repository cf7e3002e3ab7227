#include "core/compare/Palette.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace amhire {
namespace {

uint8_t mix(uint8_t from, uint8_t to, double t)
{
    return static_cast<uint8_t>(std::lround(from + (to - from) * t));
}

Rgb mix(const Rgb& from, const Rgb& to, double t)
{
    return {mix(from.r, to.r, t), mix(from.g, to.g, t), mix(from.b, to.b, t)};
}

} // namespace

std::string Rgb::hex() const
{
    return fmt::format("#{:02x}{:02x}{:02x}", r, g, b);
}

Rgb scoreColour(double mean)
{
    const double clamped = std::clamp(mean, 1.0, 5.0);
    if (clamped <= 3.0)
        return mix(kScoreLow, kScoreMiddle, (clamped - 1.0) / 2.0);
    return mix(kScoreMiddle, kScoreHigh, (clamped - 3.0) / 2.0);
}

Rgb totalColour(double total)
{
    return scoreColour(1.0 + std::clamp(total, 0.0, 100.0) / 25.0);
}

Rgb seriesColour(size_t series, bool onDark)
{
    const size_t i = series % kMaxChartSeries;
    return onDark ? kSeriesColoursOnDark[i] : kSeriesColours[i];
}

std::vector<double> seriesDash(size_t series)
{
    switch (series % kMaxChartSeries) {
    case 1:
        return {4, 2};
    case 2:
        return {1, 1.5};
    case 3:
        return {4, 1.5, 1, 1.5};
    default:
        return {};
    }
}

} // namespace amhire
