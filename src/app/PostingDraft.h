#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/string.h>

#include "core/content/Level.h"

namespace amhire::app {

// What the hiring manager chose and typed into the Postings form: kept in
// the settings as it is typed, so quitting or reloading the content loses
// none of it, and put back when the form is next built.
struct PostingDraft {
    std::string templateId;
    std::optional<Level> level;
    int workModel = 0;
    std::vector<std::pair<std::string, wxString>> texts; // by field name, as typed
    bool payTyped = false; // pay differs from the level's band: keep it over the band
};

} // namespace amhire::app
