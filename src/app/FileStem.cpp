#include "app/FileStem.h"

namespace amhire::app {

namespace {

// Letters and digits of any script stay: a file system takes them all, and
// the C library's classes depend on the locale (in C.UTF-8 'ü' is not a
// letter). Typographic spaces, dashes, quotes and signs do not.
bool keep(wxUniChar c)
{
    const auto code = c.GetValue();
    if (code < 0x80)
        return (code >= '0' && code <= '9') || (code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z');
    const bool latin1Signs = code <= 0xBF || code == 0xD7 || code == 0xF7;
    const bool generalPunctuation = code >= 0x2000 && code <= 0x206F;
    return !latin1Signs && !generalPunctuation;
}

} // namespace

wxString fileStem(const wxString& title, const wxString& fallback)
{
    wxString stem;
    for (wxUniChar c : title)
        stem += keep(c) ? wxString(c) : wxString("-");
    while (stem.Replace("--", "-")) {
    }
    while (stem.StartsWith("-"))
        stem.Remove(0, 1);
    while (stem.EndsWith("-"))
        stem.RemoveLast();
    return stem.empty() ? fallback : stem;
}

} // namespace amhire::app
