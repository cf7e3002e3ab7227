#include "app/ContentChangeBar.h"

#include <utility>

#include <wx/intl.h>

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

ContentChangeBar::ContentChangeBar(wxWindow* parent, std::filesystem::path contentDir,
                                   std::function<void()> reload)
    : wxInfoBar(parent), contentDir_(std::move(contentDir)), reload_(std::move(reload)),
      inUse_(stampContent(contentDir_)), letBe_(inUse_), reloadId_(wxWindow::NewControlId())
{
    // No mnemonics: GTK shows an info bar's labels as they are.
    AddButton(reloadId_, _("Reload Content"));
    // With a button of its own, the bar shows no close button by itself.
    AddButton(wxID_CLOSE, _("Dismiss"));
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            Dismiss();
            reload_();
        },
        reloadId_);
    // Dismissed: let these files be.
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& event) {
            letBe_ = stampContent(contentDir_);
            event.Skip(); // the bar hides itself
        },
        wxID_CLOSE);
}

bool ContentChangeBar::check()
{
    const ContentStamp now = stampContent(contentDir_);
    if (now == inUse_ || now == letBe_) {
        if (IsShown())
            Dismiss();
        return false;
    }
    message_ = describeChange(changedContentFiles(inUse_, now));
    ShowMessage(message_, wxICON_INFORMATION);
    return true;
}

void ContentChangeBar::loaded(std::filesystem::path contentDir, const ContentStamp& stamp)
{
    contentDir_ = std::move(contentDir);
    inUse_ = stamp;
    letBe_ = stamp;
    if (IsShown())
        Dismiss();
}

void ContentChangeBar::keptOver(const ContentStamp& stamp)
{
    letBe_ = stamp;
    if (IsShown())
        Dismiss();
}

} // namespace amhire::app
