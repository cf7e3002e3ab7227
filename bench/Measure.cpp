#include "Measure.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>

namespace amhire::bench {

std::string formatResult(const MeasureResult& result)
{
    return fmt::format("{} ours={:.3f} baseline={:.3f} ratio={:.2f} goal={} {}", result.name, result.oursMs,
                       result.baselineMs, result.ratio(), result.goal, result.ok() ? "ok" : "FAIL");
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower =
        *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
    return (lower + upper) / 2;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

std::filesystem::path BenchContext::demoDatabase(int candidates) const
{
    const auto path = workDir / fmt::format("demo-{}.db", candidates);
    if (std::filesystem::exists(path))
        return path;
    const auto partial = workDir / fmt::format("demo-{}.partial.db", candidates);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(partial.string() + suffix);
    const std::string command =
        fmt::format("'{}' --content '{}' --db '{}' demo-data --openings 1 --candidates {} --interviewers 4 "
                    "--competencies 12 --seed 7 >/dev/null",
                    cli.string(), contentDir.string(), partial.string(), candidates);
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("could not make the demo data: " + command);
    std::filesystem::rename(partial, path);
    for (const char* suffix : {"-wal", "-shm"})
        std::filesystem::remove(partial.string() + suffix);
    return path;
}

} // namespace amhire::bench
