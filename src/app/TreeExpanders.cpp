#include "app/TreeExpanders.h"

#include <algorithm>
#include <memory>

#include <wx/graphics.h>
#include <wx/imaglist.h>
#include <wx/settings.h>

namespace amhire::app {

namespace {

// A filled triangle in a transparent square: pointing right when collapsed,
// down when expanded, as GTK themes draw them.
wxBitmap drawArrow(int size, const wxColour& colour, bool expanded)
{
    wxImage image(size, size);
    image.InitAlpha();
    std::fill_n(image.GetAlpha(), static_cast<size_t>(size) * static_cast<size_t>(size), 0);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(colour));
        // Three quarters of the square long and nearly half as deep, as Adwaita's
        // pan-end and pan-down icons are.
        const double s = size;
        const double near = s * 0.14, far = s * 0.86, tip = s * 0.74, base = s * 0.30;
        wxGraphicsPath path = gc->CreatePath();
        if (expanded) {
            path.MoveToPoint(near, base);
            path.AddLineToPoint(far, base);
            path.AddLineToPoint(s / 2, tip);
        }
        else {
            path.MoveToPoint(base, near);
            path.AddLineToPoint(tip, s / 2);
            path.AddLineToPoint(base, far);
        }
        path.CloseSubpath();
        gc->FillPath(path);
    } // the image holds the drawing once the context is gone
    return wxBitmap(image);
}

void assignExpanders(wxTreeCtrl& tree)
{
    const int size = tree.FromDIP(12);
    // A little lighter than the text, as themes draw expanders.
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxColour back = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour arrow(wxColour::AlphaBlend(text.Red(), back.Red(), 0.8),
                         wxColour::AlphaBlend(text.Green(), back.Green(), 0.8),
                         wxColour::AlphaBlend(text.Blue(), back.Blue(), 0.8));
    tree.AssignButtonsImageList(makeExpanderImages(size, arrow));
}

} // namespace

wxImageList* makeExpanderImages(int size, const wxColour& colour)
{
    auto* images = new wxImageList(size, size, false, 4);
    const wxBitmap collapsed = drawArrow(size, colour, false);
    const wxBitmap expanded = drawArrow(size, colour, true);
    for (const wxBitmap* arrow : {&collapsed, &collapsed, &expanded, &expanded})
        images->Add(*arrow);
    return images;
}

void useDrawnExpanders(wxTreeCtrl& tree)
{
    assignExpanders(tree);
    tree.Bind(wxEVT_SYS_COLOUR_CHANGED, [&tree](wxSysColourChangedEvent& event) {
        event.Skip();
        assignExpanders(tree);
        tree.Refresh();
    });
}

} // namespace amhire::app
