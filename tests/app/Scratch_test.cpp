#include <catch2/catch.hpp>

#include <wx/notebook.h>

#include "GuiFixture.h"
#include "app/CandidatesView.h"
#include "app/CompareView.h"
#include "app/InterviewView.h"

using namespace amhire;

TEST_CASE("scratch: empty database pages", "[.scratch]")
{
    test::GuiFixture fixture;
    for (size_t page = 1; page < 5; ++page) {
        fixture.frame->notebook()->SetSelection(page);
        test::pumpEvents(10);
        test::saveScreenshot(fixture.frame, ("empty-page-" + std::to_string(page)).c_str());
    }
}
