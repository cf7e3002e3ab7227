#pragma once
// A main frame over a copy of the bundled content that a test may edit, as
// a content author does between two reloads.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <wx/config.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include "GuiFixture.h"
#include "app/MainFrame.h"
#include "app/Settings.h"
#include "app/Workspace.h"

namespace amhire::test {

inline std::filesystem::path copyBundledContent(const std::filesystem::path& to)
{
    std::filesystem::create_directories(to);
    for (const char* folder : {"rubrics", "questionbank", "templates", "data"})
        std::filesystem::copy(test::sourceDir() / folder, to / folder,
                              std::filesystem::copy_options::recursive);
    return to;
}

// What a content author does between two reloads.
inline void replaceInFile(const std::filesystem::path& file, const std::string& from, const std::string& to)
{
    std::stringstream text;
    text << std::ifstream(file).rdbuf();
    std::string s = text.str();
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    std::ofstream(file, std::ios::trunc) << s;
}

// A main frame over a copy of the bundled content that the test may edit,
// and a fresh database.
struct EditableContent {
    TempDir dir;
    std::filesystem::path root = copyBundledContent(dir / "content");
    ContentLoadResult loaded = loadContent(root);
    app::Settings settings{*wxConfigBase::Get()};
    app::Workspace workspace{loaded.content};
    app::MainFrame* frame = nullptr;
    WindowCloser closer{nullptr};

    EditableContent()
    {
        REQUIRE(loaded.ok());
        workspace.setActor("tester");
        settings.forgetPostingDraft();
        frame = new app::MainFrame(loaded, wxString::FromUTF8(root.string()), settings, workspace);
        closer.window = frame;
        REQUIRE(frame->openDatabase(wxString::FromUTF8((dir / "amhire.db").string()), true));
        frame->Show();
        pumpEvents();
    }

    // File > Reload Content, as the menu sends it.
    void reloadFromMenu()
    {
        const int id = frame->GetMenuBar()->FindMenuItem("File", "Reload Content");
        REQUIRE(id != wxNOT_FOUND);
        wxCommandEvent event(wxEVT_MENU, id);
        event.SetEventObject(frame);
        frame->ProcessWindowEvent(event);
        pumpEvents();
    }

    wxString status(int field) const { return frame->GetStatusBar()->GetStatusText(field); }
};

} // namespace amhire::test
