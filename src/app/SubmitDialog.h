#pragma once

#include <optional>

#include <wx/dialog.h>

#include "core/interview/LiveInterview.h"

class wxChoice;

namespace amhire::app {

// Asks for the overall recommendation before a scorecard becomes read-only,
// and says plainly which competencies are still unscored. There is no
// preselected answer: "no decision" must be chosen as deliberately as "yes".
class SubmitDialog : public wxDialog {
  public:
    SubmitDialog(wxWindow* parent, const ScoringProgress& progress);

    std::optional<Recommendation> recommendation() const;
    wxChoice* choice() const { return choice_; }

  private:
    wxChoice* choice_ = nullptr;
};

}  // namespace amhire::app
