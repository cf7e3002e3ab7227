#pragma once

#include <wx/frame.h>

#include "core/content/ContentLoader.h"

class wxNotebook;

namespace amhire::app {

class ContentBrowser;
class Settings;

// The main window: a notebook of views over one content set (and, from the
// storage issue on, one database), with the standard menus and a status bar.
class MainFrame : public wxFrame {
public:
    MainFrame(const ContentLoadResult& content, const wxString& contentDir, Settings& settings);

    ContentBrowser* contentBrowser() const { return browser_; }
    wxNotebook* notebook() const { return notebook_; }

private:
    void buildMenus();
    void onQuit(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);

    const ContentLoadResult& loaded_;
    Settings& settings_;
    wxNotebook* notebook_ = nullptr;
    ContentBrowser* browser_ = nullptr;
};

}  // namespace amhire::app
