#pragma once

#include <wx/config.h>

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "app/MainFrame.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/content/ContentLoader.h"
#include "core/posting/GenderCodedWords.h"

namespace amhire::test {

// The bundled content, once per test run.
inline const ContentLoadResult& bundledContent()
{
    static const ContentLoadResult loaded = loadContent(sourceDir());
    return loaded;
}

// The folder the bundled content is in, as the window is told it.
inline wxString sourceDirName()
{
    return wxString::FromUTF8(sourceDir().string());
}

// A main frame over the bundled content and a fresh database in a temp dir.
struct GuiFixture {
    TempDir dir;
    app::Settings settings{*wxConfigBase::Get()};
    app::Workspace workspace{bundledContent().content};
    app::MainFrame* frame = nullptr;
    WindowCloser closer{nullptr};

    explicit GuiFixture(bool withDatabase = true)
    {
        workspace.setActor("tester");
        // Each test starts as on a first run: no posting draft, no interview
        // kind or opening remembered from an earlier test.
        wxConfigBase::Get()->DeleteAll();
        Diagnostics ignored;  // the word list's own tests check its diagnostics
        workspace.setGenderCodedWords(loadGenderCodedWords(genderCodedWordsFile(sourceDir()), ignored));
        frame = new app::MainFrame(bundledContent(), sourceDirName(), settings, workspace);
        closer.window = frame;
        if (withDatabase)
            frame->openDatabase(databasePath(), true);
        frame->Show();
        pumpEvents();
    }

    wxString databasePath() const { return wxString::FromUTF8((dir.path() / "amhire.db").string()); }
};

}  // namespace amhire::test
