#pragma once

#include <cstddef>
#include <string_view>

namespace amhire {

struct LineColumn {
    int line = 1;
    int column = 1;
};

// Turns byte offsets in a text into 1-based line and column, the way editors
// show them: a column counts characters, not bytes, and a leading UTF-8 byte
// order mark takes none. Only "\n" ends a line (a CRLF file has its "\r" at
// the end of each line, one column, as before).
//
// Every item of a content file asks for its position while the file is read,
// in document order or nearly, so there is no line table: a cursor remembers
// the last line and moves from there, counting newlines a word at a time.
class TextPositions {
public:
    explicit TextPositions(std::string_view text) : text_(text) {}

    LineColumn at(size_t offset);

private:
    std::string_view text_;
    size_t cursor_ = 0;     // the offset the line below was found for
    size_t lineStart_ = 0;  // where the cursor's line begins
    int line_ = 1;
};

// The number of '\n' in `text` (64, 16 or 8 bytes a step).
size_t countNewlines(std::string_view text);

// The offset of the last '\n' in `text`, or npos (16 bytes a step, from the end).
size_t lastNewline(std::string_view text);

}  // namespace amhire
