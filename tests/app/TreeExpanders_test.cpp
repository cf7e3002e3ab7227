#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <string>

#include <wx/imaglist.h>
#include <wx/uiaction.h>

#include "GuiFixture.h"
#include "app/ContentBrowser.h"
#include "app/TreeExpanders.h"

using namespace amhire;

namespace {

// The ink of one arrow image: how many columns and rows it covers, and in
// which column or row it is widest (the arrow's base).
struct Ink {
    int columns = 0, rows = 0;
    int widestColumn = -1, widestRow = -1;
    wxColour sample; // an inked pixel
};

Ink inkOf(const wxBitmap& bitmap)
{
    const wxImage image = bitmap.ConvertToImage();
    REQUIRE(image.HasAlpha());
    const int w = image.GetWidth(), h = image.GetHeight();
    auto inked = [&](int x, int y) { return image.GetAlpha(x, y) > 128; };
    Ink ink;
    int bestColumn = 0, bestRow = 0;
    for (int x = 0; x < w; ++x) {
        int n = 0;
        for (int y = 0; y < h; ++y)
            if (inked(x, y)) {
                ++n;
                ink.sample = wxColour(image.GetRed(x, y), image.GetGreen(x, y), image.GetBlue(x, y));
            }
        ink.columns += n > 0;
        if (n > bestColumn)
            bestColumn = n, ink.widestColumn = x;
    }
    for (int y = 0; y < h; ++y) {
        int n = 0;
        for (int x = 0; x < w; ++x)
            n += inked(x, y);
        ink.rows += n > 0;
        if (n > bestRow)
            bestRow = n, ink.widestRow = y;
    }
    return ink;
}

bool librsvgLoaded()
{
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);)
        if (line.find("librsvg") != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("drawn expanders point right when collapsed and down when expanded", "[gui]")
{
    const int size = 12;
    std::unique_ptr<wxImageList> images(app::makeExpanderImages(size, *wxBLUE));
    REQUIRE(images->GetImageCount() == 4);
    int w = 0, h = 0;
    images->GetSize(0, w, h);
    CHECK(w == size);
    CHECK(h == size);

    // wxGenericTreeCtrl's order: collapsed, collapsed selected, expanded, expanded selected.
    for (int selected = 0; selected < 2; ++selected) {
        const Ink collapsed = inkOf(images->GetBitmap(0 + selected));
        const Ink expanded = inkOf(images->GetBitmap(2 + selected));
        INFO("selected " << selected);
        // Pointing right: taller than wide, its base on the left.
        CHECK(collapsed.rows > collapsed.columns);
        CHECK(collapsed.widestColumn < size / 2);
        // Pointing down: wider than tall, its base at the top.
        CHECK(expanded.columns > expanded.rows);
        CHECK(expanded.widestRow < size / 2);
        // Transparent around the arrow: the tree's selection shows through.
        CHECK(collapsed.columns < size);
        CHECK(expanded.rows < size);
        // The same colour selected or not: the selection's highlight stops
        // at the label, so the arrow stands on the tree's background.
        CHECK(collapsed.sample == *wxBLUE);
        CHECK(expanded.sample == *wxBLUE);
    }
}

TEST_CASE("the content tree paints its expanders without loading the theme's SVG icons", "[gui]")
{
    // ctest runs each test case in a process of its own; run after others
    // in one process (a dialog's icons), librsvg may be there already.
    if (librsvgLoaded()) {
        WARN("librsvg was loaded before this test: run it on its own to check this");
        return;
    }
    test::GuiFixture fixture(false);
    wxTreeCtrl* tree = fixture.frame->contentBrowser()->tree();
    REQUIRE(tree->GetButtonsImageList());
    CHECK(tree->GetButtonsImageList()->GetImageCount() == 4);

    // The page as a user first sees it, painted: GTK's own expanders would
    // have loaded librsvg for their symbolic icons by now.
    fixture.frame->Refresh();
    fixture.frame->Update();
    test::pumpEvents();
    CHECK_FALSE(librsvgLoaded());
}

TEST_CASE("a click on a drawn expander opens and closes its item", "[gui]")
{
    test::GuiFixture fixture(false);
    wxTreeCtrl* tree = fixture.frame->contentBrowser()->tree();
    wxTreeItemIdValue cookie;
    tree->GetFirstChild(tree->GetRootItem(), cookie);
    const wxTreeItemId bank = tree->GetNextChild(tree->GetRootItem(), cookie);
    REQUIRE(tree->GetItemText(bank).StartsWith("Question bank"));
    REQUIRE_FALSE(tree->IsExpanded(bank));
    fixture.frame->Raise();
    fixture.frame->Update();
    test::pumpEvents();

    // Find the button left of the label the way a pointer would.
    wxRect label;
    REQUIRE(tree->GetBoundingRect(bank, label, true));
    const int y = label.y + label.height / 2;
    wxPoint button(-1, y);
    for (int x = 0; x < label.x && button.x < 0; ++x) {
        int flags = 0;
        if (tree->HitTest(wxPoint(x, y), flags) == bank && (flags & wxTREE_HITTEST_ONITEMBUTTON))
            button.x = x + 2; // a little inside its edge
    }
    REQUIRE(button.x >= 0);

    wxUIActionSimulator sim;
    sim.MouseMove(tree->ClientToScreen(button));
    test::pumpEvents();
    sim.MouseClick();
    test::pumpEvents();
    CHECK(tree->IsExpanded(bank));
    wxMilliSleep(800); // past the double-click time: a second, separate click
    sim.MouseClick();
    test::pumpEvents();
    CHECK_FALSE(tree->IsExpanded(bank));
}

TEST_CASE("a selected item keeps its expander visible, for screenshots", "[gui][screenshot]")
{
    test::GuiFixture fixture(false);
    wxTreeCtrl* tree = fixture.frame->contentBrowser()->tree();
    wxTreeItemIdValue cookie;
    tree->GetFirstChild(tree->GetRootItem(), cookie);
    tree->SelectItem(tree->GetNextChild(tree->GetRootItem(), cookie));
    tree->SetFocus();
    test::pumpEvents();
    test::saveScreenshot(fixture.frame, "content-tree-selected");
}
