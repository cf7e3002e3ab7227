#include "app/DeleteKey.h"

#include <wx/listctrl.h>

namespace amhire::app {

void onDeleteKey(wxListCtrl& list, std::function<void()> remove)
{
    list.Bind(wxEVT_LIST_KEY_DOWN, [remove = std::move(remove)](wxListEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE || event.GetKeyCode() == WXK_NUMPAD_DELETE)
            remove();
        else
            event.Skip();
    });
}

} // namespace amhire::app
