#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "core/export/ExportError.h"
#include "core/export/ExportOptions.h"

namespace amhire {

class Comparison;

enum class ExportFormat { Csv, Json, Xlsx, Html, Pdf };

inline constexpr ExportFormat kAllExportFormats[] = {
    ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Html, ExportFormat::Pdf};

const char* exportFormatId(ExportFormat format); // "csv", also the file extension
std::optional<ExportFormat> parseExportFormat(std::string_view id);
// Text formats can go to a terminal or a pipe; XLSX and PDF only to a file.
bool isTextFormat(ExportFormat format);

// Every export shows the comparison as it is: its filters, order and
// anonymity (an anonymised comparison never writes a name, email or company).

// Writes `comparison` to `path` in `format`: into `path` + ".partial" first,
// renamed over `path` once complete, so a failed export leaves whatever was
// at `path` as it was and no partial file. Throws ExportError, or
// StorageError when the take-aways it reads as it writes cannot be read.
void exportComparison(const Comparison& comparison, ExportFormat format, const std::filesystem::path& path,
                      const ExportOptions& options = {});

} // namespace amhire
