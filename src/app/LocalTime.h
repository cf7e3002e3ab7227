#pragma once

#include <string>

#include <wx/string.h>

namespace amhire::app {

// A time stored in UTC (ISO 8601, as the database and backup names keep it)
// as people read it: in their own time zone, formatted with `format`
// (strftime). Text that is not such a time is returned as it is.
wxString localTime(const std::string& isoUtc, const wxString& format = "%Y-%m-%d %H:%M:%S");

} // namespace amhire::app
