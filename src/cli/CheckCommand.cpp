#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/Counted.h"
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
            fmt::print("{}: damaged ({}); restore it from a backup\n", db.path().string(),
                       counted(static_cast<long long>(problems.size()), "problem", "problems"));
            context.exitCode = 1;
            return;
        }
        fmt::print("{}: ok (schema version {}, {}, {})\n", db.path().string(), db.schemaVersion(),
                   counted(static_cast<long long>(storage->openings().list().size()), "opening", "openings"),
                   counted(storage->candidates().count(), "candidate", "candidates"));
    });
}

}  // namespace amhire::cli
