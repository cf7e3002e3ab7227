#pragma once

#include <vector>

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/window.h>

namespace amhire::test {
// The part of `window` a user can see: its rectangle on screen, cut by the
// client area of every window it sits in, up to its top-level window.
inline wxRect visiblePart(wxWindow* window)
{
    wxRect visible = window->GetScreenRect();
    for (wxWindow* parent = window->GetParent(); parent; parent = parent->GetParent()) {
        visible.Intersect(wxRect(parent->ClientToScreen(wxPoint(0, 0)), parent->GetClientSize()));
        if (parent->IsTopLevel())
            break;
    }
    return visible;
}

template <typename Control> void collectShown(wxWindow* window, std::vector<Control*>& out)
{
    for (wxWindow* child : window->GetChildren()) {
        if (child->IsTopLevel() || !child->IsShown())
            continue;
        if (auto* control = dynamic_cast<Control*>(child))
            out.push_back(control);
        collectShown(child, out);
    }
}

// In `page` (a notebook page, a dialog), named `title` in failures: every
// button shown whole, every label showing all its text, and no field running
// off the side (fields may scroll out of sight vertically).
inline void checkNothingCutOff(wxWindow* page, const wxString& title)
{
    std::vector<wxButton*> buttons;
    collectShown(page, buttons);
    for (wxButton* button : buttons) {
        INFO(title << ", button " << button->GetLabelText());
        CHECK(visiblePart(button) == button->GetScreenRect());
        CHECK(button->GetSize().x >= button->GetBestSize().x); // not squeezed over its label
    }
    // Labels show all their text (a wrapped one is as wide as its lines).
    std::vector<wxStaticText*> labels;
    collectShown(page, labels);
    for (wxStaticText* label : labels) {
        if (label->GetLabel().empty() || label->HasFlag(wxST_ELLIPSIZE_END))
            continue;
        INFO(title << ", label " << label->GetLabel());
        CHECK(label->GetSize().x >= label->GetBestSize().x);
        CHECK(visiblePart(label).width == label->GetSize().x);
    }
    std::vector<wxControl*> fields;
    collectShown(page, fields);
    for (wxControl* field : fields) {
        if (!dynamic_cast<wxChoice*>(field) && !dynamic_cast<wxTextCtrl*>(field))
            continue;
        INFO(title << ", field " << field->GetName());
        CHECK(visiblePart(field).width == field->GetSize().x);
    }
}

} // namespace amhire::test
