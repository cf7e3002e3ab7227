#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <wx/panel.h>

class wxHtmlLinkEvent;
class wxHtmlWindow;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace amhire {
class LiveInterview;
}

namespace amhire::app {

class EvidenceFields;
class TextAutosave;

// What the scoring panel asks its owner to do.
struct ScoringActions {
    std::function<void(int line)> select;
    std::function<void(const std::string& competencyId, std::optional<int> score)> score;
    std::function<void(const std::string& competencyId, const wxString& notes)> notesChanged;
    std::function<void(const std::string& competencyId, const std::string& metricId, std::optional<double> value)>
        evidenceChanged;
};

// Every competency of the scorecard with its score, and for the selected one
// the five anchors (click one to score), notes and evidence figures.
class ScoringPanel : public wxPanel {
  public:
    ScoringPanel(wxWindow* parent, ScoringActions actions);
    ~ScoringPanel() override;

    // Shows all lines and the selected one's details.
    void show(const LiveInterview& live, int selectedLine);
    // Updates the scores shown after a change, keeping what is typed.
    void refreshScores(const LiveInterview& live);
    void flush();

    int selectedLine() const { return selected_; }
    wxListCtrl* lineList() const { return lines_; }
    wxHtmlWindow* anchors() const { return anchors_; }
    wxTextCtrl* notesBox() const { return notes_; }
    EvidenceFields* evidence() const { return evidence_; }

  private:
    void showDetails(const LiveInterview& live);
    void onAnchorClicked(wxHtmlLinkEvent& event);
    // Widens the competency column to the longest name as far as the panel
    // allows, so names are not cut short on a wide window.
    void fitCompetencyColumn();
    // The widest competency name, measured when the list is filled rather
    // than on every resize.
    void measureCompetencyNames();

    ScoringActions actions_;
    const LiveInterview* live_ = nullptr;
    int selected_ = -1;
    std::string competencyId_;
    wxListCtrl* lines_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxHtmlWindow* anchors_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    EvidenceFields* evidence_ = nullptr;
    std::unique_ptr<TextAutosave> notesSaver_;
    int longestName_ = 0;   // pixels, from measureCompetencyNames
    bool filling_ = false;  // selection events while the list is refilled are not the user's
};

}  // namespace amhire::app
