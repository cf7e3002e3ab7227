#include "app/ProgressWait.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>

#include <wx/intl.h>
#include <wx/progdlg.h>

#include "app/FrameWait.h"

namespace amhire::app {

namespace {
wxString progressLine(const wxString& message, std::size_t done, std::size_t total, const StepName& stepName)
{
    if (stepName && done < total)
        return wxString::Format(_("%s: %s (%d of %d)"), message, stepName(done), static_cast<int>(done + 1),
                                static_cast<int>(total));
    if (total)
        return wxString::Format(_("%s (%d of %d)"), message, static_cast<int>(done), static_cast<int>(total));
    return message;
}
} // namespace

void runWithProgress(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(const StepProgress&)>& work,
                     std::chrono::milliseconds showAfter, const StepName& stepName)
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
    auto longestLine = [&] {
        wxString longest = message;
        for (std::size_t step = 0; stepName && step < total; ++step) {
            const wxString line = progressLine(message, step, total, stepName);
            if (line.length() > longest.length())
                longest = line;
        }
        return longest;
    };
    std::unique_ptr<wxProgressDialog> dialog;
    waitAFrameAtATime(
        [&](std::chrono::milliseconds wait) {
            if (finished.wait_for(wait) == std::future_status::ready)
                return true;
            if (!dialog && std::chrono::steady_clock::now() >= showAt)
                // Made with the longest line it will show, so the dialog is wide enough for each.
                dialog = std::make_unique<wxProgressDialog>(
                    title, longestLine(), 100, parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
            if (dialog) {
                const std::size_t steps = total, stepsDone = std::min<std::size_t>(done, steps);
                // 100 would hide the dialog (wxPD_AUTO_HIDE) before the work returns.
                const int percent =
                    steps ? static_cast<int>(std::min<std::size_t>(99, stepsDone * 100 / steps)) : 0;
                dialog->Update(percent, progressLine(message, stepsDone, steps, stepName));
            }
            return false;
        },
        std::chrono::hours(24));
    dialog.reset();
    finished.get();
}

} // namespace amhire::app
