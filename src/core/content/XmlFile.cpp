#include "core/content/XmlFile.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace amhire {

namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, if any.
std::optional<size_t> findInvalidUtf8(const std::string& s)
{
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size())
            return i;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
                return i;
        if (len == 2 && c < 0xC2)  // overlong encoding
            return i;
        i += len;
    }
    return std::nullopt;
}

int depthOf(pugi::xml_node node, int limit)
{
    int deepest = 0;
    // Iterative walk: a hostile file must not be able to overflow our stack.
    std::vector<std::pair<pugi::xml_node, int>> stack{{node, 1}};
    while (!stack.empty()) {
        auto [n, d] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, d);
        if (deepest > limit)
            return deepest;
        for (pugi::xml_node child = n.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element)
                stack.emplace_back(child, d + 1);
    }
    return deepest;
}

}  // namespace

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
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        out.push_back({path.string(), 0, 0, Severity::Error, "cannot read file"});
        return nullptr;
    }
    return parse(path.string(), std::move(bytes), out, limits);
}

std::unique_ptr<XmlFile> XmlFile::parse(std::string displayPath, std::string bytes, Diagnostics& out,
                                        const XmlLimits& limits)
{
    std::unique_ptr<XmlFile> file(new XmlFile);
    file->path_ = std::move(displayPath);
    file->original_ = std::move(bytes);
    const std::string& text = file->original_;

    file->lineStarts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            file->lineStarts_.push_back(i + 1);

    auto fail = [&](size_t offset, std::string message) {
        out.push_back(makeError(file->locate(offset), std::move(message)));
        return nullptr;
    };

    if (text.size() > limits.maxFileBytes)
        return fail(0, fmt::format("file is {} bytes; content files may be at most {} bytes", text.size(),
                                   limits.maxFileBytes));
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.push_back({file->path_, 0, 0, Severity::Error, "file is empty"});
        return nullptr;
    }
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return fail(0, "file is UTF-16; content files must be UTF-8");
    if (auto bad = findInvalidUtf8(text))
        return fail(*bad, "invalid UTF-8 byte sequence; content files must be UTF-8");

    file->buffer_.assign(text.begin(), text.end());
    // parse_doctype keeps a DOCTYPE as a node so we can refuse it: entities are
    // never expanded, but silently ignoring a DTD would hide a hostile file.
    const unsigned options = pugi::parse_default | pugi::parse_doctype;
    pugi::xml_parse_result result =
        file->doc_.load_buffer_inplace(file->buffer_.data(), file->buffer_.size(), options, pugi::encoding_utf8);
    if (!result)
        return fail(static_cast<size_t>(result.offset), fmt::format("XML is not well-formed: {}", result.description()));

    for (pugi::xml_node node = file->doc_.first_child(); node; node = node.next_sibling())
        if (node.type() == pugi::node_doctype)
            return fail(file->offsetOf(node.value()) > 10 ? file->offsetOf(node.value()) - 10 : 0,
                        "DOCTYPE declarations are not allowed in content files");
    if (!file->root())
        return fail(0, "no root element");
    if (depthOf(file->root(), limits.maxDepth) > limits.maxDepth)
        return fail(0, fmt::format("elements are nested more than {} deep", limits.maxDepth));
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
    int column = 1;
    for (size_t i = lineStart; i < offset; ++i)
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
