#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

#include <wx/string.h>

#include "core/StepProgress.h"

class wxWindow;

namespace amhire::app {

// Names the step under way, given how many are done (0 for the first).
using StepName = std::function<wxString(std::size_t stepsDone)>;

// Runs `work` on another thread as runWithoutFreezing does and, once it has
// run long enough to be noticed, shows a progress dialog that follows the
// steps `work` reports: "message (2 of 6)" for steps done, or, given
// `stepName`, "message: what is under way (3 of 6)", so a step that waits
// says what for. There is no Cancel: this is for work that must finish once
// started (an erasure, a restore). Rethrows what `work` throws.
void runWithProgress(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(const StepProgress&)>& work,
                     std::chrono::milliseconds showAfter = std::chrono::milliseconds(400),
                     const StepName& stepName = {});

} // namespace amhire::app
