#pragma once

#include <exception>
#include <filesystem>
#include <functional>
#include <ostream>

#include "core/export/ExportError.h"

namespace amhire {

// The file an export is written into, beside its target and renamed over it
// only once complete: an export that fails half-way (a full disk, a database
// that cannot be read) leaves neither a cut-off file nor a damaged one where
// the user's previous export was. Removed again however the export ends.
class PartialFile {
  public:
    explicit PartialFile(const std::filesystem::path& target);
    ~PartialFile();
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    // Where to write.
    const std::filesystem::path& path() const { return partial_; }

    // The failure of a write to path(), its message naming the file the user
    // chose rather than this one.
    ExportError aboutTarget(const std::exception& failure) const;

    // Writes path() through `write`, as a binary stream. Throws ExportError,
    // naming the target, when the file cannot be made or written whole.
    void writeStream(const std::function<void(std::ostream&)>& write) const;

    // Puts the finished file in the target's place. Throws ExportError.
    void commit();

  private:
    std::filesystem::path target_;
    std::filesystem::path partial_;
    bool committed_ = false;
};

} // namespace amhire
