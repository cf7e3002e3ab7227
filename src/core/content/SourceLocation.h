#pragma once

#include <memory>
#include <string>

namespace amhire {

// Where an item was read from, kept on every loaded item so that checks which
// span several files (a question naming an unknown competency) can still point
// at the exact spot.
struct SourceLocation {
    // The file's path, shared by all the locations in it: a load makes about
    // a thousand locations, and a path of their own would be an allocation each.
    std::shared_ptr<const std::string> file;
    int line = 0;
    int column = 0;

    const std::string& path() const
    {
        static const std::string none;
        return file ? *file : none;
    }
};

}  // namespace amhire
