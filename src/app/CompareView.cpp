#include "app/CompareView.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "app/CellDetailsDialog.h"
#include "app/CompareSidePanel.h"
#include "app/CompareToolbar.h"
#include "app/ComparisonGrid.h"
#include "app/ComparisonGridTable.h"
#include "app/ErrorReporting.h"
#include "app/ExportFileDialog.h"
#include "app/ExportProgressDialog.h"
#include "app/FrameWait.h"
#include "app/HtmlText.h"
#include "app/Settings.h"
#include "app/StageFilterButton.h"
#include "app/Workspace.h"
#include "core/compare/CellRatings.h"
#include "core/compare/Palette.h"
#include "core/compare/RadarChart.h"
#include "core/export/ExportProgress.h"

namespace amhire::app {


CompareView::CompareView(wxWindow* parent, Workspace& workspace, Settings* settings)
    : wxPanel(parent), workspace_(workspace), settings_(settings)
{
    const CompareViewState state = settings_ ? settings_->compareView() : CompareViewState{};
    options_.anonymised = state.anonymised;
    options_.hideKnockedOut = state.hideKnockedOut;
    options_.stages = state.stages;
    transposed_ = state.transposed;

    toolbar_ = new CompareToolbar(this, [this] { setStages(toolbar_->stages()->stages()); });
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxSP_LIVE_UPDATE | wxSP_3DSASH);
    ComparisonGrid::Handlers handlers;
    handlers.lineHeadingClicked = [this](size_t line) { sortByLine(line); };
    handlers.cellChosen = [this](int row, int col) { showCellDetails(row, col); };
    handlers.candidatesSelected = [this] { rememberChartSelection(); };
    handlers.cursorMoved = [this] { updateCandidatePage(); };
    grid_ = new ComparisonGrid(splitter_, std::move(handlers));
    side_ = new CompareSidePanel(splitter_, [this] { chartBestRanked(); });
    splitter_->SetMinimumPaneSize(FromDIP(220));
    splitter_->SetSashGravity(1.0); // the grid takes what the window gains
    splitter_->SplitVertically(grid_, side_, -(state.sashPosition > 0 ? state.sashPosition : FromDIP(440)));
    splitter_->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [this](wxSplitterEvent& event) {
        event.Skip();
        CallAfter([this] { saveState(); });
    });

    wxSizer* legend = ComparisonGrid::createLegend(this);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(toolbar_, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(heading_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    sizer->Add(splitter_, 1, wxEXPAND);
    sizer->Add(legend, 0, wxALL | wxEXPAND, FromDIP(6));
    SetSizer(sizer);
    bindToolbar();
    reload();
}

CompareView::~CompareView()
{
    DestroyChildren(); // the grid's table points into comparison_
}

ComparisonGridTable& CompareView::table() const
{
    return grid_->table();
}

void CompareView::bindToolbar()
{
    toolbar_->transpose()->SetValue(transposed_);
    toolbar_->hideKnockedOut()->SetValue(options_.hideKnockedOut);
    toolbar_->anonymised()->SetValue(options_.anonymised);
    toolbar_->stages()->setStages(options_.stages);
    toolbar_->opening()->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        workspace_.setCurrentOpening(currentOpeningId()); // the Candidates page follows
        loadComparison();
    });
    toolbar_->sort()->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const auto [sort, competency] = toolbar_->chosenSort();
        sortBy(sort, competency, toolbar_->descending()->GetValue());
    });
    toolbar_->descending()->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        sortBy(options_.sortBy, options_.sortCompetency, e.IsChecked());
    });
    toolbar_->transpose()->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { setTransposed(e.IsChecked()); });
    toolbar_->hideKnockedOut()->Bind(wxEVT_CHECKBOX,
                                     [this](wxCommandEvent& e) { setHideKnockedOut(e.IsChecked()); });
    toolbar_->anonymised()->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { setAnonymised(e.IsChecked()); });
    toolbar_->exportButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportWithDialog(); });
}

void CompareView::reload()
{
    // The opening chosen here or on the Candidates page, else the one shown.
    const int64_t keep = workspace_.currentOpening() ? workspace_.currentOpening() : currentOpeningId();
    openings_.clear();
    if (workspace_.hasStorage()) {
        try {
            openings_ = workspace_.storage().openings().list();
        }
        catch (const std::exception& e) {
            showError(this, _("Cannot read the openings"), e);
        }
    }
    toolbar_->showOpenings(openings_, keep);
    loadComparison();
}

void CompareView::forgetUntilShown()
{
    grid_->show(nullptr, transposed_);  // it points into the comparison
    comparison_.reset();
    refreshShown();
}

int64_t CompareView::currentOpeningId() const
{
    const int i = toolbar_->opening()->GetSelection();
    return i >= 0 && static_cast<size_t>(i) < openings_.size() ? openings_[static_cast<size_t>(i)].id : 0;
}

void CompareView::selectOpening(int64_t openingId)
{
    const auto find = [&] {
        return std::find_if(openings_.begin(), openings_.end(),
                            [&](const Opening& o) { return o.id == openingId; });
    };
    if (find() == openings_.end())
        reload(); // perhaps created since the list was read
    const auto found = find();
    if (found == openings_.end())
        return;
    toolbar_->opening()->SetSelection(static_cast<int>(found - openings_.begin()));
    workspace_.setCurrentOpening(openingId);
    loadComparison();
}

void CompareView::loadComparison()
{
    const int64_t openingId = currentOpeningId();
    const bool wasSameOpening = comparison_ && comparison_->opening().id == openingId;
    // Let the old comparison go first: with 10,000 candidates two at once
    // would double the view's peak memory. The grid, the one panel holding a
    // pointer to it, forgets it first (the side panel keeps copies).
    grid_->show(nullptr, transposed_);
    comparison_.reset();
    std::unique_ptr<Comparison> next;
    if (openingId && workspace_.hasStorage()) {
        try {
            wxBusyCursor busy;
            const Opening& opening = openings_[static_cast<size_t>(toolbar_->opening()->GetSelection())];
            if (options_.sortBy == ComparisonSort::Competency &&
                options_.sortCompetency >= opening.scorecard.entries.size())
                options_.sortBy = ComparisonSort::Total; // a competency of another opening
            options_.viewer = workspace_.actor();  // independence: see ComparisonOptions::viewer
            // A few hundred milliseconds at 10,000 candidates: read on another
            // thread while the window goes on painting (runWithoutFreezing).
            // Only paint and size events are handled meanwhile (no input, no
            // timers, no CallAfter), so nothing reads again or changes the
            // database under the read.
            const ComparisonOptions options = options_;
            Storage& storage = workspace_.storage();
            runWithoutFreezing(
                [&] { next = std::make_unique<Comparison>(compareOpening(storage, openingId, options)); });
        }
        catch (const std::exception& e) {
            showError(this, _("Cannot compare the candidates"), e);
        }
    }
    const bool sameOpening = wasSameOpening && next;
    grid_->show(next.get(), transposed_);
    comparison_ = std::move(next);
    if (!sameOpening)
        chartApplications_.clear(); // a reload keeps the charted candidates
    restoreChartSelection();
    toolbar_->showSort(comparison_.get(), options_);
    refreshShown();
}

void CompareView::applyOptions()
{
    if (comparison_) {
        wxBusyCursor busy;
        comparison_->apply(options_);
        grid_->show(comparison_.get(), transposed_);
    }
    toolbar_->showSort(comparison_.get(), options_);
    restoreChartSelection();
    refreshShown();
    saveState();
}

void CompareView::setTransposed(bool transposed)
{
    transposed_ = transposed;
    toolbar_->transpose()->SetValue(transposed);
    grid_->show(comparison_.get(), transposed);
    restoreChartSelection();
    refreshShown();
    saveState();
}

void CompareView::setAnonymised(bool anonymised)
{
    toolbar_->anonymised()->SetValue(anonymised);
    options_.anonymised = anonymised;
    applyOptions();
}

void CompareView::setHideKnockedOut(bool hide)
{
    toolbar_->hideKnockedOut()->SetValue(hide);
    options_.hideKnockedOut = hide;
    applyOptions();
}

void CompareView::setStages(std::vector<Stage> stages)
{
    toolbar_->stages()->setStages(stages);
    options_.stages = std::move(stages);
    applyOptions();
    saveState();
}

void CompareView::sortBy(ComparisonSort sort, size_t competency, bool descending)
{
    options_.sortBy = sort;
    options_.sortCompetency = competency;
    options_.descending = descending;
    applyOptions();
}

void CompareView::sortByLine(size_t line)
{
    // Clicking the heading the grid is sorted by again reverses the order.
    if (auto competency = table().competencyOf(line)) {
        const bool same =
            options_.sortBy == ComparisonSort::Competency && options_.sortCompetency == *competency;
        sortBy(ComparisonSort::Competency, *competency, same ? !options_.descending : true);
    }
    else {
        sortBy(ComparisonSort::Total, 0,
               options_.sortBy == ComparisonSort::Total ? !options_.descending : true);
    }
}

void CompareView::refreshShown()
{
    updateHeading();
    updateChart();
    updateCandidatePage();
    side_->showComparison(comparison_.get());
}

void CompareView::updateHeading()
{
    if (!workspace_.hasStorage())
        heading_->SetLabel(_("No database is open. Use File > New Database or Open Database."));
    else if (openings_.empty())
        heading_->SetLabel(_("No opening yet: create one from a posting in the Postings tab."));
    else if (!comparison_)
        heading_->SetLabel(_("The comparison could not be read."));
    else if (comparison_->allCandidateCount() == 0)
        heading_->SetLabel(_("No candidate has applied to this opening yet."));
    else {
        size_t withheld = 0, awaited = 0;
        for (size_t row = 0; row < comparison_->candidateCount(); ++row) {
            withheld += comparison_->candidate(row).withheld ? 1 : 0;
            awaited += static_cast<size_t>(comparison_->candidate(row).awaitedInterviews);
        }
        heading_->SetLabel(
            wxString::Format(wxPLURAL("Showing %zu of %zu candidate, from submitted scorecards only",
                                      "Showing %zu of %zu candidates, from submitted scorecards only",
                                      comparison_->allCandidateCount()),
                             comparison_->candidateCount(), comparison_->allCandidateCount()) +
            (options_.anonymised ? _(" - anonymised: names, emails and companies are hidden") : wxString()) +
            (withheld
                 ? wxString::Format(_(" - scores of %zu hidden until you submit your own scorecard for them"),
                                    withheld)
                 : wxString()) +
            (awaited ? wxString::Format(wxPLURAL(" - %zu scorecard still a draft (see Flags)",
                                                 " - %zu scorecards still drafts (see Flags)", awaited),
                                        awaited)
                     : wxString()));
    }
}

void CompareView::updateCandidatePage()
{
    side_->showCandidate(comparison_.get(), grid_->cursorCandidate());
}

void CompareView::saveState()
{
    if (!settings_)
        return;
    CompareViewState state;
    state.transposed = transposed_;
    state.hideKnockedOut = options_.hideKnockedOut;
    state.anonymised = options_.anonymised;
    state.stages = options_.stages;
    if (splitter_->IsSplit())
        state.sashPosition = splitter_->GetClientSize().x - splitter_->GetSashPosition();
    settings_->setCompareView(state);
}

void CompareView::showCellDetails(int gridRow, int gridCol)
{
    if (!comparison_ || gridRow < 0 || gridCol < 0 || gridRow >= grid_->GetNumberRows() ||
        gridCol >= grid_->GetNumberCols())
        return;
    const auto at = table().at(gridRow, gridCol);
    const auto competency = table().competencyOf(at.line);
    if (!competency) {
        side_->SetSelection(
            CompareSidePanel::CandidatePage); // a total or a recommendation: the candidate's page says more
        return;
    }
    std::vector<CellRating> ratings;
    try {
        ratings = ratingsBehind(workspace_.storage(), *comparison_, at.candidate, *competency);
    }
    catch (const std::exception& e) {
        showError(this, _("Cannot read the ratings"), e);
        return;
    }
    CellDetailsDialog dialog(this, *comparison_, at.candidate, *competency, ratings, workspace_.content());
    dialog.ShowModal();
}

void CompareView::exportWithDialog()
{
    if (!comparison_) {
        showStatus(_("Choose an opening to export its comparison."));
        return;
    }
    wxString name = fromUtf8(comparison_->opening().title);
    if (options_.anonymised)
        name += "-anonymised";
    if (auto target = askExportFile(this, name, exportFilter_))
        exportTo(target->path, target->format);
}

bool CompareView::exportTo(const wxString& path, ExportFormat format)
{
    if (!comparison_)
        return false;
    try {
        wxBusyCursor busy;
        // A few seconds at 10,000 candidates (a PDF packet most): progress
        // and Cancel then, and an earlier file of that name is kept until
        // the new one is complete.
        ExportProgressDialog progress(this, wxFileName(path).GetFullName());
        ExportOptions options;
        options.chartRows = chartRows();
        options.progress = [&progress](size_t done, size_t total) { return progress.update(done, total); };
        amhire::exportComparison(*comparison_, format, std::filesystem::path(toUtf8(path)), options);
    }
    catch (const ExportCancelled&) {
        showStatus(_("Export cancelled: no file was written."));
        return false;
    }
    catch (const std::exception& e) {
        showError(this, _("The comparison was not exported"), e);
        return false;
    }
    showStatus(wxString::Format(options_.anonymised ? _("Exported the anonymised comparison to %s")
                                                    : _("Exported the comparison to %s"),
                                path));
    return true;
}

void CompareView::showStatus(const wxString& message)
{
    // dynamic_cast, not wxDynamicCast: that static_casts before it checks.
    auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(this));
    if (frame && frame->GetStatusBar())
        frame->SetStatusText(message, 0);
    else
        wxLogStatus("%s", message);
}

} // namespace amhire::app
