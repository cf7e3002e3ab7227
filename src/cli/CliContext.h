#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <memory>

#include <CLI/CLI.hpp>

#include "core/content/ContentLoader.h"
#include "core/storage/Database.h"

namespace amhire {
class SqliteStorage;
}

namespace amhire::cli {

// Options every command shares, filled in by CLI11 before a command runs.
struct CliContext {
    std::filesystem::path executable;
    std::optional<std::filesystem::path> contentDir;
    std::optional<std::filesystem::path> databasePath;
    int exitCode = 0;

    std::filesystem::path resolvedContentDir() const;
    std::filesystem::path resolvedDatabasePath() const;

    // Loads the content; on errors prints them to stderr and throws CliFailure.
    ContentLoadResult loadContentOrFail() const;
    std::unique_ptr<SqliteStorage> openStorage(OpenMode mode = OpenMode::CreateIfMissing) const;
    // Who is acting, for the audit log: the login name.
    std::string actor() const;
};

// Thrown by a command to end with a message on stderr and an exit code.
struct CliFailure : std::runtime_error {
    CliFailure(const std::string& message, int code) : std::runtime_error(message), exitCode(code) {}
    int exitCode;
};

// Each command file adds its subcommand(s) to the app.
void addValidateCommand(CLI::App& app, CliContext& context);
void addPostingCommands(CLI::App& app, CliContext& context);
void addOpeningCommands(CLI::App& app, CliContext& context);
void addCandidateCommands(CLI::App& app, CliContext& context);
void addCheckCommand(CLI::App& app, CliContext& context);
void addDemoDataCommand(CLI::App& app, CliContext& context);
void addCompareCommand(CLI::App& app, CliContext& context);
void addBackupCommands(CLI::App& app, CliContext& context);
void addKitCommand(CLI::App& app, CliContext& context);
void addScorecardCommands(CLI::App& app, CliContext& context);

}  // namespace amhire::cli
