#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/frame.h>

#include "GuiTestSupport.h"
#include "app/ExportProgressDialog.h"

using namespace amhire;
using namespace amhire::test;
using namespace std::chrono_literals;

TEST_CASE("an export's progress is shown only once it is long enough to notice", "[gui][export]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "amhire");
    WindowCloser closer{frame};
    frame->Show();
    app::ExportProgressDialog progress(frame, "comparison.pdf", 10s);
    for (size_t done = 0; done <= 300; ++done)
        CHECK(progress.update(done, 300));
    CHECK(progress.dialog() == nullptr);
}

TEST_CASE("a long export shows its progress, and its Cancel button stops the export", "[gui][export]")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "amhire");
    WindowCloser closer{frame};
    frame->SetSize(900, 600);
    frame->Show();
    app::ExportProgressDialog progress(frame, "comparison.pdf", 0ms);
    CHECK(progress.update(0, 40000));
    CHECK(progress.update(10000, 40000));
    REQUIRE(progress.dialog() != nullptr);
    CHECK(progress.dialog()->IsShown());
    CHECK(progress.dialog()->GetValue() == 25);
    CHECK(progress.dialog()->GetMessage().Contains("comparison.pdf"));
    // Done is never shown as 100 while the file is still being finished.
    CHECK(progress.update(40000, 40000));
    CHECK(progress.dialog()->GetValue() == 99);
    saveScreenshot(progress.dialog(), "export-progress");

    // The user presses Cancel: the next update tells the export to stop.
    auto* cancel = dynamic_cast<wxButton*>(progress.dialog()->FindWindow(wxID_CANCEL));
    REQUIRE(cancel != nullptr);
    wxCommandEvent click(wxEVT_BUTTON, wxID_CANCEL);
    click.SetEventObject(cancel);
    cancel->GetEventHandler()->ProcessEvent(click);
    CHECK_FALSE(progress.update(40000, 40000));
}
