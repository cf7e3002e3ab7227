#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace amhire {

// A problem with the bytes of a content file, found before XML parsing.
struct EncodingProblem {
    size_t offset = 0;        // where, in bytes
    bool wholeFile = false;   // the file as a whole is wrong (reported at 0:0)
    std::string message;
};

// Checks that `text` is what content files must be: UTF-8 (one leading byte
// order mark allowed), no other encoding, and only characters XML 1.0
// allows, also through character references such as `&#0;`. pugixml accepts
// all of these silently and passes broken bytes on (a `&#0;` even cuts a
// value short), so they are refused here, at the first offending byte.
std::optional<EncodingProblem> findEncodingProblem(std::string_view text);

// The number of bytes of a leading UTF-8 byte order mark (0 or 3).
size_t utf8BomLength(std::string_view text);

}  // namespace amhire
