// amhire-bench: prints one line per measure,
//   <measure> ours=<ms> baseline=<ms> ratio=<x> goal=<y> ok|FAIL
// (gui_rss_10k gives megabytes in the same places) and exits 1 if any fails.
// Usage: amhire-bench [--only a,b] [--repetitions N] [--work DIR]
//                     [--content DIR] [--cli PATH] [--app PATH] [--bare-frame PATH]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <string>

#include <fmt/format.h>

#include "Measure.h"

using namespace amhire::bench;

namespace {

struct Group {
    const char* names; // the measures it prints, for --only
    std::function<std::vector<MeasureResult>(const BenchContext&)> run;
};

bool wanted(const std::string& only, const char* names)
{
    if (only.empty())
        return true;
    size_t start = 0;
    while (start <= only.size()) {
        size_t end = only.find(',', start);
        if (end == std::string::npos)
            end = only.size();
        const std::string name = only.substr(start, end - start);
        if (!name.empty() && std::strstr(names, name.c_str()))
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    BenchContext context;
    context.contentDir = AMHIRE_BENCH_CONTENT_DIR;
    context.workDir = AMHIRE_BENCH_WORK_DIR;
    context.cli = AMHIRE_BENCH_CLI;
    context.app = AMHIRE_BENCH_APP;
    context.bareFrame = AMHIRE_BENCH_BARE_FRAME;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--only" && hasValue)
            only = argv[++i];
        else if (arg == "--repetitions" && hasValue)
            context.repetitions = std::max(5, std::atoi(argv[++i]));
        else if (arg == "--work" && hasValue)
            context.workDir = argv[++i];
        else if (arg == "--content" && hasValue)
            context.contentDir = argv[++i];
        else if (arg == "--cli" && hasValue)
            context.cli = argv[++i];
        else if (arg == "--app" && hasValue)
            context.app = argv[++i];
        else if (arg == "--bare-frame" && hasValue)
            context.bareFrame = argv[++i];
        else {
            std::fprintf(stderr,
                         "usage: %s [--only a,b] [--repetitions N (>= 5)] [--work DIR] [--content DIR] "
                         "[--cli PATH] [--app PATH] [--bare-frame PATH]\n",
                         argv[0]);
            return 2;
        }
    }
    std::filesystem::create_directories(context.workDir);

    const Group groups[] = {
        {"content_load", measureContentLoad},
        {"score_save score_save_p99", measureScoreSave},
        {"compare_1k compare_10k_scaling", measureCompare},
        {"posting_render", measurePostingRender},
        {"gui_start gui_rss_10k", measureGui},
    };
    bool allOk = true;
    for (const Group& group : groups) {
        if (!wanted(only, group.names))
            continue;
        std::vector<MeasureResult> results;
        try {
            results = group.run(context);
        }
        catch (const std::exception& failure) {
            std::fprintf(stderr, "%s: %s\n", group.names, failure.what());
            std::string names = group.names;
            for (size_t start = 0, end = 0; start < names.size(); start = end + 1) {
                end = std::min(names.find(' ', start), names.size());
                results.push_back({names.substr(start, end - start), 0, 0, 0, failure.what()});
            }
        }
        for (const MeasureResult& result : results) {
            if (!result.note.empty())
                std::fprintf(stderr, "%s: %s\n", result.name.c_str(), result.note.c_str());
            std::printf("%s\n", formatResult(result).c_str());
            std::fflush(stdout);
            allOk = allOk && result.ok();
        }
    }
    return allOk ? 0 : 1;
}
