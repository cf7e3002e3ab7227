#include "app/IdleRelayout.h"

#include <wx/window.h>

namespace amhire::app {

namespace {
void layOutAll(wxWindow* window)
{
    if (window->GetSizer())
        window->Layout();
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel())
            layOutAll(child);
}
} // namespace

IdleRelayout::IdleRelayout(wxWindow* window) : window_(window)
{
    window_->Bind(wxEVT_IDLE, &IdleRelayout::onIdle, this);
}

IdleRelayout::~IdleRelayout()
{
    window_->Unbind(wxEVT_IDLE, &IdleRelayout::onIdle, this);
}

void IdleRelayout::onIdle(wxIdleEvent& event)
{
    event.Skip();
    if (!pending_)
        return;
    pending_ = false;
    layOutAll(window_);
}

} // namespace amhire::app
