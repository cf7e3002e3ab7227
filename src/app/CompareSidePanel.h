#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <wx/notebook.h>

class wxButton;
class wxHtmlWindow;
class wxStaticText;

namespace amhire {
class Comparison;
}

namespace amhire::app {

class RadarChartPanel;

// Beside the comparison's grid: the radar chart, the candidate under the
// cursor (flags and who said what), every flag for the debrief, and the
// panel's calibration.
class CompareSidePanel : public wxNotebook {
  public:
    enum Page { ChartPage, CandidatePage, FlagsPage, CalibrationPage };

    // `chartBestRanked` is called when the user asks to chart the best ranked again.
    CompareSidePanel(wxWindow* parent, std::function<void()> chartBestRanked);

    RadarChartPanel* chart() const { return chart_; }
    wxHtmlWindow* candidatePage() const { return candidate_; }
    wxHtmlWindow* flagsPage() const { return flags_; }
    wxHtmlWindow* calibrationPage() const { return calibration_; }

    // The flags and the calibration of `comparison` (null: nothing).
    void showComparison(const Comparison* comparison);
    // Charts `rows` of `comparison`; `chosen` says whether the user chose them.
    void showChart(const Comparison* comparison, const std::vector<size_t>& rows, bool chosen);
    void showCandidate(const Comparison* comparison, size_t row);

  private:
    void wrapHint();

    wxString hint_;
    wxStaticText* chartHint_ = nullptr;
    wxButton* bestRanked_ = nullptr;
    RadarChartPanel* chart_ = nullptr;
    wxHtmlWindow* candidate_ = nullptr;
    wxHtmlWindow* flags_ = nullptr;
    wxHtmlWindow* calibration_ = nullptr;
};

} // namespace amhire::app
