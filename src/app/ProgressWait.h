#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

#include <wx/string.h>

#include "core/StepProgress.h"

class wxWindow;

namespace amhire::app {

// Runs `work` on another thread as runWithoutFreezing does and, once it has
// run long enough to be noticed, shows a progress dialog that follows the
// steps `work` reports. There is no Cancel: this is for work that must
// finish once started (an erasure). Rethrows what `work` throws.
void runWithProgress(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(const StepProgress&)>& work,
                     std::chrono::milliseconds showAfter = std::chrono::milliseconds(400));

} // namespace amhire::app
