#pragma once

#include <filesystem>
#include <functional>

#include <wx/string.h>

#include "core/content/ContentStamp.h"

class wxInfoBar;
class wxSizer;
class wxWindow;

namespace amhire::app {

// Above the pages: tells an author who has edited the content files in
// another program, when they come back to the window, that the files on
// disk are no longer what is loaded, and offers File > Reload Content in
// one click. Nothing is reloaded unasked (an interview may be under way).
// Dismissed, it stays away until the files change again. The bar itself is
// built the first time it has something to say: most runs never need it.
class ContentChangeBar {
  public:
    // The bar goes first in `sizer`, the frame's, when it is built.
    ContentChangeBar(wxWindow* frame, wxSizer* sizer, std::filesystem::path contentDir,
                     std::function<void()> reload);

    // Looks at the files again: shows the bar if they differ from what is
    // loaded (and from what the user last let be), hides it if they are as
    // loaded again. Returns whether the bar is shown.
    bool check();
    // The content read from the files of `contentDir` as they were at
    // `stamp` is in use: those are the files watched from now on.
    void loaded(std::filesystem::path contentDir, const ContentStamp& stamp);
    // The user chose to keep the content in use over the files of
    // `contentDir` as they were at `stamp`: those files are not offered
    // again (nothing changes for another folder than the one watched).
    void keptOver(const std::filesystem::path& contentDir, const ContentStamp& stamp);

    bool shown() const;
    // The bar, once built; null before.
    wxInfoBar* infoBar() const { return bar_; }
    int reloadButtonId() const { return reloadId_; }
    // What the bar says (or last said).
    const wxString& message() const { return message_; }

  private:
    void build();
    void hide();

    wxWindow* frame_;
    wxSizer* sizer_;
    wxInfoBar* bar_ = nullptr;
    std::filesystem::path contentDir_;
    std::function<void()> reload_;
    ContentStamp inUse_;
    ContentStamp letBe_; // what the user dismissed or kept over
    int reloadId_;
    wxString message_;
};

} // namespace amhire::app
