#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <wx/gdicmn.h>
#include <wx/string.h>

#include "app/PostingDraft.h"
#include "core/interview/Kit.h"
#include "core/storage/Model.h"

class wxConfigBase;
class wxTopLevelWindow;
class wxFileHistory;

namespace amhire::app {

// How the Compare view was left: its toggles and where its splitter was.
struct CompareViewState {
    bool transposed = false;
    bool hideKnockedOut = false;
    bool anonymised = false;
    int sashPosition = 0;  // from the right edge, in pixels; 0 = the default
    std::vector<Stage> stages; // the stages shown; empty = all
};

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
    // The content folder chosen with File > Open Content Folder, used at the
    // next start unless --content names another; empty for the bundled one.
    wxString contentFolder() const;
    void setContentFolder(const wxString& path);

    // A split window's left pane as a share of its width, kept between 0.2
    // and 0.8 so neither pane can be lost; `fallback` when none was saved.
    double splitShare(const wxString& key, double fallback) const;
    void setSplitShare(const wxString& key, double share);

    // The opening last chosen in the database at `databasePath`; 0 for none.
    int64_t lastOpening(const wxString& databasePath) const;
    void setLastOpening(const wxString& databasePath, int64_t openingId);

    // The kind and length of the interview last started, which the next
    // starts with; std::nullopt before the first.
    std::optional<std::pair<InterviewKind, int>> lastInterviewSetup() const;
    void setLastInterviewSetup(InterviewKind kind, int lengthMinutes);

    CompareViewState compareView() const;
    void setCompareView(const CompareViewState& state);

    // The Postings form as it was last left; std::nullopt when none was kept.
    std::optional<PostingDraft> postingDraft() const;
    void setPostingDraft(const PostingDraft& draft);
    void forgetPostingDraft();

    void loadFileHistory(wxFileHistory& history);
    void saveFileHistory(wxFileHistory& history);

    void flush();

private:
    wxConfigBase& config_;
};

}  // namespace amhire::app
