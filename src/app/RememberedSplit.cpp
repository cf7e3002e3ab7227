#include "app/RememberedSplit.h"

#include <memory>

#include <wx/splitter.h>

#include "app/Settings.h"

namespace amhire::app {

void rememberSplit(wxSplitterWindow& splitter, Settings& settings, const wxString& key, double defaultShare)
{
    const double share = settings.splitShare(key, defaultShare);
    // The splitter has no width yet when it is built: place the sash once
    // it first has one. Only from the next resize on does the gravity keep
    // the share: set earlier, the splitter's own size handler (which runs
    // after this one) would move the placed sash by the share of the growth
    // from its first, tiny size.
    auto placed = std::make_shared<bool>(false);
    splitter.Bind(wxEVT_SIZE, [&splitter, share, placed](wxSizeEvent& event) {
        event.Skip();
        if (*placed) {
            if (splitter.GetSashGravity() == 0.0)
                splitter.SetSashGravity(share);
            return;
        }
        const int width = event.GetSize().x;
        if (width <= 2 * splitter.GetMinimumPaneSize())
            return;
        *placed = true;
        splitter.SetSashPosition(static_cast<int>(width * share + 0.5));
    });
    // wxSplitterWindow also reports a change when its gravity moves the sash
    // on a resize; only a drag, which reports "changing" first, is the user's.
    auto dragging = std::make_shared<bool>(false);
    splitter.Bind(wxEVT_SPLITTER_SASH_POS_CHANGING, [dragging](wxSplitterEvent& event) {
        event.Skip();
        *dragging = true;
    });
    splitter.Bind(
        wxEVT_SPLITTER_SASH_POS_CHANGED, [&splitter, &settings, key, dragging](wxSplitterEvent& event) {
            event.Skip();
            if (!*dragging)
                return;
            *dragging = false;
            const int width = splitter.GetClientSize().x;
            if (width <= 0)
                return;
            const double dragged = static_cast<double>(event.GetSashPosition()) / width;
            settings.setSplitShare(key, dragged);
            splitter.SetSashGravity(settings.splitShare(key, dragged)); // the share as stored, within bounds
        });
}

} // namespace amhire::app
