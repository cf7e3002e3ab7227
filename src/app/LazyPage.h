#pragma once

#include <functional>

#include <wx/panel.h>

#include "app/IdleRelayout.h"

namespace amhire::app {

// A notebook page that builds its view the first time the page is shown or
// the view is asked for. Start-up then builds only the page on screen: the
// other views' widgets cost time and memory nobody may ever use.
class LazyPage : public wxPanel {
public:
    using Build = std::function<wxWindow*(wxWindow* parent)>;
    LazyPage(wxWindow* parent, Build build);

    // The view, built (once) on the first call.
    wxWindow* view();
    bool built() const { return view_ != nullptr; }
    // Destroys the view; the next call of view() builds it again, over what
    // its build reads then (File > Reload Content). The page itself stays,
    // with the size the notebook gave it.
    void forget();

  private:
    Build build_;
    wxWindow* view_ = nullptr;
    IdleRelayout relayout_;
};

// The window a notebook page shows: the view inside a lazy page (built if
// need be), otherwise the page itself.
wxWindow* viewOnPage(wxWindow* page);

// Selects the notebook page that holds `window`, whether the page is the
// window itself or a lazy page around it. Does nothing outside a notebook.
void bringPageForward(wxWindow* window);

}  // namespace amhire::app
