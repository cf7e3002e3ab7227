// amhire-bare-frame: the GUI baseline. An empty wxFrame and nothing else,
// started and reported exactly as `amhire --exit-when-shown` is.
#include <cstdio>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/frame.h>

namespace {

class BareFrameApp : public wxApp {
  public:
    void OnInitCmdLine(wxCmdLineParser& parser) override
    {
        wxApp::OnInitCmdLine(parser);
        parser.AddSwitch("", "exit-when-shown", "print \"shown\" and exit at the first idle after showing");
    }
    bool OnCmdLineParsed(wxCmdLineParser& parser) override
    {
        exitWhenShown_ = parser.Found("exit-when-shown");
        return wxApp::OnCmdLineParsed(parser);
    }
    bool OnInit() override
    {
        if (!wxApp::OnInit())
            return false;
        frame_ = new wxFrame(nullptr, wxID_ANY, "amhire-bare-frame");
        frame_->Show();
        if (exitWhenShown_)
            Bind(wxEVT_IDLE, &BareFrameApp::onIdle, this);
        return true;
    }

  private:
    void onIdle(wxIdleEvent& event)
    {
        event.Skip();
        if (!frame_->IsShownOnScreen())
            return;
        Unbind(wxEVT_IDLE, &BareFrameApp::onIdle, this);
        std::puts("shown");
        std::fflush(stdout);
        frame_->Close(true);
        ExitMainLoop();
    }

    wxFrame* frame_ = nullptr;
    bool exitWhenShown_ = false;
};

} // namespace

wxIMPLEMENT_APP(BareFrameApp);
