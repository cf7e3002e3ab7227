#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/CliContext.h"
#include "core/content/ContentLoader.h"
#include "core/export/ExportError.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingFile.h"

namespace amhire::cli {

namespace {

// Exit codes: 0 done (no blocking finding), 1 blocking findings, 2 the
// command could not run (bad arguments, unreadable files).
constexpr int kBlocking = 1;
constexpr int kUsage = 2;

// Postings are small; anything past this is the wrong file.
constexpr std::uintmax_t kMaxPostingBytes = 1024 * 1024;

struct PostingOptions {
    std::string templateId;
    std::string level;
    std::string company;
    std::string location;
    std::string workModel = "on-site";
    std::string team;
    std::string reportsTo;
    std::optional<long> payMin, payMax, oteMin, oteMax;
    std::vector<std::string> benefits;
    std::string howToApply;
    std::string format = "md";
    std::optional<std::filesystem::path> output;
};

struct CheckOptions {
    std::filesystem::path file;
    bool json = false;
    std::string templateId;
    std::string level;
};

int fail(const std::string& message)
{
    std::cerr << "amhire-cli: error: " << message << '\n';
    return kUsage;
}

std::string joinIds(const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

// The template and its band for the ids given, or a message naming the valid ids.
const JobTemplate* findTemplate(const Content& content, const std::string& templateId,
                                const std::string& levelName, Level& level, std::string& error)
{
    const JobTemplate* t = content.jobTemplate(templateId);
    if (!t) {
        std::vector<std::string> ids;
        for (const JobTemplate& known : content.templates())
            ids.push_back(known.id);
        error = ids.empty()
                    ? fmt::format("unknown template '{}': no templates could be loaded (run `amhire-cli "
                                  "validate`)",
                                  templateId)
                    : fmt::format("unknown template '{}'; valid templates: {}", templateId, joinIds(ids));
        return nullptr;
    }
    std::vector<std::string> levels;
    for (const LevelBand& band : t->levels)
        levels.push_back(levelId(band.level));
    auto parsed = parseLevel(levelName);
    if (!parsed || !t->band(*parsed)) {
        error = fmt::format("unknown level '{}' for template '{}'; valid levels: {}", levelName, templateId,
                            joinIds(levels));
        return nullptr;
    }
    level = *parsed;
    return t;
}

bool readFile(const std::filesystem::path& path, std::string& text, std::string& error)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = fmt::format("cannot read {}: {}", path.string(), ec.message());
        return false;
    }
    if (size > kMaxPostingBytes) {
        error = fmt::format("{} is {} bytes; a posting may be at most {} bytes", path.string(), size,
                            kMaxPostingBytes);
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        error = fmt::format("cannot read {}", path.string());
        return false;
    }
    text = buffer.str();
    return true;
}

int runPosting(const CliContext& context, const PostingOptions& o)
{
    const auto format = parsePostingFileFormat(o.format);
    if (!format)
        return fail(fmt::format("unknown format '{}'; valid formats: md, html, txt", o.format));
    auto workModel = parseWorkModel(o.workModel);
    if (!workModel)
        return fail(
            fmt::format("unknown work model '{}'; valid work models: on-site, hybrid, remote", o.workModel));
    if (o.payMin && o.payMax && *o.payMin > *o.payMax)
        return fail(fmt::format("--pay-min {} is greater than --pay-max {}", *o.payMin, *o.payMax));
    if (o.oteMin && o.oteMax && *o.oteMin > *o.oteMax)
        return fail(fmt::format("--ote-min {} is greater than --ote-max {}", *o.oteMin, *o.oteMax));

    const ContentLoadResult loaded = loadContent(context.resolvedContentDir());
    Level level = Level::Mid;
    std::string error;
    const JobTemplate* t = findTemplate(loaded.content, o.templateId, o.level, level, error);
    if (!t)
        return fail(error);

    PostingInput input;
    input.templateId = t->id;
    input.level = level;
    input.company = o.company;
    input.location = o.location;
    input.team = o.team;
    input.reportsTo = o.reportsTo;
    input.workModel = *workModel;
    input.payMin = o.payMin;
    input.payMax = o.payMax;
    input.oteMin = o.oteMin;
    input.oteMax = o.oteMax;
    input.extraBenefits = o.benefits;
    input.howToApply = o.howToApply;
    const Posting posting = renderPosting(*t, input);

    if (!o.output) {
        std::cout << postingFileText(posting, *format);
        return 0;
    }
    try {
        savePosting(posting, *format, *o.output);
    }
    catch (const ExportError& failure) {
        return fail(failure.what());
    }
    return 0;
}

// Keys in the order a reader wants them, not alphabetical.
nlohmann::ordered_json toJson(const PostingReport& report, const std::string& file)
{
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& f : report.findings)
        findings.push_back({{"severity", toString(f.severity)},
                            {"code", f.code},
                            {"message", f.message},
                            {"line", f.line},
                            {"column", f.column},
                            {"offset", f.offset},
                            {"length", f.length}});
    return {{"file", file},
            {"findings", findings},
            {"masculine_count", report.masculineCount},
            {"feminine_count", report.feminineCount},
            {"masculine_words", report.masculineWords},
            {"feminine_words", report.feminineWords},
            {"verdict", report.verdict},
            {"word_count", report.wordCount},
            {"flesch_reading_ease", std::round(report.fleschReadingEase * 10) / 10},
            {"blocking", report.blocking()}};
}

int runCheckPosting(const CliContext& context, const CheckOptions& o)
{
    if (o.templateId.empty() != o.level.empty())
        return fail("--template and --level go together: the pay band is per template and level");
    std::string text;
    std::string error;
    if (!readFile(o.file, text, error))
        return fail(error);

    const std::filesystem::path contentDir = context.resolvedContentDir();
    Diagnostics problems;
    GenderCodedWords words = loadGenderCodedWords(genderCodedWordsFile(contentDir), problems);
    if (hasErrors(problems)) {
        for (const Diagnostic& d : problems)
            std::cerr << d.format() << '\n';
        return fail("the gender-coded word list could not be read");
    }
    PostingCheckContext checkContext;
    if (!o.templateId.empty()) {
        const ContentLoadResult loaded = loadContent(contentDir);
        Level level = Level::Mid;
        const JobTemplate* t = findTemplate(loaded.content, o.templateId, o.level, level, error);
        if (!t)
            return fail(error);
        checkContext = checkContextFor(*t, level, std::move(words));
    }
    else {
        checkContext.words = std::move(words);
    }

    const PostingReport report = checkPosting(text, checkContext);
    const std::string file = o.file.string();
    if (o.json) {
        std::cout << toJson(report, file).dump(2) << '\n';
    }
    else {
        for (const Finding& f : report.findings)
            fmt::print("{}:{}:{}: {}: {}\n", file, f.line, f.column, toString(f.severity), f.message);
        fmt::print(
            "{}: {} words, Flesch reading ease {:.1f}, wording {} ({} masculine-coded, {} feminine-coded)\n",
            file, report.wordCount, report.fleschReadingEase, report.verdict, report.masculineCount,
            report.feminineCount);
    }
    return report.blocking() ? kBlocking : 0;
}

void addPostingCommand(CLI::App& app, CliContext& context)
{
    auto o = std::make_shared<PostingOptions>();
    auto* cmd = app.add_subcommand("posting", "Render a job posting from a template and level");
    cmd->add_option("--template", o->templateId, "Template id, e.g. saas")->required();
    cmd->add_option("--level", o->level, "Level id: junior, mid, senior or strategic")->required();
    cmd->add_option("--company", o->company, "Company name")->required();
    cmd->add_option("--location", o->location, "Where the role is based");
    cmd->add_option("--work-model", o->workModel, "on-site, hybrid or remote (default: on-site)");
    cmd->add_option("--team", o->team, "The team the hire joins");
    cmd->add_option("--reports-to", o->reportsTo, "Who the hire reports to");
    cmd->add_option("--pay-min", o->payMin, "Base pay per year, lower end (default: the template band)");
    cmd->add_option("--pay-max", o->payMax, "Base pay per year, upper end (default: the template band)");
    cmd->add_option("--ote-min", o->oteMin, "On-target earnings per year, lower end (default: the band)");
    cmd->add_option("--ote-max", o->oteMax, "On-target earnings per year, upper end (default: the band)");
    cmd->add_option("--benefit", o->benefits, "An extra benefit to list (repeatable)");
    cmd->add_option("--how-to-apply", o->howToApply, "How to apply (default: a short note asking for a CV)");
    cmd->add_option("--format", o->format, "md, html or txt (default: md)");
    cmd->add_option("-o,--output", o->output, "Write to this file instead of standard output");
    cmd->callback([&context, o] { context.exitCode = runPosting(context, *o); });
}

void addCheckPostingCommand(CLI::App& app, CliContext& context)
{
    auto o = std::make_shared<CheckOptions>();
    auto* cmd = app.add_subcommand(
        "check-posting", "Check a posting (Markdown or text): placeholders, pay range, gender-coded "
                         "wording, length and readability; exit 1 on a blocking finding");
    cmd->add_option("file", o->file, "The posting file")->required();
    cmd->add_flag("--json", o->json, "Print one JSON object instead of lines");
    cmd->add_option("--template", o->templateId, "Also check the pay against this template's band");
    cmd->add_option("--level", o->level, "The level of the band, with --template");
    cmd->callback([&context, o] { context.exitCode = runCheckPosting(context, *o); });
}

}  // namespace

void addPostingCommands(CLI::App& app, CliContext& context)
{
    addPostingCommand(app, context);
    addCheckPostingCommand(app, context);
}

}  // namespace amhire::cli
