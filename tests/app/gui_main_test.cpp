// Catch2 runner for GUI tests: starts wxWidgets without its event loop so each
// test can create frames, dispatch events and inspect the widgets directly.
// Run under `xvfb-run -a`; no real display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>
#include <wx/log.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "TestPaths.h"

namespace {
class GuiTestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

// Status messages reach the frame's status bar, as in the app, so tests can
// read them; everything else goes to stderr, as a log dialog would wait for
// a click forever.
class StatusBarAndStderrLog : public wxLogGui {
  protected:
    void DoLogRecord(wxLogLevel level, const wxString& msg, const wxLogRecordInfo& info) override
    {
        if (level == wxLOG_Status)
            wxLogGui::DoLogRecord(level, msg, info);
        else
            std::fprintf(stderr, "%s\n", msg.utf8_str().data());
    }
};

// A failed wxWidgets assertion (an unexpected modal dialog in wxTEST_DIALOG,
// say) would open a dialog and wait for a click forever: say where, and stop.
void failOnAssert(const wxString& file, int line, const wxString& func, const wxString& cond,
                  const wxString& msg)
{
    std::fprintf(stderr, "%s:%d: wxWidgets assertion failed in %s(): %s %s\n", file.utf8_str().data(), line,
                 func.utf8_str().data(), cond.utf8_str().data(), msg.utf8_str().data());
    std::abort();
}
}  // namespace

int main(int argc, char** argv)
{
    // ctest discovers tests at build time, where there may be no display:
    // listing needs no wxWidgets, so answer it without starting the toolkit.
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]).rfind("--list", 0) == 0)
            return Catch::Session().run(argc, argv);

    wxSetAssertHandler(failOnAssert);
    wxApp::SetInstance(new GuiTestApp);
    int wxArgc = 1;
    if (!wxEntryStart(wxArgc, argv)) {
        fprintf(stderr, "cannot initialise wxWidgets (is there a display? use xvfb-run -a)\n");
        return 2;
    }
    wxTheApp->CallOnInit();
    delete wxLog::SetActiveTarget(new StatusBarAndStderrLog);
    // Tests must never read or write the user's real settings.
    amhire::test::TempDir configDir;
    wxConfigBase::Set(new wxFileConfig("amhire-tests", wxEmptyString,
                                       (configDir.path() / "settings.ini").string(), wxEmptyString,
                                       wxCONFIG_USE_LOCAL_FILE));
    int result = Catch::Session().run(argc, argv);
    delete wxConfigBase::Set(nullptr);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
