// The bar offering Reload Content when the content files change on disk.
#include <catch2/catch.hpp>

#include <wx/infobar.h>

#include "EditableContent.h"
#include "app/ContentChangeBar.h"

using namespace amhire;
using test::EditableContent;
using test::replaceInFile;

namespace {

// The window brought to the front again, as the window manager tells it.
void activate(app::MainFrame* frame)
{
    wxActivateEvent event(wxEVT_ACTIVATE, true, frame->GetId());
    event.SetEventObject(frame);
    frame->ProcessWindowEvent(event);
    test::pumpEvents();
}

void press(app::ContentChangeBar* bar, int id)
{
    REQUIRE(bar->infoBar());
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(bar->infoBar());
    bar->infoBar()->ProcessWindowEvent(event);
    test::pumpEvents();
}

const JobTemplate* saas(const app::Workspace& workspace)
{
    return workspace.content().jobTemplate("saas");
}

} // namespace

TEST_CASE("Coming back to the window after editing a content file offers to reload it",
          "[gui][content-change]")
{
    EditableContent f;
    app::ContentChangeBar* bar = f.frame->contentChangeBar();
    REQUIRE(bar);
    activate(f.frame);
    CHECK_FALSE(bar->shown());        // nothing changed
    CHECK(bar->infoBar() == nullptr); // nor built before it has something to say

    replaceInFile(f.root / "templates" / "saas.xml", "title=\"SaaS Account Manager\"",
                  "title=\"SaaS Customer Manager\"");
    activate(f.frame);
    REQUIRE(bar->shown());
    CHECK(bar->message() == "1 content file changed on disk since it was loaded (templates/saas.xml).");
    test::saveScreenshot(f.frame, "content-changed-bar");
    CHECK(saas(f.workspace)->title == "SaaS Account Manager"); // nothing reloaded unasked

    press(bar, bar->reloadButtonId());
    CHECK(saas(f.workspace)->title == "SaaS Customer Manager");
    CHECK_FALSE(bar->shown());
    CHECK(f.status(0).StartsWith("Content reloaded"));
    activate(f.frame);
    CHECK_FALSE(bar->shown()); // what is on disk is what is loaded
}

TEST_CASE("The content change bar names a few files and counts the rest", "[gui][content-change]")
{
    EditableContent f;
    for (const char* file : {"agency", "channel-partner", "ecommerce", "financial-services", "general"})
        replaceInFile(f.root / "templates" / (std::string(file) + ".xml"), "<template ", "<template  ");
    REQUIRE(f.frame->contentChangeBar()->check());
    CHECK(f.frame->contentChangeBar()->message() ==
          "5 content files changed on disk since they were loaded (templates/agency.xml, "
          "templates/channel-partner.xml, templates/ecommerce.xml and 2 more).");
}

TEST_CASE("A dismissed content change bar stays away until the files change again", "[gui][content-change]")
{
    EditableContent f;
    app::ContentChangeBar* bar = f.frame->contentChangeBar();
    const auto rubric = f.root / "rubrics" / "account-management.xml";
    const auto loadedTime = std::filesystem::last_write_time(rubric);
    const auto agency = f.root / "templates" / "agency.xml";
    const auto kept = f.dir / "agency.xml";
    std::filesystem::copy_file(agency, kept, std::filesystem::copy_options::copy_symlinks);
    std::filesystem::last_write_time(kept, std::filesystem::last_write_time(agency));

    replaceInFile(rubric, "<rubric ", "<rubric  ");
    REQUIRE(bar->check());
    press(bar, wxID_CLOSE);
    CHECK_FALSE(bar->shown());
    CHECK_FALSE(bar->check());

    std::filesystem::remove(agency);
    CHECK(bar->check());
    CHECK(bar->message().Contains("(rubrics/account-management.xml, templates/agency.xml)"));

    // Both put back as they were loaded: nothing to offer.
    replaceInFile(rubric, "<rubric  ", "<rubric ");
    std::filesystem::last_write_time(rubric, loadedTime);
    std::filesystem::rename(kept, agency);
    CHECK_FALSE(bar->check());
    CHECK_FALSE(bar->shown());
}
