#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/content/Competency.h"

class wxFlexGridSizer;
class wxStaticText;
class wxTextCtrl;

namespace amhire {
class LiveInterview;
struct ScoringLine;
}  // namespace amhire

namespace amhire::app {

// The figures a competency can be evidenced with (retention %, book size…),
// one field each, read in the metric's unit as the interviewer types. A valid
// value is saved (a cleared field removes it); an invalid one is shown in red
// with what is accepted, and the last valid value stays saved.
class EvidenceFields : public wxPanel {
  public:
    using Changed = std::function<void(const std::string& competencyId, const std::string& metricId,
                                       std::optional<double> value)>;

    EvidenceFields(wxWindow* parent, Changed changed);

    // Rebuilds the fields for a scoring line with the values saved so far.
    void show(const LiveInterview& live, const ScoringLine& line);
    // Reads and saves every field now (before the shown line changes).
    void flush();

    size_t fieldCount() const { return fields_.size(); }
    wxTextCtrl* field(size_t index) const { return fields_.at(index).text; }
    wxString problem(size_t index) const;

  private:
    struct Field {
        std::string metricId;
        wxTextCtrl* text = nullptr;
        wxString problem;
        wxString savedText;
    };

    void check(Field& field);
    void showProblems();

    Changed changed_;
    std::string competencyId_;
    std::vector<Metric> metrics_;  // a copy: the fields outlive a reloaded interview
    std::vector<Field> fields_;
    wxFlexGridSizer* grid_ = nullptr;
    wxStaticText* problems_ = nullptr;  // what is wrong with which field, in red
};

}  // namespace amhire::app
