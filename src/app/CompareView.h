#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <wx/panel.h>

#include "app/View.h"
#include "core/compare/Comparison.h"
#include "core/export/ComparisonExport.h"

class wxSplitterWindow;
class wxStaticText;

namespace amhire::app {

class CompareSidePanel;
class CompareToolbar;
class ComparisonGrid;
class ComparisonGridTable;
class Settings;
class Workspace;

// HR's side-by-side comparison of an opening's candidates: a virtual grid of
// competencies by candidates (or transposed) coloured by score, filtered,
// sorted and optionally anonymised; a radar chart of the selected candidates;
// the flags, who said what and the panel's calibration beside it; exports.
// A thin view over core's Comparison: every number comes from there.
class CompareView : public wxPanel, public View {
  public:
    // `settings`, if given, keeps the toggles and the splitter between runs.
    CompareView(wxWindow* parent, Workspace& workspace, Settings* settings = nullptr);
    ~CompareView() override;

    void reload() override;
    bool reloadOnlyWhenShown() const override { return true; }
    // The comparison reads take-aways from its database on demand.
    void forgetUntilShown() override;
    // Shows the comparison of an opening (does nothing for an unknown id).
    void selectOpening(int64_t openingId);
    int64_t currentOpeningId() const;

    // What is shown, for tests: null without an opening.
    const Comparison* comparison() const { return comparison_.get(); }
    ComparisonGrid* grid() const { return grid_; }
    ComparisonGridTable& table() const;
    CompareToolbar* toolbar() const { return toolbar_; }
    // What the comparison shows, and what it leaves out (filters, withheld scores, drafts).
    wxStaticText* heading() const { return heading_; }
    CompareSidePanel* sidePanel() const { return side_; }

    // The toggles and filters, as the controls set them.
    void setTransposed(bool transposed);
    void setAnonymised(bool anonymised);
    void setHideKnockedOut(bool hide);
    void setStages(std::vector<Stage> stages);
    void sortBy(ComparisonSort sort, size_t competency = 0, bool descending = true);
    const ComparisonOptions& options() const { return options_; }

    // The comparison's rows drawn in the radar chart: the candidates last
    // selected in the grid (at most four) while shown, or the best-ranked.
    std::vector<size_t> chartRows() const;
    // Selects these comparison rows in the grid, so the chart shows them.
    void selectCandidates(const std::vector<size_t>& rows);
    // Forgets the selection: the chart shows the best-ranked again.
    void chartBestRanked();

    // The ratings behind a grid cell, in a dialog; nothing for a summary cell.
    void showCellDetails(int gridRow, int gridCol);
    // Asks for a file and a format, then exports what the view shows.
    void exportWithDialog();
    // Exports what the view shows (its filters, order, anonymity and chart);
    // reports a failure in a dialog. Returns success.
    bool exportTo(const wxString& path, ExportFormat format);

  private:
    void bindToolbar();
    void loadComparison();
    void applyOptions();
    void refreshShown();
    void updateHeading();
    void updateChart();
    void updateCandidatePage();
    void sortByLine(size_t line);
    std::vector<size_t> chosenRows() const; // the chart's chosen candidates still shown
    void rememberChartSelection();
    void restoreChartSelection();
    void saveState();
    void showStatus(const wxString& message);

    Workspace& workspace_;
    Settings* settings_;
    std::vector<Opening> openings_;
    std::unique_ptr<Comparison> comparison_;
    ComparisonOptions options_;
    bool transposed_ = false;
    std::vector<int64_t> chartApplications_; // the chart's candidates, kept across sorting and filters
    int exportFilter_ = 0;

    CompareToolbar* toolbar_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    ComparisonGrid* grid_ = nullptr;
    CompareSidePanel* side_ = nullptr;
};

} // namespace amhire::app
