#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>

#include "core/storage/Model.h"

namespace amhire::app {

// A button that drops down a menu of stages to tick, for filtering the
// comparison; its label says which stages are shown. None ticked = all.
class StageFilterButton : public wxButton {
  public:
    StageFilterButton(wxWindow* parent, std::function<void()> onChange);

    const std::vector<Stage>& stages() const { return stages_; }
    // Shows `stages` (empty = all) without calling onChange.
    void setStages(std::vector<Stage> stages);

  private:
    void showMenu();
    void toggle(Stage stage);
    void updateLabel();

    std::function<void()> onChange_;
    std::vector<Stage> stages_; // in kAllStages order
};

} // namespace amhire::app
