#include "app/StageFilterButton.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/menu.h>

namespace amhire::app {

StageFilterButton::StageFilterButton(wxWindow* parent, std::function<void()> onChange)
    : wxButton(parent, wxID_ANY, wxString()), onChange_(std::move(onChange))
{
    SetToolTip(_("Show only candidates at the stages you tick"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showMenu(); });
    updateLabel();
}

void StageFilterButton::setStages(std::vector<Stage> stages)
{
    stages_.clear();
    for (Stage stage : kAllStages) // one order, whatever the caller's
        if (std::find(stages.begin(), stages.end(), stage) != stages.end())
            stages_.push_back(stage);
    updateLabel();
}

void StageFilterButton::showMenu()
{
    wxMenu menu;
    const int all = wxWindow::NewControlId();
    menu.AppendCheckItem(all, _("&All stages"))->Check(stages_.empty());
    menu.AppendSeparator();
    std::vector<int> ids;
    for (Stage stage : kAllStages) {
        ids.push_back(wxWindow::NewControlId());
        const bool shown = std::find(stages_.begin(), stages_.end(), stage) != stages_.end();
        menu.AppendCheckItem(ids.back(), wxGetTranslation(stageTitle(stage)))->Check(shown);
    }
    menu.Bind(wxEVT_MENU, [&](wxCommandEvent& event) {
        if (event.GetId() == all) {
            setStages({});
            onChange_();
            return;
        }
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] == event.GetId())
                toggle(kAllStages[i]);
    });
    PopupMenu(&menu, 0, GetSize().y);
    wxWindow::UnreserveControlId(all);
    for (int id : ids)
        wxWindow::UnreserveControlId(id);
}

void StageFilterButton::toggle(Stage stage)
{
    std::vector<Stage> stages = stages_;
    auto found = std::find(stages.begin(), stages.end(), stage);
    if (found != stages.end())
        stages.erase(found);
    else
        stages.push_back(stage);
    setStages(std::move(stages));
    onChange_();
}

void StageFilterButton::updateLabel()
{
    wxString label;
    for (Stage stage : stages_)
        label += (label.empty() ? "" : ", ") + wxGetTranslation(stageTitle(stage));
    if (stages_.empty() || stages_.size() == std::size(kAllStages))
        label = _("all");
    SetLabel(wxString::Format(_("&Stages: %s"), label) + wxString::FromUTF8(" \u25BE"));
    if (GetParent())
        GetParent()->Layout(); // the label's width changes
}

} // namespace amhire::app
