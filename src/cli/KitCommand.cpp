#include <memory>

#include <fmt/format.h>

#include "cli/CliContext.h"
#include "core/Counted.h"
#include "core/export/ExportError.h"
#include "core/interview/InterviewStart.h"
#include "core/interview/PaperKit.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::cli {
namespace {

struct KitOptions {
    int64_t openingId = 0;
    std::string kind = "panel";
    int minutes = 60;
    std::string output;
};

void printKit(const Content& content, const Kit& kit)
{
    size_t number = 0;
    for (const KitSection& section : kit.sections) {
        const Competency* competency = content.competency(section.competencyId);
        fmt::print("{} (weight {:g})\n", competency ? competency->name : section.competencyId, section.weight);
        for (const std::string& id : section.questionIds) {
            const Question* q = content.question(id);
            fmt::print("  {:>2}. [{}] {} min  {}\n", ++number, id, q ? q->minutes : 0, q ? q->text : "");
        }
    }
    for (const std::string& id : kit.uncovered)
        fmt::print("no question fits the time for: {}\n", id);
    fmt::print("{}, {} of questions, {} kept free\n", counted(number, "question", "questions"),
               counted(kit.plannedMinutes, "minute", "minutes"),
               counted(kKitReserveMinutes, "minute", "minutes"));
}

}  // namespace

void addKitCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<KitOptions>();
    auto* cmd = app.add_subcommand("kit", "Show an opening's interview kit, or write it as a PDF to print");
    cmd->add_option("--opening", options->openingId, "Opening id")->required();
    cmd->add_option("--kind", options->kind, "phone-screen, hiring-manager, panel or role-play")
        ->check(CLI::IsMember({"phone-screen", "hiring-manager", "panel", "role-play"}));
    cmd->add_option("--minutes", options->minutes, "Length of the interview")->check(CLI::Range(15, 240));
    cmd->add_option("-o,--output", options->output, "Write the paper kit PDF here instead of printing the kit");
    cmd->callback([&context, options] {
        const ContentLoadResult loaded = context.loadContentOrFail();
        auto storage = context.openStorage(OpenMode::ExistingOnly);
        const auto opening = storage->openings().find(options->openingId);
        if (!opening)
            throw CliFailure(fmt::format("There is no opening {}; amhire-cli opening list shows them.",
                                         options->openingId),
                             2);
        const InterviewKind kind = *parseInterviewKind(options->kind);
        const Kit kit = kitForOpening(loaded.content, *opening, kind, options->minutes);
        if (options->output.empty()) {
            printKit(loaded.content, kit);
            return;
        }
        PaperKitInput input;
        input.openingTitle = opening->title;
        input.kindTitle = interviewKindTitle(kind);
        input.lengthMinutes = options->minutes;
        input.questionIds = kit.questionIds();
        input.scorecard = opening->scorecard.entries;
        try {
            writePaperKit(options->output, loaded.content, input);
        } catch (const ExportError& e) {
            throw CliFailure(e.what(), 1);
        }
        fmt::print("wrote {}\n", options->output);
    });
}

}  // namespace amhire::cli
