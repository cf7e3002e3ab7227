// The structural checks of XmlFile::parse, apart from the parsing itself:
// what sits beside the root element, and the limits of XmlLimits.
#include <cctype>
#include <cstring>
#include <functional>

#include <fmt/format.h>

#include "core/content/XmlEncoding.h"
#include "core/content/XmlFile.h"
#include "core/content/NameIs.h"

namespace amhire {

namespace {

bool isBlank(const char* s)
{
    return s[std::strspn(s, " \t\r\n")] == '\0';
}

std::string lower(std::string value)
{
    for (char& c : value)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return value;
}

bool isUtf8Name(const std::string& value)
{
    return lower(value) == "utf-8" || lower(value) == "utf8";
}

// Document order without recursion or a stack: a file nested a million deep
// must not overflow ours.
pugi::xml_node nextInDocument(pugi::xml_node node, pugi::xml_node root, int& depth)
{
    if (node.first_child()) {
        ++depth;
        return node.first_child();
    }
    while (node && node != root) {
        if (node.next_sibling())
            return node.next_sibling();
        node = node.parent();
        --depth;
    }
    return {};
}

}  // namespace

bool XmlFile::checkProlog(Diagnostics& out) const
{
    auto fail = [&](const SourceLocation& where, std::string message) {
        out.push_back(makeError(where, std::move(message)));
        return false;
    };
    bool first = true;
    pugi::xml_node root;
    for (pugi::xml_node node = doc_.first_child(); node; node = node.next_sibling(), first = false) {
        switch (node.type()) {
        case pugi::node_doctype:
            // The value starts after "<!DOCTYPE "; point at the '<'.
            return fail(locate(offsetOf(node.value()) >= 10 ? offsetOf(node.value()) - 10 : 0),
                        "DOCTYPE declarations are not allowed in content files");
        case pugi::node_declaration: {
            // Comments are not kept, so "first" alone would miss one before it.
            if (!first || node.offset_debug() != static_cast<ptrdiff_t>(utf8BomLength(original_) + 2))
                return fail(locate(node), "the XML declaration <?xml ...?> must be at the very start of the file");
            pugi::xml_attribute version = node.attribute("version");
            if (version && std::strcmp(version.value(), "1.0") != 0)
                return fail(locate(version),
                            fmt::format("XML version '{}' is not supported; content files are XML 1.0", version.value()));
            pugi::xml_attribute encoding = node.attribute("encoding");
            if (encoding && !isUtf8Name(encoding.value()))
                return fail(locate(encoding), fmt::format("encoding '{}' is declared; content files must be UTF-8 "
                                                          "(declare encoding=\"UTF-8\" or leave it out)",
                                                          encoding.value()));
            break;
        }
        case pugi::node_element:
            if (root)
                return fail(locate(node), fmt::format("a second root element <{}>; a content file has one, <{}>",
                                                      node.name(), root.name()));
            root = node;
            break;
        case pugi::node_pcdata:
        case pugi::node_cdata:
            if (!isBlank(node.value()))
                return fail(locate(node), "text outside the root element");
            break;
        case pugi::node_pi:
            // pugixml reads a late <?xml ...?> as a processing instruction;
            // XML reserves the name, and a declaration belongs at the start.
            if (lower(node.name()) != "xml")
                break;
            return fail(locate(node), "the XML declaration <?xml ...?> must be at the very start of the file");
        default:  // comments and other processing instructions are harmless
            break;
        }
    }
    if (!root)
        return fail(locate(size_t{0}), "no root element");
    return true;
}

// pugixml parses in place and ends the buffer with a NUL, so a value that
// starts in the buffer ends in it: one starting within maxTextBytes of the
// end is short enough without being measured, as every value of a small file.
bool XmlFile::isSurelyShortText(const char* value) const
{
    const char* const end = buffer_ + original_.size();
    // std::less orders any two pointers, also a value that is not in the buffer.
    const std::less<const char*> before;
    if (!before(value, buffer_) && before(value, end) &&
        static_cast<size_t>(end - value) <= limits_.maxTextBytes)
        return true;
    return std::strlen(value) <= limits_.maxTextBytes;
}

// Nearly every file is far inside every limit, and proving that takes one
// walk with no counting of children: an element cannot have more element
// children than the file has elements. Anything in doubt is left to the full
// check below, which alone words the diagnostic, so both paths report the same.
//
// Every pugixml accessor is a call into the shared library, so the walk asks
// each node only what it needs: a node's type doubles as the test that a
// node is there, only elements are asked for children, and the walk is back
// at the root when its depth is, without comparing nodes.
bool XmlFile::isSurelyWithinLimits() const
{
    constexpr size_t kNamesKept = 16;  // more attributes than this: the full check decides
    const char* names[kNamesKept];
    pugi::xml_node node = root();
    pugi::xml_node_type type = node.type();
    size_t elements = 0;
    int depth = 1;
    for (;;) {
        if (type == pugi::node_element) {
            if (depth > limits_.maxDepth || ++elements > limits_.maxElements)
                return false;
            size_t attributes = 0;
            // A null attribute's name is "" and a real one's never is: the
            // name doubles as the end test.
            const char* name;
            for (pugi::xml_attribute a = node.first_attribute(); *(name = a.name()) != '\0';
                 a = a.next_attribute(), ++attributes) {
                if (attributes == kNamesKept || attributes >= limits_.maxAttributes)
                    return false;
                for (size_t k = 0; k < attributes; ++k)
                    if (sameName(names[k], name))
                        return false;
                names[attributes] = name;
                if (!isSurelyShortText(a.value()))
                    return false;
            }
            // Its leading text, kept as its value (parse_embed_pcdata).
            if (!isSurelyShortText(node.value()))
                return false;
            const pugi::xml_node child = node.first_child();
            const pugi::xml_node_type childType = child.type();
            if (childType != pugi::node_null) {
                node = child;
                type = childType;
                ++depth;
                continue;
            }
        }
        else if (type == pugi::node_pcdata || type == pugi::node_cdata) {
            if (!isSurelyShortText(node.value()))
                return false;
        }
        // On to the next sibling, or that of the nearest ancestor that has one.
        for (;;) {
            if (depth == 1)
                return elements <= limits_.maxChildren;
            const pugi::xml_node sibling = node.next_sibling();
            type = sibling.type();
            if (type != pugi::node_null) {
                node = sibling;
                break;
            }
            node = node.parent();
            --depth;
        }
    }
}

bool XmlFile::checkShape(Diagnostics& out) const
{
    if (isSurelyWithinLimits())
        return true;
    auto fail = [&](const SourceLocation& where, std::string message) {
        out.push_back(makeError(where, std::move(message)));
        return false;
    };
    const pugi::xml_node top = root();
    size_t elements = 0;
    int depth = 1;
    for (pugi::xml_node node = top; node; node = nextInDocument(node, top, depth)) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            const size_t length = std::strlen(node.value());
            if (length > limits_.maxTextBytes)
                return fail(locate(node), fmt::format("text is {} bytes long; at most {} are allowed", length,
                                                      limits_.maxTextBytes));
            continue;
        }
        if (node.type() != pugi::node_element)
            continue;
        if (depth > limits_.maxDepth)
            return fail(locate(node), fmt::format("elements are nested more than {} deep", limits_.maxDepth));
        if (++elements > limits_.maxElements)
            return fail(locate(node),
                        fmt::format("more than {} elements in one file; split it up", limits_.maxElements));
        size_t children = 0;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element && ++children > limits_.maxChildren)
                return fail(locate(node), fmt::format("<{}> has more than {} child elements", node.name(),
                                                      limits_.maxChildren));
        size_t attributes = 0;
        for (pugi::xml_attribute a : node.attributes()) {
            if (++attributes > limits_.maxAttributes)
                return fail(locate(a), fmt::format("<{}> has more than {} attributes", node.name(),
                                                   limits_.maxAttributes));
            // pugixml keeps both of id="a" id="b"; readers would see only the
            // first, so the file would not mean what it says.
            for (pugi::xml_attribute b = node.first_attribute(); b != a; b = b.next_attribute())
                if (std::strcmp(a.name(), b.name()) == 0)
                    return fail(locate(a), fmt::format("attribute '{}' is given twice on <{}>", a.name(), node.name()));
            const size_t length = std::strlen(a.value());
            if (length > limits_.maxTextBytes)
                return fail(locate(a), fmt::format("attribute '{}' is {} bytes long; at most {} are allowed", a.name(),
                                                   length, limits_.maxTextBytes));
        }
        // Its leading text (parse_embed_pcdata), the first thing inside it.
        const char* leading = node.value();
        if (const size_t length = std::strlen(leading); length > limits_.maxTextBytes)
            return fail(locateValue(leading), fmt::format("text is {} bytes long; at most {} are allowed", length,
                                                          limits_.maxTextBytes));
    }
    return true;
}

}  // namespace amhire
