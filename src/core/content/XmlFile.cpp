#include "core/content/XmlFile.h"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "core/content/XmlEncoding.h"

namespace amhire {

Diagnostic makeError(const SourceLocation& where, std::string message)
{
    return Diagnostic{where.path, where.line, where.column, Severity::Error, std::move(message)};
}

std::unique_ptr<XmlFile> XmlFile::load(const std::filesystem::path& path, Diagnostics& out,
                                       const XmlLimits& limits)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        out.push_back({path.string(), 0, 0, Severity::Error, "cannot read file: " + ec.message()});
        return nullptr;
    }
    if (size > limits.maxFileBytes) {
        out.push_back({path.string(), 0, 0, Severity::Error,
                       fmt::format("file is {} bytes; content files may be at most {} bytes", size,
                                   limits.maxFileBytes)});
        return nullptr;
    }
    // Read at most one byte past the limit: a file that grows after the size
    // check (or a device behind a link) must not be read without end.
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<size_t>(std::min<std::uintmax_t>(size, limits.maxFileBytes)) + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || (!in && !in.eof())) {
        out.push_back({path.string(), 0, 0, Severity::Error, "cannot read file"});
        return nullptr;
    }
    bytes.resize(static_cast<size_t>(in.gcount()));
    return parse(path.string(), std::move(bytes), out, limits);
}

std::unique_ptr<XmlFile> XmlFile::parse(std::string displayPath, std::string bytes, Diagnostics& out,
                                        const XmlLimits& limits)
{
    std::unique_ptr<XmlFile> file(new XmlFile);
    file->path_ = std::move(displayPath);
    file->limits_ = limits;
    const std::string& text = file->original_;
    if (bytes.size() > limits.maxFileBytes) {
        out.push_back({file->path_, 0, 0, Severity::Error,
                       fmt::format("file is {} bytes; content files may be at most {} bytes", bytes.size(),
                                   limits.maxFileBytes)});
        return nullptr;
    }
    file->original_ = std::move(bytes);

    file->lineStarts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            file->lineStarts_.push_back(i + 1);

    auto fail = [&](size_t offset, std::string message) {
        out.push_back(makeError(file->locate(offset), std::move(message)));
        return nullptr;
    };

    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.push_back({file->path_, 0, 0, Severity::Error, "file is empty"});
        return nullptr;
    }
    if (auto problem = findEncodingProblem(text)) {
        if (problem->wholeFile) {
            out.push_back({file->path_, 0, 0, Severity::Error, problem->message});
            return nullptr;
        }
        return fail(problem->offset, problem->message);
    }

    file->buffer_.assign(text.begin(), text.end());
    // parse_doctype, parse_declaration and parse_pi keep those nodes so they
    // can be checked; parse_fragment keeps what lies beside the root element (text, a
    // second root), which pugixml would otherwise drop without a word.
    const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_declaration | pugi::parse_pi |
                             pugi::parse_fragment;
    pugi::xml_parse_result result =
        file->doc_.load_buffer_inplace(file->buffer_.data(), file->buffer_.size(), options, pugi::encoding_utf8);
    if (!result) {
        const auto offset = static_cast<size_t>(result.offset);
        if (result.status == pugi::status_bad_doctype) {
            const size_t doctype = text.rfind("<!DOCTYPE", offset);
            return fail(doctype == std::string::npos ? offset : doctype,
                        "DOCTYPE declarations are not allowed in content files");
        }
        std::string message = fmt::format("XML is not well-formed: {}", result.description());
        // A well-formed file ends with '>'; an error at the very end or a file
        // ending in the middle of something is most often a cut-off copy.
        const size_t last = text.find_last_not_of(" \t\r\n");
        if (offset >= last || text[last] != '>')
            message += " (the file ends early: is it truncated?)";
        return fail(offset, std::move(message));
    }
    if (!file->checkProlog(out) || !file->checkShape(out))
        return nullptr;
    return file;
}

size_t XmlFile::offsetOf(const char* pointer) const
{
    const char* begin = buffer_.data();
    if (pointer >= begin && pointer < begin + buffer_.size())
        return static_cast<size_t>(pointer - begin);
    return 0;
}

SourceLocation XmlFile::locate(size_t offset) const
{
    offset = std::min(offset, original_.size());
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    const size_t lineIndex = static_cast<size_t>(it - lineStarts_.begin()) - 1;
    const size_t lineStart = lineStarts_[lineIndex];
    // Columns count characters, not bytes, as editors show them.
    // A byte order mark is invisible in editors, so it takes no column.
    const size_t from = lineIndex == 0 ? std::min(offset, utf8BomLength(original_)) : lineStart;
    int column = 1;
    for (size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(original_[i]) & 0xC0) != 0x80)
            ++column;
    return {path_, static_cast<int>(lineIndex) + 1, column};
}

SourceLocation XmlFile::locate(pugi::xml_node node) const
{
    auto offset = static_cast<size_t>(std::max<ptrdiff_t>(0, node.offset_debug()));
    // For elements pugixml reports the name; point at the '<' as people read it.
    if (node.type() == pugi::node_element && offset > 0 && original_[offset - 1] == '<')
        --offset;
    return locate(offset);
}

SourceLocation XmlFile::locate(pugi::xml_attribute attribute) const
{
    return locate(offsetOf(attribute.name()));
}

SourceLocation XmlFile::locateWithin(pugi::xml_node node, const std::string& needle) const
{
    auto start = static_cast<size_t>(std::max<ptrdiff_t>(0, node.offset_debug()));
    auto close = original_.find("</" + std::string(node.name()), start);
    auto found = original_.find(needle, start);
    if (found != std::string::npos && (close == std::string::npos || found < close))
        return locate(found);
    return locate(node);
}

}  // namespace amhire
