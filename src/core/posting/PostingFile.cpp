#include "core/posting/PostingFile.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/export/PartialFile.h"
#include "core/posting/PostingFormats.h"

namespace amhire {

namespace {

constexpr std::array<std::pair<const char*, PostingFileFormat>, 5> kExtensions{{
    {".md", PostingFileFormat::Markdown},
    {".markdown", PostingFileFormat::Markdown},
    {".html", PostingFileFormat::Html},
    {".htm", PostingFileFormat::Html},
    {".txt", PostingFileFormat::Text},
}};

} // namespace

const char* postingFileFormatId(PostingFileFormat format)
{
    switch (format) {
    case PostingFileFormat::Markdown:
        return "md";
    case PostingFileFormat::Html:
        return "html";
    case PostingFileFormat::Text:
        return "txt";
    }
    return "md";
}

std::optional<PostingFileFormat> parsePostingFileFormat(std::string_view id)
{
    for (PostingFileFormat format :
         {PostingFileFormat::Markdown, PostingFileFormat::Html, PostingFileFormat::Text})
        if (id == postingFileFormatId(format))
            return format;
    return std::nullopt;
}

std::optional<PostingFileFormat> postingFileFormatFor(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto& [known, format] : kExtensions)
        if (extension == known)
            return format;
    return std::nullopt;
}

std::string postingFileText(const Posting& posting, PostingFileFormat format)
{
    switch (format) {
    case PostingFileFormat::Html:
        return toHtmlDocument(posting.markdown, posting.title);
    case PostingFileFormat::Text:
        return toPlainText(posting.markdown);
    case PostingFileFormat::Markdown:
        break;
    }
    return posting.markdown;
}

void savePosting(const Posting& posting, PostingFileFormat format, const std::filesystem::path& path)
{
    const std::string text = postingFileText(posting, format);
    PartialFile file(path);
    file.writeStream([&](std::ostream& out) { out << text; });
    file.commit();
}

} // namespace amhire
