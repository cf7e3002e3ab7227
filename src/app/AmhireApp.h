#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <wx/app.h>

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

    wxString contentOption_;
    wxString databaseOption_;
    bool exitWhenShown_ = false;
    std::optional<int64_t> compareOpening_; // --compare: open on this opening's comparison
    ContentLoadResult loaded_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<Workspace> workspace_;
    MainFrame* frame_ = nullptr;
};

}  // namespace amhire::app
