#include "core/export/ComparisonExport.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "core/export/CsvExport.h"
#include "core/export/ExportError.h"
#include "core/export/ExportProgress.h"
#include "core/export/HtmlExport.h"
#include "core/export/JsonExport.h"
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

namespace {

// The file an export is written into, beside its target and renamed over it
// only once complete: an export that fails half-way (a full disk, a database
// that cannot be read) leaves neither a cut-off file nor a damaged one where
// the user's previous export was. Removed again however the export ends.
class PartialFile {
  public:
    explicit PartialFile(const std::filesystem::path& target) : target_(target)
    {
        partial_ = target;
        partial_ += ".partial";
    }
    ~PartialFile()
    {
        std::error_code ignored;
        if (!committed_)
            std::filesystem::remove(partial_, ignored);
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    const std::filesystem::path& path() const { return partial_; }

    // Messages name the file the user chose, not this one.
    ExportError aboutTarget(const std::exception& failure) const
    {
        std::string message = failure.what();
        const std::string partialName = partial_.string();
        for (size_t at; (at = message.find(partialName)) != std::string::npos;)
            message.replace(at, partialName.size(), target_.string());
        return ExportError(message);
    }

    void commit()
    {
        std::error_code ec;
        std::filesystem::rename(partial_, target_, ec);
        if (ec)
            throw ExportError("Cannot replace " + target_.string() + ": " + ec.message() + ".");
        committed_ = true;
    }

  private:
    std::filesystem::path target_;
    std::filesystem::path partial_;
    bool committed_ = false;
};

void writeTextFormat(const Comparison& comparison, ExportFormat format, const std::filesystem::path& path,
                     const ExportOptions& options)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw ExportError("Cannot write " + path.string() + ": the folder is missing or not writable.");
    if (format == ExportFormat::Csv)
        exportCsv(comparison, out, options);
    else if (format == ExportFormat::Json)
        exportJson(comparison, out, options);
    else
        exportHtml(comparison, out, options);
    out.close();
    if (!out)
        throw ExportError("Writing " + path.string() + " failed; is the disk full?");
}

} // namespace

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
            writeTextFormat(comparison, format, file.path(), options);
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
