#pragma once

#include <string>

namespace amhire {

// Where an item was read from, kept on every loaded item so that checks which
// span several files (a question naming an unknown competency) can still point
// at the exact spot.
struct SourceLocation {
    std::string path;
    int line = 0;
    int column = 0;
};

}  // namespace amhire
