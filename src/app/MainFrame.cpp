#include "app/MainFrame.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stockitem.h>

#include <array>

#include "app/ContentBrowser.h"
#include "app/HtmlText.h"
#include "app/Settings.h"
#include "core/content/ContentStats.h"

namespace amhire::app {

MainFrame::MainFrame(const ContentLoadResult& loaded, const wxString& contentDir, Settings& settings)
    : wxFrame(nullptr, wxID_ANY, "amhire"), loaded_(loaded), settings_(settings)
{
    buildMenus();
    CreateStatusBar(2);
    SetStatusWidths(2, std::array<int, 2>{-3, -1}.data());

    notebook_ = new wxNotebook(this, wxID_ANY);
    browser_ = new ContentBrowser(notebook_, loaded_.content);
    notebook_->AddPage(browser_, _("Content"), true);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(notebook_, 1, wxEXPAND);
    SetSizer(sizer);

    wxString status = wxString::Format(_("Loaded %s from %s"), fromUtf8(summarize(loaded_.content)), contentDir);
    if (!loaded_.ok())
        status += wxString::Format(_(" (%zu problems, see the list shown at start)"), loaded_.diagnostics.size());
    SetStatusText(status, 0);

    settings_.restoreGeometry(*this, "Main", FromDIP(wxSize(1200, 800)));
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
}

void MainFrame::buildMenus()
{
    auto* file = new wxMenu;
    file->Append(wxID_EXIT);  // stock label and Ctrl+Q
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT);

    auto* bar = new wxMenuBar;
    bar->Append(file, wxGetStockLabel(wxID_FILE));
    bar->Append(help, wxGetStockLabel(wxID_HELP));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, &MainFrame::onQuit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
}

void MainFrame::onQuit(wxCommandEvent&) { Close(); }

void MainFrame::onAbout(wxCommandEvent&)
{
    wxAboutDialogInfo info;
    info.SetName("amhire");
    info.SetVersion(AMHIRE_VERSION);
    info.SetDescription(_("Hire Account Managers with structured postings, interviews and comparisons."));
    wxAboutBox(info, this);
}

void MainFrame::onClose(wxCloseEvent& event)
{
    settings_.saveGeometry(*this, "Main");
    settings_.flush();
    event.Skip();
}

}  // namespace amhire::app
