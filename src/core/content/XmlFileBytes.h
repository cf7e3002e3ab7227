#pragma once

#include <cstddef>
#include <memory>

namespace amhire {

// Memory for the bytes of content files, kept from one file to the next of a
// load: the bytes as read (for positions) and a copy that pugixml parses in
// place. Allocated per file, these two and the parser's pages were freed at
// the top of the heap after every file, and glibc handed that memory back to
// the system and asked for it again for the next file: two system calls and
// fresh pages to fault in, per file, costing more than reading it.
// An XmlFile loaded into these bytes must not outlive them, nor the next load.
class XmlFileBytes {
public:
    // Makes room for `size` bytes in each; what they held is lost.
    void fit(size_t size)
    {
        if (size <= capacity_)
            return;
        // Doubling: the files of a load come in no order of size.
        capacity_ = size > 2 * capacity_ ? size : 2 * capacity_;
        asRead_.reset(new char[capacity_]);
        toParse_.reset(new char[capacity_]);
    }

    char* asRead() const { return asRead_.get(); }
    char* toParse() const { return toParse_.get(); }

private:
    std::unique_ptr<char[]> asRead_;
    std::unique_ptr<char[]> toParse_;
    size_t capacity_ = 0;
};

}  // namespace amhire
