#include "core/content/ElementReader.h"
#include "core/content/CollapseWhitespace.h"
#include "core/content/NameIs.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <type_traits>

#include <fmt/format.h>

namespace amhire {

namespace {

bool isBlank(const char* s)
{
    for (; *s; ++s)
        if (!std::isspace(static_cast<unsigned char>(*s)))
            return false;
    return true;
}

bool isValidId(std::string_view s)
{
    if (s.empty() || s.front() == '-' || s.back() == '-')
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
        if (!ok)
            return false;
    }
    return true;
}

// Reads `s` into `n` when it is an optional '-' and 1 to 18 digits, nothing
// else: what strtol reads the same and without overflow.
bool readPlainInteger(const char* s, long& n)
{
    const bool negative = *s == '-';
    s += negative;
    long value = 0;
    size_t digits = 0;
    for (; *s >= '0' && *s <= '9'; ++s, ++digits) {
        if (digits == 18)
            return false;
        value = value * 10 + (*s - '0');
    }
    if (digits == 0 || *s != '\0')
        return false;
    n = negative ? -value : value;
    return true;
}

// A plain decimal number ("-12", "1.5"): read the same by any parser, so it
// needs no stream.
bool isPlainDecimal(std::string_view s)
{
    size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
    const size_t digitsStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == digitsStart)
        return false;
    if (i < s.size() && s[i] == '.') {
        const size_t fractionStart = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == s.size();
}

// Whether two node handles are of the same node. A handle is one pointer
// (pugixml documents it so; asserted here), and comparing it through
// operator== is a call into the shared library for what is one compare.
bool sameHandle(pugi::xml_node a, pugi::xml_node b)
{
    static_assert(sizeof(pugi::xml_node) == sizeof(void*) && std::is_trivially_copyable_v<pugi::xml_node>);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

void ElementReader::report(Diagnostic diagnostic) const
{
    const size_t limit = file_.limits().maxErrorsPerFile;
    if (errors_ < limit)
        out_.push_back(std::move(diagnostic));
    else if (errors_ == limit)
        out_.push_back({file_.path(), 0, 0, Severity::Error,
                        fmt::format("more than {} errors in this file; fix these first, the rest are not shown", limit)});
    ++errors_;
}

void ElementReader::error(pugi::xml_node node, std::string message) const
{
    report(makeError(file_.locate(node), std::move(message)));
}

void ElementReader::error(pugi::xml_attribute attribute, std::string message) const
{
    report(makeError(file_.locate(attribute), std::move(message)));
}

void ElementReader::error(const SourceLocation& where, std::string message) const
{
    report(makeError(where, std::move(message)));
}

void ElementReader::checkAttributes(pugi::xml_node node, std::initializer_list<const char*> allowed) const
{
    // Default handles copied, not constructed: pugixml's constructors are
    // calls into the shared library, made here for every element.
    static const pugi::xml_node kNoNode;
    static const pugi::xml_attribute kNoAttribute;
    const bool keep = allowed.size() <= kCheckedNames;
    checkedNode_ = kNoNode;
    checkedCount_ = 0;
    if (keep)
        for (const char* name : allowed) {
            checkedNames_[checkedCount_] = name;
            checkedAttributes_[checkedCount_++] = kNoAttribute;
        }
    const char* const* names = allowed.begin();
    const size_t count = allowed.size();
    unsigned found = 0;  // which allowed names have been met (kCheckedNames fit)
    size_t next = 0;     // attributes are mostly written in the order allowed lists them
    // A null attribute's name is "", and a real one always has a name: the
    // name, needed anyway, doubles as the end test.
    const char* name;
    for (pugi::xml_attribute a = node.first_attribute(); *(name = a.name()) != '\0'; a = a.next_attribute()) {
        size_t known = count;
        for (size_t tried = 0, i = next; tried < count; ++tried, i = i + 1 == count ? 0 : i + 1)
            if (sameName(names[i], name)) {
                known = i;
                break;
            }
        if (known == count) {
            error(a, fmt::format("unknown attribute '{}' on <{}>", name, node.name()));
            continue;
        }
        next = known + 1 == count ? 0 : known + 1;
        if (keep && !(found & (1u << known))) {  // the first of a name, as node.attribute() finds
            found |= 1u << known;
            checkedAttributes_[known] = a;
        }
    }
    if (keep)
        checkedNode_ = node;
}

pugi::xml_attribute ElementReader::attribute(pugi::xml_node node, const char* name) const
{
    if (sameHandle(node, checkedNode_)) {
        // The same literal is usually the same pointer; comparing names settles the rest.
        for (size_t i = 0; i < checkedCount_; ++i)
            if (checkedNames_[i] == name)
                return checkedAttributes_[i];
        for (size_t i = 0; i < checkedCount_; ++i)
            if (sameName(checkedNames_[i], name))
                return checkedAttributes_[i];
    }
    return node.attribute(name);
}

void ElementReader::unknownElement(pugi::xml_node child, pugi::xml_node parent) const
{
    error(child, fmt::format("unknown element <{}> in <{}>", child.name(), parent.name()));
}

void ElementReader::checkNoText(pugi::xml_node node) const
{
    // Text before the first child is the element's own value (XmlFile
    // parses with parse_embed_pcdata), and comes first in the document.
    if (const char* leading = node.value(); *leading && !isBlank(leading))
        error(file_.locateValue(leading), fmt::format("unexpected text inside <{}>", node.name()));
    // The type doubles as the end test (node_null): one pugixml call a child the less.
    pugi::xml_node_type type;
    for (pugi::xml_node child = node.first_child(); (type = child.type()) != pugi::node_null;
         child = child.next_sibling())
        if ((type == pugi::node_pcdata || type == pugi::node_cdata) && !isBlank(child.value()))
            error(child, fmt::format("unexpected text inside <{}>", node.name()));
}

pugi::xml_attribute ElementReader::present(pugi::xml_node node, const char* name) const
{
    pugi::xml_attribute a = attribute(node, name);
    if (!a)
        error(node, fmt::format("<{}> is missing the '{}' attribute", node.name(), name));
    return a;
}

std::optional<std::string> ElementReader::required(pugi::xml_node node, const char* name) const
{
    pugi::xml_attribute a = present(node, name);
    if (!a)
        return std::nullopt;
    std::string value = collapseWhitespace(a.value());
    if (value.empty()) {
        error(a, fmt::format("'{}' on <{}> is empty", name, node.name()));
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> ElementReader::id(pugi::xml_node node, const char* name) const
{
    // A valid id holds no white space, so as written it is its folded self.
    if (pugi::xml_attribute a = attribute(node, name)) {
        const std::string_view written(a.value());
        if (isValidId(written))
            return std::string(written);
    }
    auto value = required(node, name);
    if (value && !isValidId(*value)) {
        error(attribute(node, name),
              fmt::format("'{}' is not a valid {}: use lowercase letters, digits and dashes", *value, name));
        return std::nullopt;
    }
    return value;
}

std::optional<long> ElementReader::integer(pugi::xml_node node, const char* name, long min, long max,
                                           bool isRequired) const
{
    pugi::xml_attribute a = attribute(node, name);
    if (!a && !isRequired)
        return std::nullopt;
    long n = 0;
    // Nearly every value is a few plain digits: read as written, as strtol
    // would read them, with no folded copy and no call into the C library.
    if (!(a && readPlainInteger(a.value(), n))) {
        auto value = required(node, name);
        if (!value)
            return std::nullopt;
        errno = 0;
        char* end = nullptr;
        n = std::strtol(value->c_str(), &end, 10);
        if (errno != 0 || end == value->c_str() || *end != '\0') {
            error(a, fmt::format("'{}' must be a whole number, not '{}'", name, *value));
            return std::nullopt;
        }
    }
    if (n < min || n > max) {
        error(a, fmt::format("'{}' is {}; it must be between {} and {}", name, n, min, max));
        return std::nullopt;
    }
    return n;
}

std::optional<double> ElementReader::number(pugi::xml_node node, const char* name, bool isRequired) const
{
    pugi::xml_attribute a = attribute(node, name);
    if (!a && !isRequired)
        return std::nullopt;
    if (a) {
        // A plain decimal as written is its folded self: no copy needed.
        const char* written = a.value();
        const std::string_view plain(written);
        double n = 0;
        if (isPlainDecimal(plain) && std::from_chars(written, written + plain.size(), n).ec == std::errc())
            return n;
    }
    auto value = required(node, name);
    if (!value)
        return std::nullopt;
    if (isPlainDecimal(*value)) {
        // Out of range (hundreds of digits) is left to the stream, which reports it.
        double n = 0;
        if (std::from_chars(value->data(), value->data() + value->size(), n).ec == std::errc())
            return n;
    }
    // Parsed with the C locale so "1.5" means the same everywhere.
    std::istringstream in(*value);
    in.imbue(std::locale::classic());
    double n = 0;
    in >> n;
    if (!in || !in.eof() || !std::isfinite(n)) {
        error(a, fmt::format("'{}' must be a number, not '{}'", name, *value));
        return std::nullopt;
    }
    return n;
}

std::optional<double> ElementReader::weight(pugi::xml_node node, const char* name) const
{
    auto value = number(node, name);
    if (value && *value <= 0) {
        error(attribute(node, name), fmt::format("{} must be greater than 0, not {}", name, *value));
        return std::nullopt;
    }
    if (value && *value > kMaxWeight) {
        error(attribute(node, name), fmt::format("{} is {}; it must be at most {}", name, *value, kMaxWeight));
        return std::nullopt;
    }
    return value;
}

std::optional<LevelSet> ElementReader::levels(pugi::xml_node node, const char* name, bool isRequired) const
{
    pugi::xml_attribute a = attribute(node, name);
    if (!a && !isRequired)
        return LevelSet{};
    if (!present(node, name))
        return std::nullopt;
    // The words of the value as written are those of its folded form, so
    // they are read in place, without a folded copy.
    const char* const value = a.value();
    LevelSet set;
    bool any = false;
    bool ok = true;
    for (size_t start = 0;;) {
        while (isFoldedSpace(static_cast<unsigned char>(value[start])))
            ++start;
        if (value[start] == '\0')
            break;
        size_t end = start;
        while (value[end] != '\0' && !isFoldedSpace(static_cast<unsigned char>(value[end])))
            ++end;
        const std::string_view word(value + start, end - start);
        start = end;
        any = true;
        if (auto level = parseLevel(word)) {
            set.add(*level);
        } else {
            error(a, fmt::format("unknown level '{}' (use junior, mid, senior or strategic)", word));
            ok = false;
        }
    }
    if (!any) {
        error(a, fmt::format("'{}' on <{}> is empty", name, node.name()));
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    return set;
}

std::string ElementReader::text(pugi::xml_node node) const
{
    std::string raw;
    const char* only = nullptr; // the usual case, one text: folded without a copy
    int texts = 0;
    // The usual text is the element's own value (parse_embed_pcdata, see
    // XmlFile), with no child nodes at all; any text after a child element
    // or a CDATA section stays a node of its own and is added in order.
    if (const char* leading = node.value(); *leading) {
        only = leading;
        texts = 1;
    }
    pugi::xml_node_type type;  // doubles as the end test, as in checkNoText
    for (pugi::xml_node child = node.first_child(); (type = child.type()) != pugi::node_null;
         child = child.next_sibling()) {
        if (type == pugi::node_pcdata || type == pugi::node_cdata) {
            if (++texts == 1)
                only = child.value();
            else {
                if (texts == 2)
                    raw = only;
                raw += child.value();
            }
        }
        else if (type == pugi::node_element)
            error(child, fmt::format("<{}> holds plain text; element <{}> is not allowed inside it", node.name(),
                                     child.name()));
    }
    std::string folded = collapseWhitespace(texts == 1 ? std::string_view(only) : std::string_view(raw));
    if (folded.empty())
        error(node, fmt::format("<{}> is empty", node.name()));
    return folded;
}

}  // namespace amhire
