#pragma once

#include <optional>

#include <wx/string.h>

#include "core/export/ComparisonExport.h"

class wxWindow;

namespace amhire::app {

struct ExportTarget {
    wxString path;
    ExportFormat format = ExportFormat::Csv;
};

// Asks where to export a comparison and in which format (the file type
// filter; an extension typed by hand wins). `filterIndex` keeps the last
// format chosen. Nothing when the user cancels.
std::optional<ExportTarget> askExportFile(wxWindow* parent, const wxString& baseName, int& filterIndex);

} // namespace amhire::app
