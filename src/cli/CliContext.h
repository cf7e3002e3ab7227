#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace amhire::cli {

// Options every command shares, filled in by CLI11 before a command runs.
struct CliContext {
    std::filesystem::path executable;
    std::optional<std::filesystem::path> contentDir;
    std::optional<std::filesystem::path> databasePath;
    int exitCode = 0;

    std::filesystem::path resolvedContentDir() const;
    std::filesystem::path resolvedDatabasePath() const;
};

// Each command file adds its subcommand(s) to the app.
void addValidateCommand(CLI::App& app, CliContext& context);
void addPostingCommands(CLI::App& app, CliContext& context);
void addCompareCommand(CLI::App& app, CliContext& context);

}  // namespace amhire::cli
