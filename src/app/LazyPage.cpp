#include "app/LazyPage.h"

#include <wx/bookctrl.h>
#include <wx/sizer.h>

namespace amhire::app {

LazyPage::LazyPage(wxWindow* parent, Build build) : wxPanel(parent), build_(std::move(build)), relayout_(this)
{
    SetSizer(new wxBoxSizer(wxVERTICAL));
}

wxWindow* LazyPage::view()
{
    if (!view_) {
        // Frozen so the half-built view is never painted.
        Freeze();
        view_ = build_(this);
        GetSizer()->Add(view_, 1, wxEXPAND);
        Layout();
        Thaw();
        build_ = nullptr;  // what it captured is no longer needed
        relayout_.request(); // once on screen: see IdleRelayout
    }
    return view_;
}

wxWindow* viewOnPage(wxWindow* page)
{
    if (auto* lazy = dynamic_cast<LazyPage*>(page))
        return lazy->view();
    return page;
}

void bringPageForward(wxWindow* window)
{
    for (wxWindow* page = window; page && page->GetParent(); page = page->GetParent()) {
        auto* book = dynamic_cast<wxBookCtrlBase*>(page->GetParent());
        if (!book)
            continue;
        const int index = book->FindPage(page);
        if (index != wxNOT_FOUND && index != book->GetSelection())
            book->SetSelection(static_cast<size_t>(index));
        return;
    }
}

}  // namespace amhire::app
