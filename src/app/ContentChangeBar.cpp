#include "app/ContentChangeBar.h"

#include <utility>

#include <wx/infobar.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/HtmlText.h"

namespace amhire::app {

namespace {

// The files named in the bar: enough to recognise one's own edit, within
// one line.
constexpr size_t kFilesNamed = 3;

wxString describeChange(const std::vector<std::string>& files)
{
    wxString names;
    for (size_t i = 0; i < files.size() && i < kFilesNamed; ++i)
        names += (i ? ", " : "") + fromUtf8(files[i]);
    if (files.size() > kFilesNamed)
        names += wxString::Format(_(" and %zu more"), files.size() - kFilesNamed);
    return wxString::Format(wxPLURAL("%zu content file changed on disk since it was loaded (%s).",
                                     "%zu content files changed on disk since they were loaded (%s).",
                                     files.size()),
                            files.size(), names);
}

} // namespace

ContentChangeBar::ContentChangeBar(wxWindow* frame, wxSizer* sizer, std::filesystem::path contentDir,
                                   std::function<void()> reload)
    : frame_(frame), sizer_(sizer), contentDir_(std::move(contentDir)), reload_(std::move(reload)),
      inUse_(stampContent(contentDir_)), letBe_(inUse_), reloadId_(wxWindow::NewControlId())
{
}

void ContentChangeBar::build()
{
    bar_ = new wxInfoBar(frame_);
    // No mnemonics: GTK shows an info bar's labels as they are.
    bar_->AddButton(reloadId_, _("Reload Content"));
    // With a button of its own, the bar shows no close button by itself.
    bar_->AddButton(wxID_CLOSE, _("Dismiss"));
    bar_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            hide();
            reload_();
        },
        reloadId_);
    // Dismissed: let these files be.
    bar_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& event) {
            letBe_ = stampContent(contentDir_);
            event.Skip(); // the bar hides itself
        },
        wxID_CLOSE);
    sizer_->Insert(0, bar_, 0, wxEXPAND);
    frame_->Layout();
}

bool ContentChangeBar::shown() const
{
    return bar_ && bar_->IsShown();
}

void ContentChangeBar::hide()
{
    if (shown())
        bar_->Dismiss();
}

bool ContentChangeBar::check()
{
    const ContentStamp now = stampContent(contentDir_);
    if (now == inUse_ || now == letBe_) {
        hide();
        return false;
    }
    message_ = describeChange(changedContentFiles(inUse_, now));
    if (!bar_)
        build();
    bar_->ShowMessage(message_, wxICON_INFORMATION);
    return true;
}

void ContentChangeBar::loaded(std::filesystem::path contentDir, const ContentStamp& stamp)
{
    contentDir_ = std::move(contentDir);
    inUse_ = stamp;
    letBe_ = stamp;
    hide();
}

void ContentChangeBar::keptOver(const std::filesystem::path& contentDir, const ContentStamp& stamp)
{
    if (contentDir != contentDir_)
        return; // another folder tried and not taken
    letBe_ = stamp;
    hide();
}

} // namespace amhire::app
