#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "TestPaths.h"

namespace amhire::test {

struct CliResult {
    int exitCode = -1;
    std::string output; // stdout and stderr together, as a user sees them
};

// Runs the built amhire-cli with `arguments` (already shell-quoted) and
// captures what it prints.
inline CliResult runCli(const std::string& arguments)
{
    const std::string command = std::string("'") + AMHIRE_CLI_PATH + "' " + arguments + " 2>&1";
    CliResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::string quote(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A fresh database in a temp dir that every command of a test runs against.
struct CliDatabase {
    TempDir dir;
    std::string db = (dir.path() / "amhire.db").string();
    CliResult run(const std::string& args) const { return runCli("--db " + quote(db) + " " + args); }
};

} // namespace amhire::test
