#pragma once

// A database of demo candidates and a frame to put a CompareView in, for the
// Compare view's tests.

#include <optional>

#include <wx/frame.h>

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "app/Workspace.h"
#include "core/storage/DemoData.h"

namespace amhire::test {

// Just enough content for the evidence's labels: the comparison itself
// reads only the opening's frozen scorecard.
inline Content retentionContent()
{
    Competency retention;
    retention.id = "retention-record";
    retention.name = "Retention record";
    retention.metrics = {{"grr", "Gross revenue retention", MetricUnit::Percent, 70, 100}};
    return Content({}, {retention}, {}, {}, {});
}

// A frame with a status bar over a fresh database, without MainFrame, so the
// view is tested on its own.
struct CompareViewFixture {
    TempDir dir;
    Content content = retentionContent();
    app::Workspace workspace{content};
    wxFrame* frame = nullptr;
    WindowCloser closer{nullptr};

    CompareViewFixture()
    {
        workspace.setActor("tester");
        workspace.openDatabase(dir / "amhire.db", OpenMode::CreateIfMissing);
        frame = new wxFrame(nullptr, wxID_ANY, "Compare");
        frame->CreateStatusBar();
        closer.window = frame;
        frame->Show();
        pumpEvents();
    }
};

// Demo candidates for one opening on a scorecard like the bundled general
// template's, whose retention record is a must-have (so some are knocked out).
inline int64_t addDemoOpening(Storage& storage, int candidates, uint32_t seed)
{
    DemoDataOptions options;
    options.candidates = candidates;
    options.interviewers = 3;
    options.seed = seed;
    options.templateId = "general";
    options.scorecard = {
        {"retention-record", "Retention record", 2.0, 3},
        {"communication", "Communication", 1.5, std::nullopt},
        {"stakeholder-management", "Stakeholder management", 1.25, std::nullopt},
        {"strategic-account-planning", "Strategic account planning", 1.25, std::nullopt},
        {"expansion", "Expansion", 1.0, std::nullopt},
        {"negotiation", "Negotiation", 1.0, std::nullopt},
    };
    options.metrics = {{"retention-record", "grr", 70, 100}};
    options.actor = "tester";
    return generateDemoData(storage, options).openingIds.at(0);
}
} // namespace amhire::test
