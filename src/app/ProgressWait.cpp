#include "app/ProgressWait.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>

#include <wx/intl.h>
#include <wx/progdlg.h>

#include "app/FrameWait.h"

namespace amhire::app {

void runWithProgress(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(const StepProgress&)>& work,
                     std::chrono::milliseconds showAfter)
{
    std::atomic<std::size_t> done{0}, total{0};
    // As in runWithoutFreezing, the work may use the GUI thread's SQLite
    // connection: the GUI thread only paints meanwhile.
    std::future<void> finished = std::async(std::launch::async, [&] {
        work([&](std::size_t stepsDone, std::size_t stepsTotal) {
            total = stepsTotal;
            done = stepsDone;
        });
    });
    const auto showAt = std::chrono::steady_clock::now() + showAfter;
    std::unique_ptr<wxProgressDialog> dialog;
    waitAFrameAtATime(
        [&](std::chrono::milliseconds wait) {
            if (finished.wait_for(wait) == std::future_status::ready)
                return true;
            if (!dialog && std::chrono::steady_clock::now() >= showAt)
                dialog = std::make_unique<wxProgressDialog>(
                    title, message, 100, parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
            if (dialog) {
                const std::size_t steps = total, stepsDone = std::min<std::size_t>(done, steps);
                // 100 would hide the dialog (wxPD_AUTO_HIDE) before the work returns.
                const int percent =
                    steps ? static_cast<int>(std::min<std::size_t>(99, stepsDone * 100 / steps)) : 0;
                dialog->Update(percent,
                               steps ? wxString::Format(_("%s (%d of %d)"), message,
                                                        static_cast<int>(stepsDone), static_cast<int>(steps))
                                     : message);
            }
            return false;
        },
        std::chrono::hours(24));
    dialog.reset();
    finished.get();
}

} // namespace amhire::app
