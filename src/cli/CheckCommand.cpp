#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {

void addCheckCommand(CLI::App& app, CliContext& context)
{
    auto* cmd = app.add_subcommand("check", "Check the database file: schema version and integrity");
    cmd->callback([&context] {
        // Opening already refuses foreign, newer and corrupt files with a
        // clear message; integrity_check then reads every page.
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        Database& db = storage->database();
        const auto problems = db.integrityProblems();
        for (const auto& p : problems)
            fmt::print("{}: integrity: {}\n", db.path().string(), p);
        if (!problems.empty()) {
            fmt::print("{}: damaged ({} problems); restore it from a backup\n", db.path().string(), problems.size());
            context.exitCode = 1;
            return;
        }
        fmt::print("{}: ok (schema version {}, {} openings, {} candidates)\n", db.path().string(), db.schemaVersion(),
                   storage->openings().list().size(), storage->candidates().count());
    });
}

}  // namespace amhire::cli
