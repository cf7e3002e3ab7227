#pragma once

#include <vector>

#include <cairo.h>

#include "core/compare/RadarChart.h"

namespace amhire {

class Comparison;

// Draws the radar chart of `series` over the competencies of `comparison` on
// a cairo context, labels included, inside the square of side `size` at
// (x, y), with the same geometry, palette and dash patterns as the SVG chart.
void drawRadarChart(cairo_t* cr, const Comparison& comparison, const std::vector<RadarSeries>& series,
                    double x, double y, double size);

// The key to the series: a line sample in each one's colour and dash, and its
// label, one per `lineHeight` from (x, y).
void drawRadarLegend(cairo_t* cr, const std::vector<RadarSeries>& series, double x, double y, double width,
                     double lineHeight);

} // namespace amhire
