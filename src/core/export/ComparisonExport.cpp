#include "core/export/ComparisonExport.h"

#include <filesystem>
#include <string>

#include "core/export/CsvExport.h"
#include "core/export/ExportError.h"
#include "core/export/ExportProgress.h"
#include "core/export/HtmlExport.h"
#include "core/export/JsonExport.h"
#include "core/export/PartialFile.h"
#include "core/export/PdfExport.h"
#include "core/export/XlsxExport.h"

namespace amhire {

const char* exportFormatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return "csv";
    case ExportFormat::Json:
        return "json";
    case ExportFormat::Xlsx:
        return "xlsx";
    case ExportFormat::Html:
        return "html";
    case ExportFormat::Pdf:
        return "pdf";
    }
    return "csv";
}

std::optional<ExportFormat> parseExportFormat(std::string_view id)
{
    for (ExportFormat format : kAllExportFormats)
        if (id == exportFormatId(format))
            return format;
    return std::nullopt;
}

bool isTextFormat(ExportFormat format)
{
    return format != ExportFormat::Xlsx && format != ExportFormat::Pdf;
}

void exportComparison(const Comparison& comparison, ExportFormat format, const std::filesystem::path& path,
                      const ExportOptions& options)
{
    PartialFile file(path);
    try {
        if (format == ExportFormat::Xlsx)
            exportXlsx(comparison, file.path(), options);
        else if (format == ExportFormat::Pdf)
            exportPdf(comparison, file.path(), options);
        else
            file.writeStream([&](std::ostream& out) {
                if (format == ExportFormat::Csv)
                    exportCsv(comparison, out, options);
                else if (format == ExportFormat::Json)
                    exportJson(comparison, out, options);
                else
                    exportHtml(comparison, out, options);
            });
    }
    catch (const ExportCancelled&) {
        throw;
    }
    catch (const ExportError& failure) {
        throw file.aboutTarget(failure);
    }
    file.commit();
}

} // namespace amhire
