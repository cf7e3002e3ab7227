#pragma once

#include <functional>

#include <wx/dnd.h>

namespace amhire::app {

// Files dropped on a window (from a file manager), handed to `accept`,
// which says whether it takes them: a refusal shows the drag as refused.
class FileDrop : public wxFileDropTarget {
  public:
    using Accept = std::function<bool(const wxArrayString& paths)>;
    explicit FileDrop(Accept accept) : accept_(std::move(accept)) {}

    bool OnDropFiles(wxCoord x, wxCoord y, const wxArrayString& paths) override;

  private:
    Accept accept_;
};

} // namespace amhire::app
