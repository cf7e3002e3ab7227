// File > Reload Content: the content folder read again while the app runs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <wx/config.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include "CandidatesTestSupport.h"
#include "EditableContent.h"
#include "GuiFixture.h"
#include "app/CandidatesView.h"
#include "app/ContentBrowser.h"
#include "app/ContentChangeBar.h"
#include "app/DiagnosticsDialog.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/PostingForm.h"
#include "app/PostingsView.h"
#include "core/interview/LiveInterview.h"

using namespace amhire;
using test::EditableContent;
using test::replaceInFile;

namespace {

int64_t startInterview(EditableContent& f)
{
    const int64_t opening = test::addOpening(f.workspace);
    const int64_t application = test::addInterviewee(f.workspace.storage(), opening, "Grace Hopper");
    app::InterviewView* view = f.frame->interviewView();
    view->startInterview({application, "Sam Lee", InterviewKind::Panel, 60});
    REQUIRE(view->showingInterview());
    return opening;
}

// Answers the problems dialog, having checked it names the broken file.
class AnswerProblems : public wxExpectModalBase<app::DiagnosticsDialog> {
  public:
    AnswerProblems(int answer, wxString where) : answer_(answer), where_(std::move(where)) {}

  protected:
    int OnInvoked(app::DiagnosticsDialog* dialog) const override
    {
        REQUIRE(dialog->list()->GetItemCount() >= 1);
        INFO(dialog->list()->GetItemText(0).ToStdString());
        CHECK(dialog->list()->GetItemText(0).Contains(where_));
        return answer_;
    }

  private:
    int answer_;
    wxString where_;
};

} // namespace

TEST_CASE("Reload Content shows what was edited in the files and takes up what each page was showing",
          "[gui][reload]")
{
    EditableContent f;
    const wxMenuItem* item =
        f.frame->GetMenuBar()->FindItem(f.frame->GetMenuBar()->FindMenuItem("File", "Reload Content"));
    REQUIRE(item);
    CHECK(item->GetAccel()->ToString() == "Ctrl+R");

    // A posting being written, an interview under way with a score, the
    // candidates of an opening, and a template chosen on the Content page.
    app::PostingForm* form = f.frame->postingsView()->form();
    REQUIRE(form->selectTemplate("saas"));
    REQUIRE(form->selectLevel(Level::Mid));
    form->field("company")->ChangeValue("Northwind");
    form->field("benefits")->ChangeValue("A bicycle");
    REQUIRE(form->field("pay_min")->GetValue() == "70000");
    const int64_t opening = startInterview(f);
    app::InterviewScreen* screen = f.frame->interviewView()->screen();
    const int64_t interview = screen->live().interview().id;
    const std::string scored = screen->live().lines().front().entry.competencyId;
    screen->selectLine(0);
    screen->score(4);
    REQUIRE(f.frame->candidatesView()->selectOpening(opening));
    f.frame->notebook()->SetSelection(0);
    test::pumpEvents();
    REQUIRE(f.frame->contentBrowser()->selectByLabel("SaaS Account Manager [mid, senior]"));
    const auto* comparePage = dynamic_cast<app::LazyPage*>(f.frame->notebook()->GetPage(4));
    REQUIRE_FALSE(comparePage->built());

    replaceInFile(f.root / "templates" / "saas.xml", "title=\"SaaS Account Manager\"",
                  "title=\"SaaS Customer Manager\"");
    replaceInFile(f.root / "templates" / "saas.xml", "base-min=\"70000\"", "base-min=\"72000\"");
    f.reloadFromMenu();

    CHECK(f.workspace.content().jobTemplate("saas")->title == "SaaS Customer Manager");
    CHECK(&f.workspace.content() != &f.loaded.content);
    CHECK(f.frame->notebook()->GetSelection() == 0);
    wxTreeCtrl* tree = f.frame->contentBrowser()->tree();
    REQUIRE(tree->GetSelection().IsOk());
    CHECK(tree->GetItemText(tree->GetSelection()) == "SaaS Customer Manager [mid, senior]");

    form = f.frame->postingsView()->form();
    REQUIRE(form->jobTemplate());
    CHECK(form->jobTemplate()->title == "SaaS Customer Manager");
    CHECK(form->input().level == Level::Mid);
    CHECK(form->field("company")->GetValue() == "Northwind");
    CHECK(form->field("benefits")->GetValue() == "A bicycle");
    CHECK(form->field("pay_min")->GetValue() == "72000"); // left at the band: the new band
    CHECK(f.frame->postingsView()->posting().markdown.find("Northwind") != std::string::npos);

    app::InterviewView* interviews = f.frame->interviewView();
    REQUIRE(interviews->showingInterview());
    CHECK(interviews->screen()->live().interview().id == interview);
    CHECK(interviews->screen()->live().score(scored) == std::optional<std::optional<int>>(4));
    CHECK(f.frame->candidatesView()->currentOpeningId() == opening);
    CHECK_FALSE(dynamic_cast<app::LazyPage*>(f.frame->notebook()->GetPage(4))->built());
    CHECK(f.status(0).StartsWith("Content reloaded"));
    CHECK(f.status(1).Contains("Loaded"));
    test::saveScreenshot(f.frame, "content-reloaded");
}

TEST_CASE("Reload Content keeps pay the manager typed over a changed band", "[gui][reload]")
{
    EditableContent f;
    app::PostingForm* form = f.frame->postingsView()->form();
    REQUIRE(form->selectTemplate("saas"));
    REQUIRE(form->selectLevel(Level::Mid));
    form->field("pay_min")->ChangeValue("81000");

    replaceInFile(f.root / "templates" / "saas.xml", "base-min=\"70000\"", "base-min=\"72000\"");
    REQUIRE(f.frame->reloadContent());
    form = f.frame->postingsView()->form();
    CHECK(form->field("pay_min")->GetValue() == "81000");
    CHECK(form->field("pay_max")->GetValue() == "90000");
}

TEST_CASE("Reload Content over a template that is gone starts the posting on another, keeping what was typed",
          "[gui][reload]")
{
    EditableContent f;
    app::PostingForm* form = f.frame->postingsView()->form();
    REQUIRE(form->selectTemplate("saas"));
    form->field("company")->ChangeValue("Northwind");
    std::filesystem::remove(f.root / "templates" / "saas.xml");

    REQUIRE(f.frame->reloadContent());
    CHECK(f.workspace.content().jobTemplate("saas") == nullptr);
    form = f.frame->postingsView()->form();
    REQUIRE(form->jobTemplate());
    CHECK(form->jobTemplate()->id != "saas");
    CHECK(form->field("company")->GetValue() == "Northwind");
}

TEST_CASE("Reload Content with problems in the files lets the user keep the content in use", "[gui][reload]")
{
    EditableContent f;
    const size_t questions = f.workspace.content().questions().size();
    replaceInFile(f.root / "questionbank" / "commercial.xml", "</question>", "</questio>");
    app::PostingsView* postings = f.frame->postingsView();

    bool reloaded = true;
    wxTEST_DIALOG(reloaded = f.frame->reloadContent(),
                  AnswerProblems(wxID_CANCEL, "questionbank/commercial.xml:"));
    CHECK_FALSE(reloaded);
    CHECK(&f.workspace.content() == &f.loaded.content);
    CHECK(f.workspace.content().questions().size() == questions);
    CHECK(f.frame->postingsView() == postings); // nothing was rebuilt
    CHECK(f.status(0).StartsWith("Content not reloaded"));
    CHECK_FALSE(f.frame->contentChangeBar()->check()); // the files kept over are not offered again

    wxTEST_DIALOG(reloaded = f.frame->reloadContent(),
                  AnswerProblems(wxID_OK, "questionbank/commercial.xml:"));
    CHECK(reloaded);
    CHECK(f.workspace.content().questions().size() < questions);
    CHECK(f.status(1).Contains("1 problem,"));
}

TEST_CASE("Reload Content from a content folder that has gone keeps the content in use", "[gui][reload]")
{
    EditableContent f;
    const size_t templates = f.workspace.content().templates().size();
    std::filesystem::remove_all(f.root);

    bool reloaded = true;
    wxTEST_DIALOG(reloaded = f.frame->reloadContent(),
                  AnswerProblems(wxID_CANCEL, wxString::FromUTF8(f.root.string())));
    CHECK_FALSE(reloaded);
    CHECK(f.workspace.content().templates().size() == templates);
    CHECK(f.frame->postingsView()->form()->jobTemplate() != nullptr); // still usable
}

TEST_CASE("Open Content Folder uses another folder's content, now and at the next start", "[gui][reload]")
{
    EditableContent f;
    REQUIRE(f.frame->GetMenuBar()->FindMenuItem("File", "Open Content Folder...") != wxNOT_FOUND);
    REQUIRE(f.frame->GetMenuBar()->FindMenuItem("File", "Use Bundled Content") != wxNOT_FOUND);
    CHECK_FALSE(f.frame->bundledInUse()); // a copy
    const std::filesystem::path team = test::copyBundledContent(f.dir / "team");
    replaceInFile(team / "templates" / "saas.xml", "title=\"SaaS Account Manager\"",
                  "title=\"SaaS Client Partner\"");

    REQUIRE(f.frame->useContentFolder(team));
    CHECK(f.workspace.content().jobTemplate("saas")->title == "SaaS Client Partner");
    CHECK(f.frame->contentDir() == team);
    CHECK(f.settings.contentFolder() == wxString::FromUTF8(team.string()));
    CHECK(f.status(1).Contains(wxString::FromUTF8(team.string())));
    // Its files are the ones watched now.
    replaceInFile(team / "rubrics" / "account-management.xml", "<rubric ", "<rubric  ");
    CHECK(f.frame->contentChangeBar()->check());

    // A folder without content: the problems are shown, and the one in use stays.
    std::filesystem::create_directories(f.dir / "empty");
    bool used = true;
    wxTEST_DIALOG(used = f.frame->useContentFolder(f.dir / "empty"),
                  AnswerProblems(wxID_CANCEL, wxString::FromUTF8((f.dir / "empty").string())));
    CHECK_FALSE(used);
    CHECK(f.frame->contentDir() == team);
    CHECK(f.settings.contentFolder() == wxString::FromUTF8(team.string()));
    CHECK(f.workspace.content().jobTemplate("saas")->title == "SaaS Client Partner");

    // Back to what comes with the app, remembered as no choice at all.
    REQUIRE(f.frame->useContentFolder(app::MainFrame::bundledContentDir()));
    CHECK(f.frame->bundledInUse());
    CHECK(f.settings.contentFolder().empty());
    CHECK(f.workspace.content().jobTemplate("saas")->title == "SaaS Account Manager");
}
