#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/CliContext.h"
#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

namespace {

void addList(CLI::App& parent, CliContext& context)
{
    auto json = std::make_shared<bool>(false);
    auto* list = parent.add_subcommand("list", "List the backups of the database, newest first");
    list->add_flag("--json", *json, "Print JSON");
    list->callback([&context, json] {
        const auto backups = listBackups(context.resolvedDatabasePath());
        nlohmann::json out = nlohmann::json::array();
        for (const DatabaseBackup& backup : backups) {
            if (*json)
                out.push_back(
                    {{"path", backup.path.string()}, {"taken_at", backup.takenAt}, {"size", backup.size}});
            else
                fmt::print("{}  {:>10}  {}\n", backup.takenAt, backup.size, backup.path.string());
        }
        if (*json)
            std::cout << out.dump(2) << '\n';
        else if (backups.empty())
            fmt::print("no backups in {}\n", backupFolderFor(context.resolvedDatabasePath()).string());
    });
}

void addTake(CLI::App& parent, CliContext& context)
{
    auto keep = std::make_shared<int>(kDefaultBackupsKept);
    auto* take = parent.add_subcommand("take", "Back up the database now");
    take->add_option("--keep", *keep, "How many backups to keep")->check(CLI::PositiveNumber);
    take->callback([&context, keep] {
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        const auto backup = takeBackup(storage->database(), *keep);
        if (backup)
            fmt::print("{}\n", backup->path.string());
        else
            fmt::print("unchanged since the newest backup; no new backup\n");
    });
}

void addRestore(CLI::App& parent, CliContext& context)
{
    auto file = std::make_shared<std::string>();
    auto yes = std::make_shared<bool>(false);
    auto* restore = parent.add_subcommand("restore", "Replace the database with one of its backups");
    restore->add_option("BACKUP", *file, "Backup file (see `backup list`)")
        ->required()
        ->check(CLI::ExistingFile);
    restore->add_flag("--yes", *yes, "Confirm: the current file is backed up first, then replaced");
    restore->callback([&context, file, yes] {
        if (!*yes)
            throw CliFailure("restoring replaces the database with the backup (the current file is backed up "
                             "first); add --yes to confirm",
                             2);
        const auto safety = restoreBackup(context.resolvedDatabasePath(), *file);
        fmt::print("restored {} from {}\n", context.resolvedDatabasePath().string(), *file);
        if (safety)
            fmt::print("the previous file is kept as {}\n", safety->path.string());
    });
}

} // namespace

void addBackupCommands(CLI::App& app, CliContext& context)
{
    auto* backup = app.add_subcommand("backup", "Backups of the database (kept in backups/ beside it)");
    backup->require_subcommand(1);
    addList(*backup, context);
    addTake(*backup, context);
    addRestore(*backup, context);
}

} // namespace amhire::cli
