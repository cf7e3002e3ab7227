#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/CliContext.h"
#include "core/LibraryVersions.h"

int main(int argc, char** argv)
{
    amhire::cli::CliContext context;
    context.executable = argv[0];

    CLI::App app{"amhire-cli: the scriptable face of amhire, a tool for hiring Account Managers"};
    app.set_version_flag("--version",
                         std::string("amhire-cli ") + AMHIRE_VERSION + "\n" + amhire::libraryVersions());
    app.require_subcommand(1);
    // Global options may come before or after the command: `validate --content DIR`.
    app.fallthrough();
    app.add_option("--content", context.contentDir, "Content folder (with rubrics/, questionbank/, templates/)")
        ->check(CLI::ExistingDirectory);
    app.add_option("--db", context.databasePath, "Database file (default: the app's, under $XDG_DATA_HOME/amhire)");

    amhire::cli::addValidateCommand(app, context);
    amhire::cli::addPostingCommands(app, context);
    amhire::cli::addOpeningCommands(app, context);
    amhire::cli::addCandidateCommands(app, context);
    amhire::cli::addCheckCommand(app, context);
    amhire::cli::addDemoDataCommand(app, context);
    amhire::cli::addCompareCommand(app, context);
    amhire::cli::addBackupCommands(app, context);
    amhire::cli::addKitCommand(app, context);
    amhire::cli::addScorecardCommands(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const amhire::cli::CliFailure& e) {
        std::cerr << "amhire-cli: error: " << e.what() << '\n';
        return e.exitCode;
    } catch (const std::exception& e) {
        std::cerr << "amhire-cli: error: " << e.what() << '\n';
        return 2;
    }
    return context.exitCode;
}
