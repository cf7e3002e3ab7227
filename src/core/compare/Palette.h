#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace amhire {

struct Rgb {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;

    double red() const { return r / 255.0; }
    double green() const { return g / 255.0; }
    double blue() const { return b / 255.0; }
    std::string hex() const; // "#0072b2"
    bool operator==(const Rgb& other) const { return r == other.r && g == other.g && b == other.b; }
};

// Colours every view and export of the comparison shares, chosen to be told
// apart with the common colour-vision deficiencies and to keep dark text
// readable on them.
//
// Scores run from orange (1) through near-white (3) to blue (5), the light
// end of ColorBrewer's RdBu scheme: a diverging scale without a red/green pair.
inline constexpr Rgb kScoreLow{0xf4, 0xa5, 0x82};
inline constexpr Rgb kScoreMiddle{0xf7, 0xf7, 0xf7};
inline constexpr Rgb kScoreHigh{0x92, 0xc5, 0xde};
inline constexpr Rgb kNotAssessed{0xe0, 0xe0, 0xe0};

// The cell colour for a mean score 1..5 (clamped).
Rgb scoreColour(double mean);
// The same scale for a weighted total 0..100.
Rgb totalColour(double total);

// Chart series: Okabe & Ito's palette ("Color Universal Design", 2008) —
// blue, vermillion, bluish green, reddish purple — each with its own dash
// pattern, so the lines stay apart in grey print too.
inline constexpr Rgb kSeriesColours[] = {
    {0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7}};
inline constexpr size_t kMaxChartSeries = sizeof(kSeriesColours) / sizeof(kSeriesColours[0]);

// The same hues (Okabe-Ito), lighter where the first set is too dark to
// read on a dark background: sky blue, orange, green, purple.
inline constexpr Rgb kSeriesColoursOnDark[] = {
    {0x56, 0xb4, 0xe9}, {0xe6, 0x9f, 0x00}, {0x2c, 0xc4, 0x93}, {0xe0, 0x8e, 0xbb}};
static_assert(sizeof(kSeriesColoursOnDark) == sizeof(kSeriesColours));

Rgb seriesColour(size_t series, bool onDark = false);
// On/off lengths in units of the line width; empty = solid.
std::vector<double> seriesDash(size_t series);

} // namespace amhire
