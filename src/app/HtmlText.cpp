#include "app/HtmlText.h"

namespace amhire::app {

wxString escapeHtml(const wxString& text)
{
    wxString out;
    out.reserve(text.length());
    for (wxUniChar c : text) {
        switch (c.GetValue()) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

wxString escapeHtml(const std::string& utf8) { return escapeHtml(fromUtf8(utf8)); }

}  // namespace amhire::app
