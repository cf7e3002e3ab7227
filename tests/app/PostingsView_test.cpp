#include <catch2/catch.hpp>

#include <algorithm>

#include <fstream>
#include <iterator>

#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include "GuiFixture.h"
#include "app/MainFrame.h"
#include "app/PostingForm.h"
#include "app/PostingsView.h"
#include "core/posting/GenderCodedWords.h"

using namespace amhire;

namespace {
// Reads what the Save dialog proposes, then cancels it.
class ProposedName : public wxExpectModalBase<wxFileDialog> {
  public:
    explicit ProposedName(wxString* name, int* filter) : name_(name), filter_(filter) {}

  protected:
    int OnInvoked(wxFileDialog* dialog) const override
    {
        *name_ = dialog->GetFilename();
        *filter_ = dialog->GetFilterIndex();
        return wxID_CANCEL;
    }

  private:
    wxString* name_;
    int* filter_;
};

bool hasFinding(const PostingReport& report, const std::string& code)
{
    for (const Finding& f : report.findings)
        if (f.code == code)
            return true;
    return false;
}
}  // namespace

TEST_CASE("filling the posting form updates the preview and the findings", "[gui][postings]")
{
    test::GuiFixture fixture;
    Diagnostics ignored;
    fixture.workspace.setGenderCodedWords(
        loadGenderCodedWords(genderCodedWordsFile(test::sourceDir()), ignored));
    app::PostingsView view(fixture.frame->notebook(), fixture.workspace, fixture.workspace.genderCodedWords(), {});
    app::PostingForm* form = view.form();
    REQUIRE(form->selectTemplate("saas"));
    REQUIRE(form->selectLevel(Level::Mid));
    view.refresh();

    // Nothing typed yet: the company placeholder is still open, which blocks.
    CHECK(view.report().blocking());
    CHECK(hasFinding(view.report(), "placeholder"));
    CHECK(view.findingList()->GetItemCount() == static_cast<int>(view.report().findings.size()));
    // What blocks is listed first, however far down the posting it lies.
    REQUIRE(view.report().findings.size() > 1);
    CHECK(view.report().findings.front().severity == Severity::Error);
    CHECK(std::is_sorted(view.report().findings.begin(), view.report().findings.end(),
                         [](const Finding& a, const Finding& b) { return a.severity < b.severity; }));
    CHECK(view.findingList()->GetItemText(0, 0) == "Blocking");
    // Pay is prefilled from the band, so no pay problem.
    CHECK_FALSE(hasFinding(view.report(), "pay-missing"));

    form->field("company")->SetValue("Northwind Analytics");
    form->field("location")->SetValue("Denver, CO");
    form->field("team")->SetValue("the Customer Success team");
    form->field("reports_to")->SetValue("the Director of Account Management");
    view.refresh();
    CHECK(view.preview()->ToText().Contains("Northwind Analytics"));
    CHECK_FALSE(hasFinding(view.report(), "placeholder"));
    CHECK_FALSE(view.report().blocking());
    CHECK(view.report().wordCount > 200);
    CHECK(view.report().verdict != "strongly masculine-coded");

    SECTION("a reversed pay range blocks, and clicking the finding highlights it")
    {
        form->field("pay_min")->SetValue("95000");
        form->field("pay_max")->SetValue("70000");
        view.refresh();
        CHECK(view.report().blocking());
        long index = -1;
        for (size_t i = 0; i < view.report().findings.size(); ++i)
            if (view.report().findings[i].code == "pay-order")
                index = static_cast<long>(i);
        REQUIRE(index >= 0);
        view.highlightFinding(index);
        CHECK(view.preview()->ToText().Contains("95,000"));
    }
    SECTION("create opening stores it with the scorecard snapshot")
    {
        const int64_t id = view.createOpening();
        REQUIRE(id > 0);
        const Opening opening = fixture.workspace.storage().openings().get(id);
        CHECK(opening.company == "Northwind Analytics");
        CHECK(opening.templateId == "saas");
        CHECK(opening.scorecard.entries.size() == test::bundledContent().content.jobTemplate("saas")->assessments.size());
    }
    SECTION("saving writes the posting in the format its name asks for, and says so")
    {
        // The dialog's filter is Markdown; the name typed asks for an HTML page.
        const auto html = fixture.dir / "northwind.html";
        CHECK(view.saveTo(wxString::FromUTF8(html.string()), 0));
        std::ifstream in(html, std::ios::binary);
        const std::string written{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        CHECK(written.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(written.find("Northwind Analytics") != std::string::npos);
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).Contains("northwind.html"));

        // The Save dialog proposes a name from the posting's title.
        wxString proposed;
        int filter = -1;
        wxTEST_DIALOG(view.saveToFile(), ProposedName(&proposed, &filter));
        CHECK(proposed.StartsWith("SaaS-Account-Manager"));
        CHECK(proposed.EndsWith(".md"));
        CHECK(filter == 0);

        // One that cannot be written is reported, naming the file.
        const auto nowhere = fixture.dir / "gone" / "posting.md";
        wxTEST_DIALOG(CHECK_FALSE(view.saveTo(wxString::FromUTF8(nowhere.string()), 0)),
                      wxExpectModal<wxMessageDialog>(wxID_OK).Describe("the error"));
        CHECK_FALSE(std::filesystem::exists(nowhere.parent_path()));

        // A name without a known extension takes the filter's format.
        const auto plain = fixture.dir / "northwind";
        CHECK(view.saveTo(wxString::FromUTF8(plain.string()), 2));
        std::ifstream plainIn(plain, std::ios::binary);
        const std::string plainText{std::istreambuf_iterator<char>(plainIn),
                                    std::istreambuf_iterator<char>()};
        CHECK(plainText.find("<") == std::string::npos);
        CHECK(plainText.find("Northwind Analytics") != std::string::npos);
    }
    SECTION("a blocking posting is not stored as an opening")
    {
        form->field("company")->SetValue("");
        wxTEST_DIALOG(CHECK(view.createOpening() == 0), wxExpectModal<wxMessageDialog>(wxID_OK));
        CHECK(fixture.workspace.storage().openings().list().empty());
    }
}

TEST_CASE("the postings tab mid-edit, for a screenshot", "[gui][postings][screenshot]")
{
    test::GuiFixture fixture;
    app::PostingsView* view = fixture.frame->postingsView();
    view->form()->selectTemplate("healthcare");
    view->form()->field("company")->SetValue("Riverside Health");
    view->form()->field("location")->SetValue("Columbus, OH");
    view->refresh();
    fixture.frame->notebook()->SetSelection(1);
    if (view->findingList()->GetItemCount() > 0)
        view->findingList()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    test::saveScreenshot(fixture.frame, "postings-view");
    CHECK(view->preview()->ToText().Contains("Riverside Health"));
}

TEST_CASE("the Postings form is as it was left when the window is opened again", "[gui][postings]")
{
    test::TempDir dir;
    app::Settings settings(*wxConfigBase::Get());
    settings.forgetPostingDraft();
    app::Workspace workspace(test::bundledContent().content);
    {
        auto* frame = new app::MainFrame(test::bundledContent(), test::sourceDirName(), settings, workspace);
        test::WindowCloser closer{frame};
        frame->Show();
        app::PostingForm* form = frame->postingsView()->form();
        REQUIRE(form->selectTemplate("healthcare"));
        REQUIRE(form->selectLevel(Level::Senior));
        form->field("pay_max")->SetValue("99000"); // typed: kept over the band
        form->field("benefits")->SetValue("A bicycle\nA sabbatical");
        // Typed just before closing: no pause to save it in.
        form->field("company")->SetValue("Riverside Health");
    }
    REQUIRE(settings.postingDraft());

    auto* frame = new app::MainFrame(test::bundledContent(), test::sourceDirName(), settings, workspace);
    test::WindowCloser closer{frame};
    frame->Show();
    app::PostingsView* view = frame->postingsView();
    app::PostingForm* form = view->form();
    REQUIRE(form->jobTemplate());
    CHECK(form->jobTemplate()->id == "healthcare");
    CHECK(form->input().level == Level::Senior);
    CHECK(form->field("company")->GetValue() == "Riverside Health");
    CHECK(form->field("pay_max")->GetValue() == "99000");
    CHECK(form->field("benefits")->GetValue() == "A bicycle\nA sabbatical");
    CHECK(view->posting().markdown.find("Riverside Health") != std::string::npos); // the preview too
    settings.forgetPostingDraft();
}

TEST_CASE("a posting draft left at the band takes the band as the content has it", "[gui][postings]")
{
    app::Settings settings(*wxConfigBase::Get());
    app::PostingDraft draft;
    draft.templateId = "saas";
    draft.level = Level::Mid;
    draft.texts = {{"company", "Northwind"}, {"pay_min", "1"}, {"no_such_field", "ignored"}};
    draft.payTyped = false;
    settings.setPostingDraft(draft);

    test::GuiFixture fixture; // which starts with no draft
    CHECK_FALSE(settings.postingDraft());
    settings.setPostingDraft(draft);
    app::PostingsView view(fixture.frame->notebook(), fixture.workspace, fixture.workspace.genderCodedWords(),
                           {}, &settings);
    app::PostingForm* form = view.form();
    CHECK(form->field("company")->GetValue() == "Northwind");
    CHECK(form->field("pay_min")->GetValue() ==
          wxString::Format("%ld",
                           test::bundledContent().content.jobTemplate("saas")->band(Level::Mid)->baseMin));
    settings.forgetPostingDraft();
}

TEST_CASE("New Posting clears what was typed, after asking, and keeps the industry and level",
          "[gui][postings]")
{
    test::GuiFixture fixture;
    app::PostingsView* view = fixture.frame->postingsView();
    app::PostingForm* form = view->form();
    REQUIRE(form->selectTemplate("healthcare"));
    REQUIRE(form->selectLevel(Level::Senior));
    const wxString bandMin = form->field("pay_min")->GetValue();
    CHECK_FALSE(form->hasTyped());
    view->newPosting(); // nothing typed: nothing to ask
    CHECK(form->jobTemplate()->id == "healthcare");

    form->field("company")->ChangeValue("Riverside Health");
    form->field("pay_min")->ChangeValue("1");
    REQUIRE(form->hasTyped());
    wxTEST_DIALOG(view->newPosting(), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(form->field("company")->GetValue() == "Riverside Health");

    wxTEST_DIALOG(view->newPosting(), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK(form->field("company")->GetValue().empty());
    CHECK(form->field("pay_min")->GetValue() == bandMin);
    CHECK(form->jobTemplate()->id == "healthcare");
    CHECK(form->input().level == Level::Senior);
    CHECK_FALSE(form->hasTyped());
    CHECK(view->posting().markdown.find("Riverside Health") == std::string::npos);
    REQUIRE(fixture.settings.postingDraft());
    CHECK_FALSE(fixture.settings.postingDraft()->payTyped);
}
