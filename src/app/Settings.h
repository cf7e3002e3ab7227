#pragma once

#include <wx/gdicmn.h>
#include <wx/string.h>

class wxConfigBase;
class wxTopLevelWindow;
class wxFileHistory;

namespace amhire::app {

// The one place that reads and writes wxConfig; everything else asks this
// typed interface, so setting names and defaults live together.
class Settings {
public:
    explicit Settings(wxConfigBase& config) : config_(config) {}

    // Restores size, position and maximised state saved under `key`, keeping the
    // window on a visible display if the screen layout has changed since.
    void restoreGeometry(wxTopLevelWindow& window, const wxString& key, const wxSize& defaultSize) const;
    void saveGeometry(const wxTopLevelWindow& window, const wxString& key);

    wxString lastInterviewer() const;
    void setLastInterviewer(const wxString& name);

    wxString lastDatabase() const;
    void setLastDatabase(const wxString& path);

    void loadFileHistory(wxFileHistory& history);
    void saveFileHistory(wxFileHistory& history);

    void flush();

private:
    wxConfigBase& config_;
};

}  // namespace amhire::app
