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
        // A view built before its window is shown (the first page) starts
        // at the window's size, and is laid out to the page's when GTK sizes
        // it: at the 20x20 a page starts with, its splitter would give the
        // panes negative widths, which GTK complains of.
        if (const wxWindow* window = wxGetTopLevelParent(this); !window->IsShown())
            view_->SetSize(window->GetClientSize());
        else
            Layout();
        Thaw();
        relayout_.request(); // once on screen: see IdleRelayout
    }
    return view_;
}

void LazyPage::forget()
{
    if (!view_)
        return;
    GetSizer()->Detach(view_);
    view_->Destroy(); // a child window: gone now, not at the next idle time
    view_ = nullptr;
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
