#include <catch2/catch.hpp>

#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/testing.h>

#include "GuiFixture.h"
#include "app/ShortcutsDialog.h"
#include "app/ThemedHtmlWindow.h"

using namespace amhire;

namespace {
class CloseShortcuts : public wxExpectModalBase<app::ShortcutsDialog> {
  protected:
    int OnInvoked(app::ShortcutsDialog* dialog) const override
    {
        auto* frame = dynamic_cast<wxFrame*>(dialog->GetParent());
        app::ThemedHtmlWindow* page = dialog->page();
        REQUIRE(frame);
        REQUIRE(page);
        CHECK(page->fragment() == app::shortcutsPage(*frame->GetMenuBar()));
        return wxID_CLOSE;
    }
};
} // namespace

TEST_CASE("Help > Keyboard Shortcuts lists every menu command's key and the pages' own keys", "[gui][menus]")
{
    test::GuiFixture fixture;
    const wxMenuBar& menus = *fixture.frame->GetMenuBar();
    const wxString page = app::shortcutsPage(menus);

    // Read from the menus: each accelerator with the menu and item it runs.
    int withKeys = 0;
    for (size_t m = 0; m < menus.GetMenuCount(); ++m)
        for (const wxMenuItem* item : menus.GetMenu(m)->GetMenuItems())
            if (const wxAcceleratorEntry* accel = item->GetAccel()) {
                INFO(item->GetItemLabelText());
                CHECK(page.Contains("<b>" + accel->ToString() + "</b>"));
                CHECK(page.Contains(item->GetItemLabelText()));
                delete accel;
                ++withKeys;
            }
    CHECK(withKeys >= 15); // File, Edit, View, Interview, Help
    CHECK(page.Contains("<b>Ctrl+3</b>"));
    CHECK(page.Contains("View &gt; Candidates"));
    CHECK(page.Contains("<b>F1</b>"));
    CHECK(page.Contains("<b>Ctrl+Q</b>")); // the stock Quit item's own key
    // And the keys the pages answer themselves.
    CHECK(page.Contains("Score the chosen competency"));
    CHECK(page.Contains("<b>Ctrl+F</b>"));
    CHECK(page.Contains("<b>Ctrl+Space</b>"));

    // F1 opens it from the Help menu.
    const int id = menus.FindMenuItem(_("Help"), _("Keyboard Shortcuts"));
    REQUIRE(id != wxNOT_FOUND);
    CHECK(menus.FindItem(id)->GetAccel() != nullptr);
    wxCommandEvent pick(wxEVT_MENU, id);
    wxTEST_DIALOG(fixture.frame->GetEventHandler()->ProcessEvent(pick), CloseShortcuts());

    app::ShortcutsDialog dialog(fixture.frame, menus);
    dialog.Show();
    test::pumpEvents();
    test::saveScreenshot(&dialog, "keyboard-shortcuts");
}
