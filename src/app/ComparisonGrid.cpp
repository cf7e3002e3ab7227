#include "app/ComparisonGrid.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include "app/ComparisonGridTable.h"
#include "app/FlowingTexts.h"
#include "core/compare/Comparison.h"

namespace amhire::app {

ComparisonGrid::ComparisonGrid(wxWindow* parent, Handlers handlers)
    : wxGrid(parent, wxID_ANY), handlers_(std::move(handlers)), table_(new ComparisonGridTable)
{
    SetTable(table_, true, wxGridSelectCells);
    EnableEditing(false);
    SetTabBehaviour(Tab_Leave); // Tab moves on to the next control
    SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    SetName(_("Comparison grid"));

    Bind(wxEVT_GRID_LABEL_LEFT_CLICK, &ComparisonGrid::onLabelClick, this);
    Bind(wxEVT_GRID_CELL_LEFT_CLICK, [this](wxGridEvent& event) {
        event.Skip(); // the cursor still moves
        if (event.ControlDown() || event.ShiftDown())
            return; // extending a selection, not asking about a score
        const int row = event.GetRow(), col = event.GetCol();
        CallAfter([this, row, col] { handlers_.cellChosen(row, col); });
    });
    Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
        if (enter && !event.HasAnyModifiers())
            handlers_.cellChosen(GetGridCursorRow(), GetGridCursorCol());
        else
            event.Skip();
    });
    Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& event) {
        event.Skip();
        CallAfter([this] { handlers_.cursorMoved(); }); // once the cursor is there
    });
    GetGridWindow()->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        event.Skip();
        const wxGridCellCoords cell = XYToCell(CalcUnscrolledPosition(event.GetPosition()));
        if (cell == hovered_)
            return;
        hovered_ = cell;
        const bool inside = cell.GetRow() >= 0 && cell.GetCol() >= 0;
        GetGridWindow()->SetToolTip(inside ? table_->describeCell(cell.GetRow(), cell.GetCol()) : wxString());
    });
    Bind(wxEVT_GRID_RANGE_SELECTED, [this](wxGridRangeSelectEvent& event) {
        event.Skip();
        if (!selecting_)
            CallAfter([this] { handlers_.candidatesSelected(); });
    });
}

wxSizer* ComparisonGrid::createLegend(wxWindow* parent)
{
    auto* legend = new wxBoxSizer(wxVERTICAL);
    legend->Add(flowingTexts(parent,
                             {wxString::FromUTF8("\u26A0 ") + _("low-high: scores 2 or more apart, discuss"),
                              wxString::FromUTF8("\u2717 ") + _("below a must-have minimum (knock-out)"),
                              _("Colour: mean score, orange 1 to blue 5")},
                             parent->FromDIP(36)),
                0, wxEXPAND);
    legend->Add(flowingTexts(parent,
                             {_("Click a score or press Enter on it for the ratings behind it."),
                              _("Select candidates by their headings (Ctrl+click to add) to chart them;"),
                              _("click a competency's heading to sort by it.")},
                             parent->FromDIP(4)),
                0, wxEXPAND);
    return legend;
}

void ComparisonGrid::show(const Comparison* comparison, bool transposed)
{
    BeginBatch();
    table_->show(comparison, transposed);
    layoutLines();
    EndBatch();
    ForceRefresh();
}

void ComparisonGrid::layoutLines()
{
    const bool transposed = table_->transposed();
    const Comparison* comparison = table_->comparison();
    const size_t competencies = comparison ? comparison->competencyCount() : 0;
    const auto line = [&](ComparisonGridTable::Summary s) {
        return static_cast<int>(competencies + size_t(s));
    };
    // Resetting the defaults is O(1) whatever the number of candidates; only
    // the few summary lines that need other room get a size of their own.
    SetDefaultRowSize(FromDIP(46), true);
    SetDefaultColSize(FromDIP(transposed ? 150 : 130), true);
    if (!transposed) {
        SetRowLabelSize(FromDIP(250));
        SetColLabelSize(FromDIP(30));
        if (comparison) {
            SetRowSize(line(ComparisonGridTable::Summary::Recommendations), FromDIP(70));
            SetRowSize(line(ComparisonGridTable::Summary::Rank), FromDIP(30));
            SetRowSize(line(ComparisonGridTable::Summary::Stage), FromDIP(30));
        }
    }
    else {
        SetRowLabelSize(FromDIP(200));
        SetColLabelSize(FromDIP(66));
        if (comparison) {
            SetColSize(line(ComparisonGridTable::Summary::Total), FromDIP(120));
            SetColSize(line(ComparisonGridTable::Summary::Recommendations), FromDIP(170));
            SetColSize(line(ComparisonGridTable::Summary::Rank), FromDIP(60));
            SetColSize(line(ComparisonGridTable::Summary::Stage), FromDIP(110));
        }
    }
}

std::vector<size_t> ComparisonGrid::selectedCandidates(size_t limit) const
{
    std::vector<size_t> rows;
    const Comparison* comparison = table_->comparison();
    if (!comparison)
        return rows;
    const bool transposed = table_->transposed();
    for (const wxGridBlockCoords& block : GetSelectedBlocks()) {
        const int first = transposed ? block.GetTopRow() : block.GetLeftCol();
        const int last = transposed ? block.GetBottomRow() : block.GetRightCol();
        for (int i = first; i <= last && rows.size() < limit; ++i) {
            const auto row = static_cast<size_t>(i);
            if (row < comparison->candidateCount() && std::find(rows.begin(), rows.end(), row) == rows.end())
                rows.push_back(row);
        }
    }
    return rows;
}

void ComparisonGrid::selectCandidates(const std::vector<size_t>& rows)
{
    const Comparison* comparison = table_->comparison();
    selecting_ = true;
    ClearSelection();
    for (size_t row : rows) {
        if (!comparison || row >= comparison->candidateCount())
            continue;
        if (table_->transposed())
            SelectRow(static_cast<int>(row), true);
        else
            SelectCol(static_cast<int>(row), true);
    }
    selecting_ = false;
}

size_t ComparisonGrid::cursorCandidate() const
{
    const Comparison* comparison = table_->comparison();
    const int cursor = table_->transposed() ? GetGridCursorRow() : GetGridCursorCol();
    if (!comparison || cursor < 0 || comparison->candidateCount() == 0)
        return 0;
    return std::min(static_cast<size_t>(cursor), comparison->candidateCount() - 1);
}

void ComparisonGrid::onLabelClick(wxGridEvent& event)
{
    // A competency's or the total's heading sorts; a candidate's selects them.
    const bool transposed = table_->transposed();
    const bool lineHeading =
        transposed ? event.GetRow() < 0 && event.GetCol() >= 0 : event.GetCol() < 0 && event.GetRow() >= 0;
    if (!lineHeading || !table_->comparison()) {
        event.Skip();
        return;
    }
    const auto line = static_cast<size_t>(transposed ? event.GetCol() : event.GetRow());
    if (table_->competencyOf(line) || table_->summaryOf(line) == ComparisonGridTable::Summary::Total)
        handlers_.lineHeadingClicked(line);
}

} // namespace amhire::app
