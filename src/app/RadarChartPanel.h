#pragma once

#include <string>
#include <vector>

#include <wx/colour.h>
#include <wx/window.h>

#include "core/compare/RadarChart.h"

class wxGraphicsContext;

namespace amhire::app {

// A radar chart of up to four candidates over the competencies, drawn
// anti-aliased with wxGraphicsContext from the core's RadarChart geometry and
// Palette, with a legend, so it reads like the HTML and PDF exports' charts.
class RadarChartPanel : public wxWindow {
  public:
    explicit RadarChartPanel(wxWindow* parent);

    // `axes` are the competency names, in scorecard order; `series` one
    // polygon per candidate (at most kMaxChartSeries are drawn).
    void setChart(std::vector<std::string> axes, std::vector<RadarSeries> series);
    const std::vector<std::string>& axes() const { return axes_; }
    const std::vector<RadarSeries>& series() const { return series_; }

  private:
    double dip(double pixels) const; // FromDIP for fractional pixels
    void onPaint(wxPaintEvent& event);
    void draw(wxGraphicsContext& gc, const wxSize& size);
    // Draws the legend from the top; returns its height.
    double drawLegend(wxGraphicsContext& gc, double width);
    // Each axis's label, wrapped: those beside the chart to `sideWidth`,
    // those centred above or below it to `centredWidth`.
    std::vector<std::vector<wxString>> axisLabels(wxGraphicsContext& gc, double sideWidth,
                                                  double centredWidth) const;
    void drawAxes(wxGraphicsContext& gc, const RadarChart& chart,
                  const std::vector<std::vector<wxString>>& labels);
    void drawSeries(wxGraphicsContext& gc, const RadarChart& chart);

    std::vector<std::string> axes_;
    std::vector<RadarSeries> series_;
    // The colours of the paint in progress, from the theme.
    wxColour ink_, paper_, gridLine_, scaleText_;
    bool onDark_ = false;
};

} // namespace amhire::app
