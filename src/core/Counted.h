#pragma once

#include <string>
#include <string_view>

namespace amhire {

// "1 candidate", "2 candidates": a count with its noun in English, for the
// command-line tool's messages and the texts core writes (the window words
// its own through wxPLURAL, for translation).
std::string counted(long long count, std::string_view singular, std::string_view plural);

} // namespace amhire
