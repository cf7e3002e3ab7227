#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/content/Content.h"
#include "core/storage/Model.h"

namespace amhire {

// What goes on the printed kit for interviewers who take notes by hand.
struct PaperKitInput {
    std::string openingTitle;
    std::string candidateName;  // empty: a blank line to fill in
    std::string interviewer;    // empty: a blank line to fill in
    std::string kindTitle;      // "Panel interview"
    int lengthMinutes = 60;
    std::vector<std::string> questionIds;  // the kit, in asking order
    std::vector<ScorecardEntry> scorecard; // the opening's competencies and weights
};

class LiveInterview;

// The paper kit of a started interview: its candidate, interviewer and kit.
PaperKitInput paperKitInput(const LiveInterview& live);

// Writes the kit as a PDF: every question with its probes, what to listen for
// and red flags, room for notes; then per competency the five anchors with
// empty score boxes; then the overall recommendation and take-aways.
// Throws ExportError if the file cannot be written.
void writePaperKit(const std::filesystem::path& path, const Content& content, const PaperKitInput& input);

}  // namespace amhire
