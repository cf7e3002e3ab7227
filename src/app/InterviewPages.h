#pragma once

#include <optional>

#include <wx/string.h>

namespace amhire {
struct Question;
struct Competency;
}  // namespace amhire

namespace amhire::app {

// The question being asked, as read out: its text, then what to probe, what
// to listen for and the red flags, for a wxHtmlWindow.
wxString questionPage(const Question& question);

// The five anchors of a competency, the given score highlighted; each anchor
// is a link "score:N" (and "score:0" for not assessed) that the page's owner
// turns into a score. `score`: std::nullopt when not scored yet, an empty
// optional inside when marked not assessed.
wxString anchorsPage(const Competency& competency, std::optional<std::optional<int>> score, bool readOnly);

}  // namespace amhire::app
