// gui_start: from process start to the main frame shown, amhire vs a bare
// wxFrame program; gui_rss_10k: peak resident memory of amhire showing the
// comparison of 10,000 candidates vs the bare frame. Both programs print
// "shown" at the first idle after their frame is on screen and then exit; the
// time is taken here, from just before fork() to reading that line, and the
// peak memory from wait4()'s ru_maxrss.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>

#include "Measure.h"

namespace amhire::bench {
namespace {

constexpr int kTimeoutMs = 120000;

struct ChildRun {
    double shownMs = 0;
    double peakRssMb = 0;
};

ChildRun runUntilShown(const std::vector<std::string>& argv, const std::filesystem::path& home)
{
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<char*> args;
    for (const std::string& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);

    Stopwatch watch;
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        // Settings and recent files go to a scratch home, the same for both programs.
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("NO_AT_BRIDGE", "1", 1);
        ::dup2(out[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, STDERR_FILENO); // GTK's warnings about a missing session bus
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(out[1]);

    ChildRun run;
    std::string seen;
    bool shown = false;
    while (!shown) {
        pollfd wait{out[0], POLLIN, 0};
        if (::poll(&wait, 1, kTimeoutMs) <= 0) {
            ::kill(pid, SIGKILL);
            break;
        }
        char buffer[256];
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, static_cast<size_t>(n));
        if (seen.find("shown\n") != std::string::npos) {
            run.shownMs = watch.elapsedMs();
            shown = true;
        }
    }
    ::close(out[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    if (!shown)
        throw std::runtime_error(fmt::format("{} never said it was shown (exit status {})", argv[0], status));
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    return run;
}

} // namespace

std::vector<MeasureResult> measureGui(const BenchContext& context)
{
    if (!std::getenv("DISPLAY"))
        return {{"gui_start", 0, 0, 1.5, "no DISPLAY: run under xvfb-run -a"},
                {"gui_rss_10k", 0, 0, 1.5, "no DISPLAY: run under xvfb-run -a"}};
    const auto home = context.workDir / "home";
    std::filesystem::create_directories(home);
    const auto contentArg = "--content=" + context.contentDir.string();
    const std::vector<std::string> bare{context.bareFrame.string(), "--exit-when-shown"};
    const std::vector<std::string> app{context.app.string(), contentArg,
                                       "--db=" + context.demoDatabase(1000).string(), "--exit-when-shown"};
    const std::vector<std::string> app10k{context.app.string(), contentArg,
                                          "--db=" + context.demoDatabase(10000).string(), "--compare=1",
                                          "--exit-when-shown"};

    runUntilShown(bare, home); // the first start of each reads fonts and libraries from disk
    runUntilShown(app, home);
    std::vector<double> bareStart, appStart, bareRss, appRss;
    for (int r = 0; r < context.repetitions; ++r) {
        auto runBare = [&] {
            const ChildRun run = runUntilShown(bare, home);
            bareStart.push_back(run.shownMs);
            bareRss.push_back(run.peakRssMb);
        };
        auto runApp = [&] { appStart.push_back(runUntilShown(app, home).shownMs); };
        // Alternate which goes first, so a slow moment does not always hit one side.
        if (r % 2 == 0) {
            runBare();
            runApp();
        }
        else {
            runApp();
            runBare();
        }
    }
    std::vector<MeasureResult> results{{"gui_start", median(appStart), median(bareStart), 1.5, {}}};
    try {
        for (int r = 0; r < context.repetitions; ++r)
            appRss.push_back(runUntilShown(app10k, home).peakRssMb);
        results.push_back({"gui_rss_10k", median(appRss), median(bareRss), 1.5, {}});
    }
    catch (const std::exception& failure) {
        results.push_back({"gui_rss_10k", 0, median(bareRss), 1.5, failure.what()});
    }
    return results;
}

} // namespace amhire::bench
