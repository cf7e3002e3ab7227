#include "core/LibraryVersions.h"

#include <cairo.h>
#include <cmark.h>
#include <fmt/format.h>
#include <pugixml.hpp>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace amhire {

std::string libraryVersions()
{
    // The shared libraries' own word where they give one, as Debian may
    // update them under the program; pugixml and libxlsxwriter only say what
    // they were built as.
    return fmt::format("SQLite {}, pugixml {}.{}, cmark {}, libxlsxwriter {}, cairo {}", sqlite3_libversion(),
                       PUGIXML_VERSION / 1000, PUGIXML_VERSION % 1000 / 10, cmark_version_string(),
                       LXW_VERSION, cairo_version_string());
}

} // namespace amhire
