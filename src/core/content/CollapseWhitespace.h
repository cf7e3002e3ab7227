#pragma once

#include <string>
#include <string_view>

namespace amhire {

// `text` with leading and trailing white space dropped and every run of white
// space inside it made one space, white space being what isspace() is in the
// C locale. Content texts and attributes are read this way, so that a line
// break in the XML is not one in the app, and so are a posting's form
// fields, which arrive as typed: a line break would end the Markdown line a
// value lands in.
std::string collapseWhitespace(std::string_view text);
// The same into `out`, reusing its room when `text` needs no folding.
void assignCollapsed(std::string& out, std::string_view text);

// Whether `byte` is white space as collapseWhitespace folds it: ' ', or '\t'
// '\n' '\v' '\f' '\r' (9 to 13), as isspace in the C locale.
inline bool isFoldedSpace(unsigned char byte)
{
    return byte == ' ' || static_cast<unsigned>(byte - 9) <= 4u;
}

}  // namespace amhire
