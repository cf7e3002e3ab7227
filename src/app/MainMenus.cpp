#include <wx/filehistory.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/stockitem.h>
#include <wx/textentry.h>

#include "app/CandidateList.h"
#include "app/CandidatesView.h"
#include "app/CompareView.h"
#include "app/InterviewScreen.h"
#include "app/InterviewView.h"
#include "app/LazyPage.h"
#include "app/MainFrame.h"
#include "app/Settings.h"
#include "app/ShortcutsDialog.h"
#include "app/Workspace.h"

namespace amhire::app {

namespace {

// An Edit menu command, done on whichever text box has the keyboard.
struct EditCommand {
    int id;
    bool (*can)(const wxTextEntry&);
    void (*run)(wxTextEntry&);
};

const EditCommand kEditCommands[] = {
    {wxID_UNDO, [](const wxTextEntry& t) { return t.CanUndo(); }, [](wxTextEntry& t) { t.Undo(); }},
    {wxID_REDO, [](const wxTextEntry& t) { return t.CanRedo(); }, [](wxTextEntry& t) { t.Redo(); }},
    {wxID_CUT, [](const wxTextEntry& t) { return t.CanCut(); }, [](wxTextEntry& t) { t.Cut(); }},
    {wxID_COPY, [](const wxTextEntry& t) { return t.CanCopy(); }, [](wxTextEntry& t) { t.Copy(); }},
    {wxID_PASTE, [](const wxTextEntry& t) { return t.CanPaste(); }, [](wxTextEntry& t) { t.Paste(); }},
    {wxID_SELECTALL, [](const wxTextEntry& t) { return !t.IsEmpty(); },
     [](wxTextEntry& t) { t.SelectAll(); }},
};

} // namespace

wxMenu* MainFrame::buildEditMenu()
{
    auto* edit = new wxMenu;
    for (const EditCommand& command : kEditCommands) {
        edit->Append(command.id); // stock label and accelerator
        if (command.id == wxID_REDO || command.id == wxID_PASTE)
            edit->AppendSeparator();
    }
    // A menu bar's commands go to the frame, not to the control with the
    // keyboard, and wxGTK's text boxes answer only some of them: each is
    // done here on whichever text box has the keyboard. With none (a list,
    // a grid) the items are off, and GTK then gives the key itself to the
    // focused control, so Ctrl+C still copies from a page of text.
    for (const EditCommand& command : kEditCommands) {
        Bind(
            wxEVT_MENU,
            [this, &command](wxCommandEvent&) {
                // Checked again: the text box may have changed since the menu was updated.
                if (wxTextEntry* text = focusedTextEntry(); text && command.can(*text))
                    command.run(*text);
            },
            command.id);
        Bind(
            wxEVT_UPDATE_UI,
            [this, &command](wxUpdateUIEvent& event) {
                const wxTextEntry* text = focusedTextEntry();
                event.Enable(text && command.can(*text));
            },
            command.id);
    }
    return edit;
}

wxTextEntry* MainFrame::focusedTextEntry() const
{
    wxWindow* focus = FindFocus();
    if (!focus || wxGetTopLevelParent(focus) != this)
        return nullptr;
    return dynamic_cast<wxTextEntry*>(focus);
}

View* MainFrame::shownView() const
{
    // Without building anything: a page on screen has its view built already.
    wxWindow* page = notebook_->GetCurrentPage();
    if (auto* lazy = dynamic_cast<LazyPage*>(page))
        return lazy->built() ? dynamic_cast<View*>(lazy->view()) : nullptr;
    return dynamic_cast<View*>(page);
}

wxMenu* MainFrame::buildViewMenu()
{
    auto* view = new wxMenu;
    for (size_t page = 0; page < notebook_->GetPageCount(); ++page) {
        const int id = wxWindow::NewControlId();
        // Ctrl+1 to Ctrl+5: the digits alone score an answer in an interview.
        view->AppendRadioItem(id,
                              wxString::Format("%s\tCtrl+%d", notebook_->GetPageText(page), int(page) + 1),
                              wxString::Format(_("Show the %s page"), notebook_->GetPageText(page)));
        Bind(
            wxEVT_MENU, [this, page](wxCommandEvent&) { notebook_->SetSelection(page); }, id);
        Bind(
            wxEVT_UPDATE_UI,
            [this, page](wxUpdateUIEvent& event) { event.Check(notebook_->GetSelection() == int(page)); },
            id);
    }
    view->AppendSeparator();
    view->Append(wxID_REFRESH, _("&Refresh\tF5"), _("Read the page again from the database"));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            joinPendingDatabase();
            if (View* shown = shownView()) {
                shown->refresh();
                noteRead(shown);
                SetStatusText(_("Read again from the database."), 0);
            }
        },
        wxID_REFRESH);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) { event.Enable(workspace_.hasStorage() && shownView() != nullptr); },
        wxID_REFRESH);
    return view;
}

void MainFrame::buildMenus()
{
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New Database...\tCtrl+N"), _("Create an empty amhire database file"));
    file->Append(wxID_OPEN, _("&Open Database...\tCtrl+O"), _("Open an existing amhire database file"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &Recent"));
    file->AppendSeparator();
    const int exportId = wxWindow::NewControlId();
    file->Append(
        exportId, _("&Export Comparison...\tCtrl+E"),
        _("Save the comparison on the Compare page as shown: CSV, JSON, Excel, HTML or a PDF debrief"));
    const int restoreId = wxWindow::NewControlId();
    file->Append(restoreId, _("Restore from &Backup..."),
                 _("Replace the open database with one of its automatic backups"));
    file->AppendSeparator();
    const int reloadContentId = wxWindow::NewControlId();
    file->Append(reloadContentId, _("Re&load Content\tCtrl+R"),
                 _("Read the templates, question banks and rubrics again after editing them"));
    const int openContentId = wxWindow::NewControlId();
    file->Append(openContentId, _("Open &Content Folder..."),
                 _("Use the templates, question banks and rubrics of another folder, from now on"));
    const int bundledContentId = wxWindow::NewControlId();
    file->Append(bundledContentId, _("Use B&undled Content"),
                 _("Go back to the templates, question banks and rubrics that come with amhire"));
    file->AppendSeparator();
    // The key written out: GTK would add Ctrl+Q to the stock item by itself,
    // but then wxWidgets does not know it (Help > Keyboard Shortcuts asks).
    file->Append(wxID_EXIT, wxGetStockLabel(wxID_EXIT) + "\tCtrl+Q");
    auto* interview = new wxMenu;
    const int startId = wxWindow::NewControlId();
    const int paperId = wxWindow::NewControlId();
    const int submitId = wxWindow::NewControlId();
    interview->Append(startId, _("&Start Interview...\tCtrl+I"),
                      _("Start or resume a scorecard for a candidate"));
    interview->Append(paperId, _("Export &Paper Kit...\tCtrl+Shift+P"),
                      _("Save the open interview's kit as a PDF to print"));
    interview->Append(submitId, _("S&ubmit Scorecard...\tCtrl+Enter"),
                      _("Give your recommendation and make the scorecard read-only"));
    auto* help = new wxMenu;
    const int shortcutsId = wxWindow::NewControlId();
    help->Append(shortcutsId, _("&Keyboard Shortcuts\tF1"), _("List the keys for every command and page"));
    help->AppendSeparator();
    help->Append(wxID_ABOUT);
    wxMenu* edit = buildEditMenu();
    wxMenu* view = buildViewMenu();

    auto* bar = new wxMenuBar;
    bar->Append(file, wxGetStockLabel(wxID_FILE));
    bar->Append(edit, wxGetStockLabel(wxID_EDIT));
    bar->Append(view, _("&View"));
    bar->Append(interview, _("&Interview"));
    bar->Append(help, wxGetStockLabel(wxID_HELP));
    SetMenuBar(bar);

    history_->UseMenu(recent);
    settings_.loadFileHistory(*history_);
    history_->AddFilesToMenu(recent);

    Bind(wxEVT_MENU, &MainFrame::onNewDatabase, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::onOpenDatabase, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::onRestoreBackup, this, restoreId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reloadContent(); }, reloadContentId);
    Bind(wxEVT_MENU, &MainFrame::onOpenContentFolder, this, openContentId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { useContentFolder(bundledContentDir()); }, bundledContentId);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!bundledInUse()); }, bundledContentId);
    // What the page's Export button does, from the keyboard; only while the
    // comparison it saves is the one on screen.
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { compare_->exportWithDialog(); }, exportId);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            e.Enable(compare_ && shownView() == compare_ && compare_->comparison() != nullptr);
        },
        exportId);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(workspace_.hasStorage()); }, restoreId);
    Bind(wxEVT_MENU, &MainFrame::onRecentDatabase, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, &MainFrame::onQuit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            ShortcutsDialog dialog(this, *GetMenuBar());
            dialog.ShowModal();
        },
        shortcutsId);

    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            // From the Candidates page, for the candidate chosen there.
            const bool fromCandidates = candidates_ && shownView() == static_cast<View*>(candidates_);
            interviewView()->startInterviewFor(fromCandidates ? candidates_->candidateList()->selectedId()
                                                              : 0);
        },
        startId);
    // Enabled only with an interview open, so its view exists.
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { interviews_->screen()->exportPaperKit(); }, paperId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { interviews_->screen()->submit(); }, submitId);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(workspace_.hasStorage()); }, startId);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) { e.Enable(interviews_ && interviews_->screen()->isOpen()); }, paperId);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            e.Enable(interviews_ && interviews_->screen()->isOpen() &&
                     !interviews_->screen()->live().readOnly());
        },
        submitId);
}

} // namespace amhire::app
