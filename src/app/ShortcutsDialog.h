#pragma once

#include "app/HtmlPageDialog.h"

class wxMenuBar;

namespace amhire::app {

// Help > Keyboard Shortcuts: every menu command's key, read from the menu
// bar itself so the list cannot drift from it, then the keys each page
// answers on its own (scoring an interview from the keyboard above all).
class ShortcutsDialog : public HtmlPageDialog {
  public:
    ShortcutsDialog(wxWindow* parent, const wxMenuBar& menus);
};

// The dialog's page, also for tests.
wxString shortcutsPage(const wxMenuBar& menus);

} // namespace amhire::app
