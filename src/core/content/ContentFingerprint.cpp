#include "core/content/ContentFingerprint.h"

#include <fmt/format.h>

// Header only: the hash is inlined into the loop that feeds it.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/content/ContentLoader.h"

namespace amhire {

void ContentFingerprint::addFile(std::string_view bytes)
{
    fileHashesAndSizes_.push_back(XXH3_64bits(bytes.data(), bytes.size()));
    fileHashesAndSizes_.push_back(bytes.size());
}

std::string ContentFingerprint::value() const
{
    const std::uint64_t hash =
        XXH3_64bits(fileHashesAndSizes_.data(), fileHashesAndSizes_.size() * sizeof(std::uint64_t));
    return fmt::format("{}{:016x}", kFingerprintPrefix, hash);
}

std::string legacyFingerprint(const std::vector<std::string_view>& filesInLoadOrder)
{
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a, 64 bit
    for (std::string_view bytes : filesInLoadOrder) {
        for (unsigned char c : bytes) {
            hash ^= c;
            hash *= 1099511628211ull;
        }
        hash ^= 0xFF;  // separates files so moving bytes between them changes the hash
        hash *= 1099511628211ull;
    }
    return fmt::format("{:016x}", hash);
}

bool fingerprintMatches(const std::string& stored, const std::string& currentFingerprint,
                        const std::filesystem::path& root)
{
    if (stored.compare(0, kFingerprintPrefix.size(), kFingerprintPrefix) == 0)
        return stored == currentFingerprint;
    if (stored.size() != 16)  // neither kind (e.g. the demo data's "demo"): never the content
        return false;
    // The old fingerprint covered the files that loaded, in load order: read
    // them the way the loader does, so a file that failed then is left out now.
    std::vector<std::string> files;
    for (const auto& path : contentFilesInLoadOrder(root)) {
        Diagnostics ignored;
        if (auto file = XmlFile::load(path, ignored))
            files.emplace_back(file->original());
    }
    return stored == legacyFingerprint(std::vector<std::string_view>(files.begin(), files.end()));
}

}  // namespace amhire
