// A smoke test over the whole window: every button and menu command, with
// every dialog it opens answered Cancel, OK or Yes without being filled in,
// on a database with candidates. An exception escaping a handler ends the
// app, and a crash is a crash: neither may happen, whatever the answer.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/weakref.h>

#include "CompareViewFixture.h"
#include "GuiFixture.h"
#include "LayoutChecks.h"

using namespace amhire;

namespace {
// Answers every modal dialog, the native ones (messages, files) included,
// without showing it.
class AnswerEveryDialog : public wxModalDialogHook {
  public:
    // With `look`, each of the app's own dialogs is shown first and checked
    // for anything cut off (the toolkit's message and file dialogs are not
    // ours to lay out).
    AnswerEveryDialog(int answer, bool look) : answer_(answer), look_(look) { Register(); }
    ~AnswerEveryDialog() override { Unregister(); }
    int answered = 0;
    int looked = 0;

  protected:
    int Enter(wxDialog* dialog) override
    {
        ++answered;
        if (look_ && !dynamic_cast<wxMessageDialogBase*>(dialog) && !dynamic_cast<wxFileDialog*>(dialog)) {
            dialog->Show();
            test::pumpEvents();
            test::checkNothingCutOff(dialog, "dialog " + dialog->GetTitle());
            dialog->Hide();
            ++looked;
        }
        return answer_;
    }
    void Exit(wxDialog*) override {}

  private:
    int answer_;
    bool look_;
};

void collectButtonsShown(wxWindow* window, std::vector<wxWeakRef<wxButton>>& out)
{
    for (wxWindow* child : window->GetChildren()) {
        if (child->IsTopLevel() || !child->IsShown())
            continue;
        if (auto* button = dynamic_cast<wxButton*>(child))
            out.emplace_back(button);
        collectButtonsShown(child, out);
    }
}

// Clicks each button the page shows, if a click before has not hidden,
// disabled or destroyed it. Returns how many were clicked.
int clickEveryButton(wxWindow* page)
{
    std::vector<wxWeakRef<wxButton>> buttons;
    collectButtonsShown(page, buttons);
    int clicked = 0;
    for (auto& button : buttons) {
        if (!button || !button->IsShownOnScreen() || !button->IsEnabled())
            continue;
        if (button->GetLabelText().Contains(wxString::FromUTF8("\u25BE")))
            continue; // pops up a menu, which waits for a click of its own
        INFO("button " << button->GetLabelText());
        wxCommandEvent click(wxEVT_BUTTON, button->GetId());
        click.SetEventObject(button.get());
        CHECK_NOTHROW(button->GetEventHandler()->ProcessEvent(click));
        test::pumpEvents();
        ++clicked;
    }
    return clicked;
}
} // namespace

namespace {
struct Clicks {
    int buttons = 0;
    int commands = 0;
};

// Every page's buttons, then every menu command enabled, in `frame`.
Clicks clickEverything(app::MainFrame* frame, int64_t openingToCompare)
{
    Clicks clicks;
    wxNotebook* pages = frame->notebook();
    for (size_t page = 0; page < pages->GetPageCount(); ++page) {
        INFO("page " << pages->GetPageText(page));
        pages->SetSelection(page);
        if (page == 4 && openingToCompare)
            frame->showComparison(openingToCompare);
        test::pumpEvents();
        clicks.buttons += clickEveryButton(pages->GetCurrentPage());
    }
    wxMenuBar* bar = frame->GetMenuBar();
    for (size_t menu = 0; menu < bar->GetMenuCount(); ++menu)
        for (wxMenuItem* item : bar->GetMenu(menu)->GetMenuItems()) {
            if (item->IsSeparator() || item->IsSubMenu() || item->GetId() == wxID_EXIT)
                continue;
            frame->UpdateWindowUI(); // enables what applies now, as opening a menu does
            if (!item->IsEnabled())
                continue;
            INFO("menu command " << item->GetItemLabelText());
            wxCommandEvent command(wxEVT_MENU, item->GetId());
            command.SetEventObject(frame);
            CHECK_NOTHROW(frame->GetEventHandler()->ProcessEvent(command));
            test::pumpEvents();
            ++clicks.commands;
        }
    return clicks;
}
} // namespace

TEST_CASE("no button or menu command fails, whatever its dialogs are answered", "[gui][smoke]")
{
    for (int answer : {wxID_CANCEL, wxID_OK, wxID_YES}) {
        INFO("every dialog answered " << answer);
        test::GuiFixture fixture;
        const int64_t opening = test::addDemoOpening(fixture.workspace.storage(), 12, 7);
        REQUIRE(fixture.frame->openDatabase(fixture.databasePath(), false));
        AnswerEveryDialog dialogs(answer, answer == wxID_CANCEL);
        const Clicks clicks = clickEverything(fixture.frame, opening);
        CHECK(clicks.buttons >= 8);
        CHECK(clicks.commands >= 8);
        CHECK(dialogs.answered >= 8);
        if (answer == wxID_CANCEL)
            CHECK(dialogs.looked >= 4);
    }
}

TEST_CASE("with no database open, no button or menu command fails either", "[gui][smoke]")
{
    for (int answer : {wxID_CANCEL, wxID_OK}) {
        INFO("every dialog answered " << answer);
        test::GuiFixture fixture(false);
        AnswerEveryDialog dialogs(answer, answer == wxID_CANCEL);
        const Clicks clicks = clickEverything(fixture.frame, 0);
        CHECK(clicks.commands >= 4); // New, Open, the pages...
    }
}
