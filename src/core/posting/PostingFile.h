#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/posting/Posting.h"

namespace amhire {

// A posting saved to a file, for the window's Save and `amhire-cli posting`.
enum class PostingFileFormat { Markdown, Html, Text };

// "md", "html", "txt": what the command line calls each.
const char* postingFileFormatId(PostingFileFormat format);
std::optional<PostingFileFormat> parsePostingFileFormat(std::string_view id);

// The format a file's name asks for (.md or .markdown, .html or .htm, .txt,
// in any case); none for another or no extension.
std::optional<PostingFileFormat> postingFileFormatFor(const std::filesystem::path& path);

// The whole file: Markdown as rendered, a complete HTML page, or plain text.
std::string postingFileText(const Posting& posting, PostingFileFormat format);

// Writes the posting to `path` in `format`, beside it first and then in its
// place (PartialFile), so a failure leaves any earlier file there as it was.
// Throws ExportError naming the file.
void savePosting(const Posting& posting, PostingFileFormat format, const std::filesystem::path& path);

} // namespace amhire
