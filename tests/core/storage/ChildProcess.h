#pragma once

// Runs test code in a forked child process: a second amhire process on the
// same database, or a process with its own mount namespace for a tmpfs.
// Catch2 assertions do not cross fork(), so a child reports a string: empty
// when all went well, "skip: why" when the machine cannot run the scenario,
// anything else is the failure.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <exception>
#include <functional>
#include <stdexcept>
#include <string>

namespace amhire::test {

class ChildProcess {
  public:
    // Starts `body` in a child. The child may call signalReady() once it holds
    // what the parent waits for; waitReady() blocks until then.
    explicit ChildProcess(std::function<std::string(ChildProcess&)> body)
    {
        if (::pipe(report_) != 0 || ::pipe(ready_) != 0)
            throw std::runtime_error("pipe failed");
        pid_ = ::fork();
        if (pid_ < 0)
            throw std::runtime_error("fork failed");
        if (pid_ == 0) {
            ::close(report_[0]);
            ::close(ready_[0]);
            std::string result;
            try {
                result = body(*this);
            }
            catch (const std::exception& e) {
                result = std::string("exception: ") + e.what();
            }
            catch (...) {
                result = "unknown exception";
            }
            (void)!::write(report_[1], result.data(), result.size());
            ::_exit(0); // no destructors, no atexit: the parent's objects are not ours
        }
        ::close(report_[1]);
        ::close(ready_[1]);
    }

    ~ChildProcess()
    {
        if (pid_ > 0 && !finished_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        ::close(report_[0]);
        ::close(ready_[0]);
    }

    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    void signalReady() { (void)!::write(ready_[1], "r", 1); }

    bool waitReady()
    {
        char byte = 0;
        return ::read(ready_[0], &byte, 1) == 1;
    }

    // Waits for the child and returns its report, or how it died.
    std::string wait()
    {
        std::string result;
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::read(report_[0], buffer, sizeof buffer)) > 0)
            result.append(buffer, static_cast<size_t>(n));
        int status = 0;
        ::waitpid(pid_, &status, 0);
        finished_ = true;
        if (WIFSIGNALED(status))
            return "child died with signal " + std::to_string(WTERMSIG(status));
        return result;
    }

    void kill()
    {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        finished_ = true;
    }

  private:
    pid_t pid_ = -1;
    int report_[2] = {-1, -1};
    int ready_[2] = {-1, -1};
    bool finished_ = false;
};

// Runs `body` in a child and returns its report.
inline std::string runInChild(std::function<std::string()> body)
{
    ChildProcess child([&](ChildProcess&) { return body(); });
    return child.wait();
}

} // namespace amhire::test
