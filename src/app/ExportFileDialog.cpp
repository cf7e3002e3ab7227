#include "app/ExportFileDialog.h"

#include <iterator>

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>

#include "app/FileStem.h"
#include "app/HtmlText.h"

namespace amhire::app {

namespace {

wxString formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return _("CSV spreadsheet");
    case ExportFormat::Json:
        return _("JSON data");
    case ExportFormat::Xlsx:
        return _("Excel workbook");
    case ExportFormat::Html:
        return _("Web page with chart");
    case ExportFormat::Pdf:
        return _("PDF debrief packet");
    }
    return {};
}

} // namespace

std::optional<ExportTarget> askExportFile(wxWindow* parent, const wxString& baseName, int& filterIndex)
{
    wxString wildcard;
    for (ExportFormat format : kAllExportFormats) {
        const wxString ext = exportFormatId(format);
        wildcard += (wildcard.empty() ? "" : "|") + formatTitle(format) + " (*." + ext + ")|*." + ext;
    }
    const int formats = static_cast<int>(std::size(kAllExportFormats));
    if (filterIndex < 0 || filterIndex >= formats)
        filterIndex = 0;
    const ExportFormat initial = kAllExportFormats[filterIndex];
    wxFileDialog dialog(parent, _("Export Comparison"), wxString(),
                        fileStem(baseName, "comparison") + "." + exportFormatId(initial), wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    dialog.SetFilterIndex(filterIndex);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    filterIndex = dialog.GetFilterIndex();
    if (filterIndex < 0 || filterIndex >= formats)
        filterIndex = 0;
    ExportTarget target{dialog.GetPath(), kAllExportFormats[filterIndex]};
    wxFileName file(target.path);
    if (!file.HasName() || !file.IsAbsolute())
        return std::nullopt; // nothing usable chosen; never write beside the working directory
    if (auto typed = parseExportFormat(toUtf8(file.GetExt().Lower())))
        target.format = *typed;
    else
        target.path += wxString(".") + exportFormatId(target.format);
    return target;
}

} // namespace amhire::app
