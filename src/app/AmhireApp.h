#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <wx/app.h>
#include <wx/weakref.h>

#include "core/content/ContentLoader.h"

class wxConfigBase;

namespace amhire::app {

class MainFrame;
class Settings;
class Workspace;

class AmhireApp : public wxApp {
public:
    AmhireApp();
    ~AmhireApp() override;
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

    MainFrame* mainFrame() const { return frame_; }

private:
    void exitOnceShown(wxIdleEvent& event);
    // The database opened at start-up is ready (or failed): into the window.
    void joinOpenedDatabase();

    wxString contentOption_;
    wxString databaseOption_;
    bool exitWhenShown_ = false;
    std::optional<int64_t> compareOpening_; // --compare: open on this opening's comparison
    ContentLoadResult loaded_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<Workspace> workspace_;
    wxWeakRef<MainFrame> frame_;  // null once the window is gone
};

}  // namespace amhire::app
