#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/content/Diagnostic.h"
#include "core/content/SourceLocation.h"
#include "core/content/TextPositions.h"
#include "core/content/XmlFileBytes.h"

namespace amhire {

// Hard limits on what a content file may be. Content is small and written by
// people; anything past these is a mistake or hostile, and is refused with a
// message instead of being allowed to exhaust memory or time.
// The bundled content stays far below each (in 2026: depth 4, 45 children,
// 290 elements per file, 7 attributes, 439 bytes of text); the gap leaves room to grow.
struct XmlLimits {
    std::uintmax_t maxFileBytes = 4u * 1024u * 1024u;
    int maxDepth = 16;
    size_t maxChildren = 1000;     // element children of one element: items in a file
    size_t maxElements = 20000;    // elements in one file
    size_t maxAttributes = 32;     // attributes of one element
    size_t maxTextBytes = 8192;    // one attribute value or one run of text
    size_t maxErrorsPerFile = 100; // further errors are summarised in one line
};

// One parsed content file. Keeps the bytes as read so that every node and
// attribute can be mapped back to its line and column for diagnostics; the
// line and column are worked out only for what asks for a position.
class XmlFile {
public:
    // Reads and parses `path`; on failure appends diagnostics and returns null.
    // With `bytes`, the file is read into them, and the XmlFile must not
    // outlive them nor be kept past the next load into them. `regularEntry`:
    // the folder's listing said the path is a regular file, not a link.
    static std::unique_ptr<XmlFile> load(const std::string& path, Diagnostics& out, const XmlLimits& limits = {},
                                         XmlFileBytes* bytes = nullptr, bool regularEntry = false);
    // Same, from bytes already in memory (`displayPath` is used in messages).
    static std::unique_ptr<XmlFile> parse(std::string displayPath, std::string bytes, Diagnostics& out,
                                          const XmlLimits& limits = {});

    const std::string& path() const { return *path_; }
    std::string_view original() const { return original_; }
    const XmlLimits& limits() const { return limits_; }
    pugi::xml_node root() const { return doc_.document_element(); }

    SourceLocation locate(size_t offset) const;
    SourceLocation locate(pugi::xml_node node) const;
    SourceLocation locate(pugi::xml_attribute attribute) const;
    // Where a text (a node's or an element's value, see parse_embed_pcdata
    // in parseBuffer) starts.
    SourceLocation locateValue(const char* value) const;
    // The location of `needle` inside the element's source text, or of the element.
    SourceLocation locateWithin(pugi::xml_node node, const std::string& needle) const;

private:
    XmlFile() = default;
    size_t offsetOf(const char* pointer) const;
    // Checks and parses buffer_, which holds original_; on failure appends
    // diagnostics and returns false.
    bool parseBuffer(std::string displayPath, const XmlLimits& limits, Diagnostics& out);
    // The first problem at document level (a second root, stray text, a
    // DOCTYPE, a declaration out of place or not UTF-8), as an error.
    bool checkProlog(Diagnostics& out) const;
    // The first element past a limit in XmlLimits, as an error.
    bool checkShape(Diagnostics& out) const;
    // Whether the file is within every limit, found cheaply; false when in doubt.
    bool isSurelyWithinLimits() const;
    // Whether a text or attribute value is at most maxTextBytes long.
    bool isSurelyShortText(const char* value) const;

    std::shared_ptr<const std::string> path_;  // shared with every SourceLocation in the file
    XmlLimits limits_;
    std::string_view original_;  // the bytes as read, for positions and searches
    char* buffer_ = nullptr;     // parsed in place: names and values point here
    std::string ownOriginal_;    // original_ and buffer_ when no XmlFileBytes were given
    std::unique_ptr<char[]> ownBuffer_;
    mutable TextPositions positions_{original_};
    pugi::xml_document doc_;
};

Diagnostic makeError(const SourceLocation& where, std::string message);

}  // namespace amhire
