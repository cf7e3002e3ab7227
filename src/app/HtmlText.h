#pragma once

#include <string>

#include <wx/string.h>

namespace amhire::app {

// Escapes text from content or users before it goes into a wxHtmlWindow page.
wxString escapeHtml(const std::string& utf8);
wxString escapeHtml(const wxString& text);

// UTF-8 std::string from the core to wxString and back.
inline wxString fromUtf8(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string toUtf8(const wxString& s) { return std::string(s.utf8_str()); }

}  // namespace amhire::app
