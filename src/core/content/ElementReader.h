#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "core/content/Diagnostic.h"
#include "core/content/Level.h"
#include "core/content/XmlFile.h"

namespace amhire {

// Reads the attributes and text of content elements, reporting every problem
// at its exact position and carrying on, so that one load lists all errors.
// Weights are relative; a thousandfold difference is already a typo.
inline constexpr double kMaxWeight = 100;

class ElementReader {
public:
    ElementReader(const XmlFile& file, Diagnostics& out) : file_(file), out_(out) {}

    const XmlFile& file() const { return file_; }
    void error(pugi::xml_node node, std::string message) const;
    void error(pugi::xml_attribute attribute, std::string message) const;
    void error(const SourceLocation& where, std::string message) const;

    // Reports attributes of `node` not in `allowed` (typos must not vanish).
    void checkAttributes(pugi::xml_node node, std::initializer_list<const char*> allowed) const;
    // Reports a child element as unknown inside `parent`.
    void unknownElement(pugi::xml_node child, pugi::xml_node parent) const;
    // Reports non-blank text directly inside a container element.
    void checkNoText(pugi::xml_node node) const;

    // A required attribute: reports it missing (at the element) or empty.
    std::optional<std::string> required(pugi::xml_node node, const char* name) const;
    // An id: lowercase letters, digits and single dashes.
    std::optional<std::string> id(pugi::xml_node node, const char* name) const;
    std::optional<long> integer(pugi::xml_node node, const char* name, long min, long max,
                                bool isRequired = true) const;
    std::optional<double> number(pugi::xml_node node, const char* name, bool isRequired = true) const;
    // A weight: a number greater than 0 and at most kMaxWeight.
    std::optional<double> weight(pugi::xml_node node, const char* name) const;
    // A space-separated level list such as "mid senior"; empty set when absent.
    std::optional<LevelSet> levels(pugi::xml_node node, const char* name, bool isRequired) const;

    // The element's text with runs of white space folded to one space; reports
    // empty text and child elements (text elements hold plain text only).
    std::string text(pugi::xml_node node) const;

    // node.attribute(name), answered from what checkAttributes found when it
    // last looked at `node`: the look-ups that follow it need no second search.
    pugi::xml_attribute attribute(pugi::xml_node node, const char* name) const;

private:
    // The attribute `name` of `node`, or null after reporting it missing.
    pugi::xml_attribute present(pugi::xml_node node, const char* name) const;


    // Appends one error, up to the file's maxErrorsPerFile; past it a single
    // line says how many were left out, so a hostile file cannot flood memory
    // or the user.
    void report(Diagnostic diagnostic) const;

    const XmlFile& file_;
    Diagnostics& out_;
    mutable size_t errors_ = 0;

    // The element checkAttributes saw last, and each name it allows with the
    // attribute of that name (null when absent).
    static constexpr size_t kCheckedNames = 8;
    mutable pugi::xml_node checkedNode_;
    mutable const char* checkedNames_[kCheckedNames] = {};
    mutable pugi::xml_attribute checkedAttributes_[kCheckedNames];
    mutable size_t checkedCount_ = 0;
};

}  // namespace amhire
