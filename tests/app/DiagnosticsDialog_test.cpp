#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "GuiTestSupport.h"
#include "app/DiagnosticsDialog.h"

using namespace amhire;

TEST_CASE("the content problems dialog lists each problem and shows the chosen one in full",
          "[gui][diagnostics]")
{
    const std::string longMessage =
        "question 'renewal-risk' refers to unknown competency 'renewals', which no rubric in rubrics/ "
        "defines; "
        "check the spelling of the competency attribute or add the competency to a rubric";
    const Diagnostics problems{
        {"templates/saas.xml", 3, 7, Severity::Error, "unknown competency 'foo'"},
        {"questionbank/core.xml", 41, 5, Severity::Warning, longMessage},
        {"rubrics", 0, 0, Severity::Error, "content folder is missing"},
    };
    app::DiagnosticsDialog dialog(nullptr, problems);
    wxListCtrl* list = dialog.list();
    REQUIRE(list->GetItemCount() == 3);
    CHECK(list->GetItemText(0, 0) == "templates/saas.xml:3:7");
    CHECK(list->GetItemText(0, 1) == "Error");
    CHECK(list->GetItemText(1, 1) == "Warning");
    CHECK(list->GetItemText(2, 0) == "rubrics"); // no line to point at
    // The first is chosen on opening and shown in full.
    CHECK(list->GetItemState(0, wxLIST_STATE_SELECTED) == wxLIST_STATE_SELECTED);
    CHECK(dialog.details()->GetValue() == "templates/saas.xml:3:7: error: unknown competency 'foo'");

    list->SetItemState(1, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    test::pumpEvents();
    CHECK(dialog.details()->GetValue() ==
          wxString::FromUTF8("questionbank/core.xml:41:5: warning: " + longMessage));
    dialog.Show();
    test::saveScreenshot(&dialog, "content-problems");
}

TEST_CASE("the content problems dialog counts one problem in the singular", "[gui][diagnostics]")
{
    app::DiagnosticsDialog dialog(nullptr,
                                  {{"templates/saas.xml", 3, 7, Severity::Error, "unknown competency"}});
    bool singular = false;
    for (wxWindow* child : dialog.GetChildren())
        if (auto* text = dynamic_cast<wxStaticText*>(child))
            singular = singular || text->GetLabel().StartsWith("1 problem was found.");
    CHECK(singular);
}

TEST_CASE(
    "after Reload Content the problems dialog asks which content to use, keeping the current by default",
    "[gui][diagnostics]")
{
    app::DiagnosticsDialog dialog(nullptr,
                                  {{"templates/saas.xml", 3, 7, Severity::Error, "unknown competency"}},
                                  app::DiagnosticsDialog::When::OnReload);
    auto* keep = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL));
    auto* use = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
    REQUIRE(keep);
    REQUIRE(use);
    CHECK(keep->GetLabelText() == "Keep Current Content");
    CHECK(use->GetLabelText() == "Use What Loaded");
    CHECK(dialog.GetDefaultItem() == keep);
    CHECK(dialog.GetEscapeId() == wxID_CANCEL); // Esc changes nothing
    bool explained = false;
    for (wxWindow* child : dialog.GetChildren())
        if (auto* text = dynamic_cast<wxStaticText*>(child))
            explained =
                explained || text->GetLabel().StartsWith("Reading the content files again found 1 problem.");
    CHECK(explained);
    dialog.Show();
    test::saveScreenshot(&dialog, "content-problems-on-reload");
}

TEST_CASE("at start the problems dialog only lets the user go on", "[gui][diagnostics]")
{
    app::DiagnosticsDialog dialog(nullptr,
                                  {{"templates/saas.xml", 3, 7, Severity::Error, "unknown competency"}});
    CHECK(dialog.FindWindow(wxID_CANCEL) == nullptr);
    REQUIRE(dialog.FindWindow(wxID_OK));
    CHECK(dialog.GetEscapeId() == wxID_OK);
}
