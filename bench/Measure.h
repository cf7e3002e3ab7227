#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace amhire::bench {

// One line of the report: our time against the raw library doing the same
// work in the same run. Only the ratio is judged; the machines are shared.
struct MeasureResult {
    std::string name;
    double oursMs = 0;
    double baselineMs = 0;
    double goal = 0;
    std::string note; // why a measure could not run, printed on stderr

    double ratio() const { return baselineMs > 0 ? oursMs / baselineMs : 0; }
    bool ok() const { return note.empty() && baselineMs > 0 && ratio() <= goal; }
};

// `<measure> ours=<ms> baseline=<ms> ratio=<x> goal=<y> ok|FAIL`
std::string formatResult(const MeasureResult& result);

double median(std::vector<double> values);
// Nearest-rank percentile, p in (0, 100].
double percentile(std::vector<double> values, double p);

class Stopwatch {
  public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    }

  private:
    std::chrono::steady_clock::time_point start_;
};

// What every measure may need: where things are, how often to repeat.
struct BenchContext {
    std::filesystem::path contentDir;
    std::filesystem::path workDir; // scratch databases, on the same disk as real ones
    std::filesystem::path cli;     // amhire-cli, which makes the demo data
    std::filesystem::path app;     // amhire
    std::filesystem::path bareFrame;
    int repetitions = 7;

    // A database with `candidates` candidates of one opening, 12 competencies
    // and 4 interviewers, made once by `amhire-cli demo-data` and reused.
    std::filesystem::path demoDatabase(int candidates) const;
};

std::vector<MeasureResult> measureContentLoad(const BenchContext& context);
std::vector<MeasureResult> measureScoreSave(const BenchContext& context);
std::vector<MeasureResult> measureCompare(const BenchContext& context);
std::vector<MeasureResult> measurePostingRender(const BenchContext& context);
std::vector<MeasureResult> measureGui(const BenchContext& context);

} // namespace amhire::bench
