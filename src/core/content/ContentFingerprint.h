#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// A stable fingerprint of the content files, stored with each opening's
// scorecard so a later reader can tell whether the XML has changed since.
// It is XXH3 (64 bit) of each file, combined in load order, written as
// "xxh3:" and 16 hex digits. Openings made before it hold a bare 16-digit
// FNV-1a fingerprint; see fingerprintMatches.
class ContentFingerprint {
public:
    // Adds the next file's bytes, in load order.
    void addFile(std::string_view bytes);
    std::string value() const;

private:
    // Per file: its hash and its length, so moving bytes between files changes the result.
    std::vector<std::uint64_t> fileHashesAndSizes_;
};

inline constexpr std::string_view kFingerprintPrefix = "xxh3:";

// The fingerprint of the first versions (byte-serial FNV-1a over every file
// that loaded, 0xFF after each), kept to check openings that carry one.
std::string legacyFingerprint(const std::vector<std::string_view>& filesInLoadOrder);

// Whether `stored` (from an opening) is the fingerprint of the content under
// `root` as it is now, loaded as `current`. An old FNV-1a fingerprint is
// recomputed the old way, reading the files again: only when one is met.
bool fingerprintMatches(const std::string& stored, const std::string& currentFingerprint,
                        const std::filesystem::path& root);

}  // namespace amhire
