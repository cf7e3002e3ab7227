// content_load: load and validate all bundled content vs a raw pugixml parse
// of the same files, each repeated 20 times per repetition.
#include <stdexcept>

#include <pugixml.hpp>

#include "Measure.h"
#include "core/content/ContentLoader.h"

namespace amhire::bench {
namespace {

constexpr int kLoadsPerRepetition = 20;

std::vector<std::filesystem::path> contentFiles(const std::filesystem::path& root)
{
    std::vector<std::filesystem::path> files;
    for (const char* folder : kContentFolders)
        for (const auto& entry : std::filesystem::directory_iterator(root / folder))
            if (entry.path().extension() == ".xml")
                files.push_back(entry.path());
    return files;
}

double timeOurs(const std::filesystem::path& root)
{
    Stopwatch watch;
    for (int i = 0; i < kLoadsPerRepetition; ++i) {
        const ContentLoadResult result = loadContent(root);
        if (!result.ok())
            throw std::runtime_error("the bundled content does not load cleanly");
    }
    return watch.elapsedMs();
}

double timeRaw(const std::vector<std::filesystem::path>& files)
{
    Stopwatch watch;
    for (int i = 0; i < kLoadsPerRepetition; ++i)
        for (const auto& file : files) {
            pugi::xml_document doc;
            if (!doc.load_file(file.c_str()))
                throw std::runtime_error("pugixml cannot parse " + file.string());
        }
    return watch.elapsedMs();
}

} // namespace

std::vector<MeasureResult> measureContentLoad(const BenchContext& context)
{
    const auto files = contentFiles(context.contentDir);
    timeOurs(context.contentDir); // warm the page cache and the allocator
    timeRaw(files);
    std::vector<double> ours, raw;
    for (int r = 0; r < context.repetitions; ++r) {
        // Alternate which goes first, so a slow moment does not always hit one side.
        if (r % 2 == 0) {
            ours.push_back(timeOurs(context.contentDir));
            raw.push_back(timeRaw(files));
        }
        else {
            raw.push_back(timeRaw(files));
            ours.push_back(timeOurs(context.contentDir));
        }
    }
    return {{"content_load", median(ours), median(raw), 2.0, {}}};
}

} // namespace amhire::bench
