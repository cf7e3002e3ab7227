#include "app/AmhireApp.h"

#include <cstdio>
#include <future>
#include <optional>

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/filefn.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "app/DiagnosticsDialog.h"
#include "app/HtmlText.h"
#include "app/MainFrame.h"
#include "app/Settings.h"
#include "app/Workspace.h"
#include "core/DataPaths.h"
#include "core/content/ContentLocator.h"

namespace amhire::app {

AmhireApp::AmhireApp() = default;
AmhireApp::~AmhireApp() = default;

void AmhireApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("c", "content", _("content folder (with rubrics/, questionbank/, templates/)"));
    parser.AddOption("d", "db", _("database file"));
    // For the startup benchmark (bench/): says "shown" on stdout and exits.
    parser.AddOption("", "compare", _("show the comparison of this opening id"), wxCMD_LINE_VAL_NUMBER);
    parser.AddSwitch("", "exit-when-shown",
                     _("print \"shown\" and exit at the first idle after the main window is shown"));
}

bool AmhireApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    parser.Found("content", &contentOption_);
    parser.Found("db", &databaseOption_);
    exitWhenShown_ = parser.Found("exit-when-shown");
    long openingId = 0;
    if (parser.Found("compare", &openingId))
        compareOpening_ = openingId;
    return wxApp::OnCmdLineParsed(parser);
}

bool AmhireApp::OnInit()
{
    SetAppName("amhire");
    SetVendorName("amhire");
    if (!wxApp::OnInit())
        return false;

    settings_ = std::make_unique<Settings>(*wxConfigBase::Get());

    // --content, else the folder last chosen in the app while it is there.
    std::optional<std::filesystem::path> explicitDir;
    if (!contentOption_.empty())
        explicitDir = std::filesystem::path(toUtf8(contentOption_));
    else if (const wxString chosen = settings_->contentFolder(); !chosen.empty() && wxDirExists(chosen))
        explicitDir = std::filesystem::path(toUtf8(chosen));
    // The database is checked (quick_check reads the whole file) on another
    // thread while the content loads and the window is built and shown; the
    // window takes it when it is ready (MainFrame::openDatabaseWhenReady).
    // The default database is created on first start; one named with --db
    // must exist.
    const wxString databasePath =
        databaseOption_.empty() ? fromUtf8(defaultDatabasePath().string()) : databaseOption_;
    const OpenMode mode = databaseOption_.empty() ? OpenMode::CreateIfMissing : OpenMode::ExistingOnly;
    auto opening = std::async(std::launch::async, [this, path = toUtf8(databasePath), mode] {
        // However opening ends, the window hears of it on the GUI thread.
        struct Notify {
            AmhireApp* app;
            ~Notify() { app->CallAfter(&AmhireApp::joinOpenedDatabase); }
        } notify{this};
        return Workspace::openStorage(path, mode);
    });

    const auto dir = findContentDir(explicitDir, toUtf8(wxStandardPaths::Get().GetExecutablePath()));
    loaded_ = loadContent(dir);
    GenderCodedWords words = loadGenderCodedWords(genderCodedWordsFile(dir), loaded_.diagnostics);

    workspace_ = std::make_unique<Workspace>(loaded_.content);
    workspace_->setGenderCodedWords(std::move(words));
    if (const wxString user = wxGetUserId(); !user.empty())
        workspace_->setActor(toUtf8(user));
    frame_ = new MainFrame(loaded_, fromUtf8(dir.string()), *settings_, *workspace_);
    frame_->Show();
    if (!loaded_.diagnostics.empty()) {
        // After Show, so the problems appear over the app they concern.
        DiagnosticsDialog dialog(frame_, loaded_.diagnostics);
        dialog.ShowModal();
    }
    frame_->openDatabaseWhenReady(databasePath, std::move(opening));
    if (compareOpening_)
        frame_->showComparison(*compareOpening_);  // which needs the database: joined now
    if (exitWhenShown_)
        Bind(wxEVT_IDLE, &AmhireApp::exitOnceShown, this);
    return true;
}

void AmhireApp::exitOnceShown(wxIdleEvent& event)
{
    event.Skip();
    // Shown with its database: what a start costs in full (bench/GuiBench).
    if (!frame_ || !frame_->IsShownOnScreen() || frame_->databasePending())
        return;
    Unbind(wxEVT_IDLE, &AmhireApp::exitOnceShown, this);
    std::puts("shown");
    std::fflush(stdout);
    frame_->Close(true);
    ExitMainLoop(); // whatever other windows are open
}

void AmhireApp::joinOpenedDatabase()
{
    if (frame_)
        frame_->joinPendingDatabase();
}

int AmhireApp::OnExit()
{
    if (settings_)
        settings_->flush();
    return wxApp::OnExit();
}

}  // namespace amhire::app
