#include "app/HtmlText.h"

#include "core/posting/PostingFormats.h"

namespace amhire::app {

wxString escapeHtml(const std::string& utf8) { return fromUtf8(amhire::escapeHtml(utf8)); }

wxString escapeHtml(const wxString& text) { return escapeHtml(toUtf8(text)); }

}  // namespace amhire::app
