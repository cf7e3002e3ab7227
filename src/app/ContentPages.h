#pragma once

#include <wx/string.h>

namespace amhire {
struct Competency;
struct Question;
struct JobTemplate;
struct Rubric;
class Content;
}  // namespace amhire

namespace amhire::app {

// HTML pages describing one content item, for the browser's detail pane.
wxString competencyPage(const Competency& competency);
wxString questionPage(const Question& question, const Content& content);
wxString templatePage(const JobTemplate& jobTemplate, const Content& content);
wxString rubricPage(const Rubric& rubric, const Content& content);

}  // namespace amhire::app
