#include "app/ComparisonCellRenderer.h"

#include <wx/dc.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "app/ComparisonGridTable.h"
#include "app/HtmlText.h"
#include "core/compare/Comparison.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/Palette.h"

namespace amhire::app {

namespace {

wxColour toColour(const Rgb& rgb)
{
    return wxColour(rgb.r, rgb.g, rgb.b);
}

// Dark text on the palette's light colours stays readable whatever the theme.
const wxColour kText(0x21, 0x21, 0x21);
const wxColour kQuiet(0x55, 0x55, 0x55);

void fill(wxDC& dc, const wxRect& rect, const wxColour& colour)
{
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(colour));
    dc.DrawRectangle(rect);
}

void drawScore(wxGrid& grid, wxDC& dc, const wxRect& rect, const Comparison& comparison, size_t row,
               size_t competency)
{
    const ComparisonCell& cell = comparison.cell(row, competency);
    const int pad = grid.FromDIP(5);
    const wxRect inner = rect.Deflate(pad, grid.FromDIP(3));
    fill(dc, rect, toColour(cell.assessed() ? scoreColour(cell.mean) : kNotAssessed));
    const wxFont base = grid.GetDefaultCellFont();
    wxFont small = base.Smaller();

    if (!cell.assessed()) {
        dc.SetFont(small.Italic());
        dc.SetTextForeground(kQuiet);
        dc.DrawLabel(_("not assessed"), inner, wxALIGN_CENTER);
        return;
    }
    dc.SetTextForeground(kText);
    dc.SetFont(base.Bold().Larger());
    dc.DrawLabel(fromUtf8(formatMean(cell.mean)), inner, wxALIGN_LEFT | wxALIGN_TOP);
    dc.SetFont(small);
    dc.DrawLabel(wxString::Format(wxPLURAL("%d rater", "%d raters", cell.raters), cell.raters), inner,
                 wxALIGN_RIGHT | wxALIGN_BOTTOM);
    if (cell.disagreement()) {
        // A warning sign and the range: "these interviewers saw different things".
        dc.SetFont(small.Bold());
        dc.DrawLabel(wxString::Format(wxString::FromUTF8("\u26A0 %d\u2013%d"), cell.lowest, cell.highest),
                     inner, wxALIGN_RIGHT | wxALIGN_TOP);
    }
    if (cell.knockOut) {
        const auto& entry = comparison.competencies()[competency];
        dc.SetFont(small.Bold());
        dc.DrawLabel(wxString::FromUTF8("\u2717 ") +
                         wxString::Format(_("below %d"), entry.minimum.value_or(0)),
                     inner, wxALIGN_LEFT | wxALIGN_BOTTOM);
        // A dark frame, so a knock-out does not rely on colour alone.
        dc.SetPen(wxPen(kText, grid.FromDIP(2)));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(rect.Deflate(grid.FromDIP(1), grid.FromDIP(1)));
    }
}

} // namespace

void ComparisonCellRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row,
                                  int col, bool isSelected)
{
    auto* table = dynamic_cast<ComparisonGridTable*>(grid.GetTable());
    const Comparison* comparison = table ? table->comparison() : nullptr;
    if (!comparison) {
        wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, isSelected);
        return;
    }
    const auto at = table->at(row, col);
    dc.SetBackgroundMode(wxBRUSHSTYLE_TRANSPARENT);
    if (auto competency = table->competencyOf(at.line)) {
        drawScore(grid, dc, rect, *comparison, at.candidate, *competency);
    }
    else {
        const auto summary = table->summaryOf(at.line);
        const ComparedCandidate& who = comparison->candidate(at.candidate);
        // Plain rows take the theme's colours; a total its score colour, with dark text.
        const bool scored = summary == ComparisonGridTable::Summary::Total && who.total;
        fill(dc, rect,
             scored ? toColour(totalColour(*who.total)) : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
        const bool strong =
            summary == ComparisonGridTable::Summary::Total || summary == ComparisonGridTable::Summary::Rank;
        dc.SetFont(strong ? grid.GetDefaultCellFont().Bold() : grid.GetDefaultCellFont());
        dc.SetTextForeground(scored ? kText : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
        const int pad = grid.FromDIP(5);
        dc.DrawLabel(table->GetValue(row, col), rect.Deflate(pad, grid.FromDIP(3)),
                     strong ? wxALIGN_CENTER : wxALIGN_LEFT | wxALIGN_CENTER_VERTICAL);
    }
    if (isSelected) {
        // Bars along the candidate's column (or row), so a selected candidate
        // reads as one outlined strip and the score colours stay visible.
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)));
        const int bar = grid.FromDIP(3);
        if (table->transposed()) {
            dc.DrawRectangle(rect.x, rect.y, rect.width, bar);
            dc.DrawRectangle(rect.x, rect.GetBottom() - bar + 1, rect.width, bar);
        }
        else {
            dc.DrawRectangle(rect.x, rect.y, bar, rect.height);
            dc.DrawRectangle(rect.GetRight() - bar + 1, rect.y, bar, rect.height);
        }
    }
}

wxSize ComparisonCellRenderer::GetBestSize(wxGrid& grid, wxGridCellAttr&, wxDC& dc, int row, int col)
{
    auto* table = dynamic_cast<ComparisonGridTable*>(grid.GetTable());
    const wxString text = table ? table->GetValue(row, col) : wxString();
    dc.SetFont(grid.GetDefaultCellFont());
    wxSize size = dc.GetMultiLineTextExtent(text);
    return size + grid.FromDIP(wxSize(60, 8));
}

} // namespace amhire::app
