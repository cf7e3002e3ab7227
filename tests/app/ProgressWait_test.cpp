#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <thread>

#include <wx/frame.h>
#include <wx/progdlg.h>

#include "GuiTestSupport.h"
#include "ProgressWatcher.h"
#include "app/ProgressWait.h"
#include "core/storage/StorageError.h"

using namespace amhire;
using namespace std::chrono_literals;

TEST_CASE(
    "long work shows its steps in a progress dialog, off the GUI thread, and its error reaches the caller",
    "[gui][wait]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "progress");
    test::WindowCloser closer{frame};
    frame->Show();
    test::pumpEvents();
    const auto gui = std::this_thread::get_id();

    SECTION("steps are shown once the work has run long enough to be noticed")
    {
        test::ProgressWatcher watcher;
        std::thread::id ranOn;
        app::runWithProgress(
            frame, "Erasing", "Erasing the candidate",
            [&](const StepProgress& progress) {
                ranOn = std::this_thread::get_id();
                for (size_t done = 1; done <= 4; ++done) {
                    progress(done, 4);
                    std::this_thread::sleep_for(150ms);
                }
            },
            0ms);
        CHECK(ranOn != gui);
        CHECK(watcher.said.count("Erasing the candidate (2 of 4)") == 1);
        CHECK(watcher.said.count("Erasing the candidate (3 of 4)") == 1);
        // Gone once the work is done: nothing left to close by hand.
        for (wxWindow* window : wxTopLevelWindows)
            CHECK_FALSE(dynamic_cast<wxGenericProgressDialog*>(window));
    }
    SECTION("named steps say which is under way, so a step that waits says what for")
    {
        test::ProgressWatcher watcher;
        const wxString names[] = {"reading", "waiting for the lock", "writing"};
        app::runWithProgress(
            frame, "Restoring", "Restoring the backup",
            [&](const StepProgress& progress) {
                for (size_t done = 0; done < 3; ++done) {
                    progress(done, 3);
                    std::this_thread::sleep_for(150ms);
                }
                progress(3, 3);
            },
            0ms, [&](size_t done) { return names[done]; });
        CHECK(watcher.said.count("Restoring the backup: waiting for the lock (2 of 3)") == 1);
        CHECK(watcher.said.count("Restoring the backup: writing (3 of 3)") == 1);
    }
    SECTION("quick work shows no dialog at all")
    {
        test::ProgressWatcher watcher;
        app::runWithProgress(frame, "Erasing", "Erasing the candidate",
                             [](const StepProgress& progress) { progress(1, 1); });
        CHECK(watcher.said.empty());
    }
    SECTION("an error is rethrown")
    {
        CHECK_THROWS_AS(app::runWithProgress(frame, "Erasing", "Erasing the candidate",
                                             [](const StepProgress&) {
                                                 throw StorageError(StorageErrorKind::DiskFull, "x.db",
                                                                    "full");
                                             }),
                        StorageError);
    }
}
