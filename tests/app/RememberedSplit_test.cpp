#include <catch2/catch.hpp>

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/frame.h>
#include <wx/splitter.h>

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "app/RememberedSplit.h"
#include "app/Settings.h"

using namespace amhire;

namespace {

// A frame holding one splitter whose sash follows `settings` under "test".
struct SplitFrame {
    wxFrame* frame = new wxFrame(nullptr, wxID_ANY, "split");
    test::WindowCloser closer{frame};
    wxSplitterWindow* splitter =
        new wxSplitterWindow(frame, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);

    SplitFrame(app::Settings& settings, int width)
    {
        splitter->SetMinimumPaneSize(50);
        splitter->SplitVertically(new wxWindow(splitter, wxID_ANY), new wxWindow(splitter, wxID_ANY));
        app::rememberSplit(*splitter, settings, "test", 0.3);
        frame->SetClientSize(width, 300);
        frame->Show();
        test::pumpEvents();
    }

    double share() const
    {
        return static_cast<double>(splitter->GetSashPosition()) / splitter->GetClientSize().x;
    }

    void send(wxEventType type, int position)
    {
        wxSplitterEvent event(type, splitter);
        event.SetSashPosition(position);
        splitter->ProcessWindowEvent(event);
    }
};

} // namespace

TEST_CASE("a split window keeps the share of its width the user dragged it to, across resizes and runs",
          "[gui][settings]")
{
    test::TempDir dir;
    wxFileConfig config("amhire-tests", wxEmptyString, (dir.path() / "split.ini").string(), wxEmptyString,
                        wxCONFIG_USE_LOCAL_FILE);
    app::Settings settings(config);

    {
        SplitFrame first(settings, 1000);
        CHECK(first.share() == Approx(0.3).margin(0.01)); // the default, placed once there is a width

        // A resize moves the sash by itself and says so: that is not remembered.
        first.send(wxEVT_SPLITTER_SASH_POS_CHANGED, 900);
        CHECK(settings.splitShare("test", 0.3) == Approx(0.3));

        // A drag reports "changing" first, then the new place: remembered.
        first.send(wxEVT_SPLITTER_SASH_POS_CHANGING, 600);
        first.splitter->SetSashPosition(600);
        first.send(wxEVT_SPLITTER_SASH_POS_CHANGED, 600);
        CHECK(settings.splitShare("test", 0.3) == Approx(0.6).margin(0.01));

        first.frame->SetClientSize(1400, 300);
        test::pumpEvents();
        CHECK(first.share() == Approx(0.6).margin(0.02));
    }

    SECTION("the next window opens where the last was left, in its own width")
    {
        SplitFrame second(settings, 800);
        CHECK(second.share() == Approx(0.6).margin(0.02));
    }
    SECTION("a drag to an edge is kept within bounds, so neither side is lost")
    {
        settings.setSplitShare("test", 0.97);
        CHECK(settings.splitShare("test", 0.3) == Approx(0.8));
        settings.setSplitShare("test", -1);
        CHECK(settings.splitShare("test", 0.3) == Approx(0.2));
    }
}
