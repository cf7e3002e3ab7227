// posting_render: 1,000 postings rendered to HTML with the readiness checks,
// as the Postings view does on every keystroke, vs raw string concatenation
// of the same text into HTML: the template's items for the level with their
// placeholders filled, wrapped in tags, nothing escaped and nothing checked.
//
// Ours goes through a PostingPreviewer held for the whole run, as the
// Postings view holds one for its lifetime: blocks of Markdown it has seen
// (the template's text at a level) are not worked out again, while those
// naming the company, which differs in every posting, are. The same work
// without the previewer is timed too and reported on stderr.
#include <cstdio>
#include <map>
#include <stdexcept>

#include <fmt/format.h>

#include "Measure.h"
#include "core/content/ContentLoader.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/PostingPreview.h"

namespace amhire::bench {
namespace {

constexpr int kPostings = 1000;

struct PostingJob {
    const JobTemplate* jobTemplate;
    PostingInput input;
    std::map<std::string, std::string> values; // for the raw side's placeholders
};

std::vector<PostingJob> postingJobs(const Content& content)
{
    constexpr const char* kCompanies[] = {"Contoso", "Fabrikam", "Northwind", "Litware", "Adatum"};
    constexpr const char* kCities[] = {"Berlin", "Lisbon", "Toronto", "Austin", "Remote (EU)"};
    std::vector<PostingJob> jobs;
    for (int i = 0; i < kPostings; ++i) {
        const JobTemplate& t = content.templates()[static_cast<size_t>(i) % content.templates().size()];
        const LevelBand& band = t.levels[static_cast<size_t>(i / 10) % t.levels.size()];
        PostingInput input;
        input.templateId = t.id;
        input.level = band.level;
        input.company = fmt::format("{} {}", kCompanies[i % 5], i);
        input.location = kCities[(i / 5) % 5];
        input.team = "Customer Success";
        input.reportsTo = "Head of Account Management";
        input.workModel = kAllWorkModels[i % 3];
        std::map<std::string, std::string> values = placeholderValues(input, band);
        jobs.push_back({&t, std::move(input), std::move(values)});
    }
    return jobs;
}

// Returns the bytes produced, so the work cannot be optimised away.
size_t renderOurs(const std::vector<PostingJob>& jobs, PostingPreviewer& previewer)
{
    size_t bytes = 0;
    for (const PostingJob& job : jobs) {
        const PostingPreview preview = previewer.preview(*job.jobTemplate, job.input);
        bytes += preview.html.size() + preview.report.findings.size();
    }
    return bytes;
}

// The same without remembering anything: each posting rendered, converted
// and checked from scratch.
size_t renderUncached(const std::vector<PostingJob>& jobs, const GenderCodedWords& words)
{
    size_t bytes = 0;
    for (const PostingJob& job : jobs) {
        const Posting posting = renderPosting(*job.jobTemplate, job.input);
        const PostingReport report =
            checkPosting(posting.markdown, checkContextFor(*job.jobTemplate, job.input.level, words));
        bytes += toHtml(posting.markdown).size() + report.findings.size();
    }
    return bytes;
}

// The template text with its `{name}` placeholders filled, appended piece by piece.
void appendFilled(std::string& html, const std::string& text,
                  const std::map<std::string, std::string>& values)
{
    size_t done = 0;
    for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', done)) {
        const size_t close = text.find('}', open);
        if (close == std::string::npos)
            break;
        html.append(text, done, open - done);
        const auto value = values.find(text.substr(open + 1, close - open - 1));
        if (value != values.end())
            html += value->second;
        else
            html.append(text, open, close + 1 - open);
        done = close + 1;
    }
    html.append(text, done, std::string::npos);
}

void appendList(std::string& html, const char* heading, const std::vector<TemplateItem>& items, Level level,
                const std::map<std::string, std::string>& values)
{
    html += "<h2>";
    html += heading;
    html += "</h2>\n<ul>\n";
    for (const TemplateItem& item : items)
        if (item.appliesTo(level)) {
            html += "<li>";
            appendFilled(html, item.text, values);
            html += "</li>\n";
        }
    html += "</ul>\n";
}

size_t concatenateRaw(const std::vector<PostingJob>& jobs)
{
    size_t bytes = 0;
    for (const PostingJob& job : jobs) {
        const JobTemplate& t = *job.jobTemplate;
        const Level level = job.input.level;
        std::string html = "<h1>" + t.title + " — " + job.input.company + "</h1>\n";
        for (const TemplateItem& summary : t.summaries)
            if (summary.appliesTo(level)) {
                html += "<p>";
                appendFilled(html, summary.text, job.values);
                html += "</p>\n";
            }
        appendList(html, "What you will do", t.responsibilities, level, job.values);
        appendList(html, "What you bring", t.requirements, level, job.values);
        appendList(html, "Skills", t.skills, level, job.values);
        appendList(html, "Compensation and benefits", t.benefits, level, job.values);
        html += "<h2>How to apply</h2>\n<p>Apply with your CV and a short note.</p>\n";
        bytes += html.size();
    }
    return bytes;
}

} // namespace

std::vector<MeasureResult> measurePostingRender(const BenchContext& context)
{
    const ContentLoadResult loaded = loadContent(context.contentDir);
    if (!loaded.ok() || loaded.content.templates().empty())
        throw std::runtime_error("the bundled content does not load cleanly");
    Diagnostics problems;
    const GenderCodedWords words = loadGenderCodedWords(genderCodedWordsFile(context.contentDir), problems);
    const std::vector<PostingJob> jobs = postingJobs(loaded.content);
    PostingPreviewer previewer(words);
    size_t sink = renderOurs(jobs, previewer) + concatenateRaw(jobs);
    std::vector<double> ours, raw, uncached;
    for (int r = 0; r < context.repetitions; ++r) {
        auto timeOurs = [&] {
            Stopwatch watch;
            sink += renderOurs(jobs, previewer);
            ours.push_back(watch.elapsedMs());
        };
        auto timeRaw = [&] {
            Stopwatch watch;
            sink += concatenateRaw(jobs);
            raw.push_back(watch.elapsedMs());
        };
        if (r % 2 == 0) {
            timeOurs();
            timeRaw();
        }
        else {
            timeRaw();
            timeOurs();
        }
        Stopwatch watch;
        sink += renderUncached(jobs, words);
        uncached.push_back(watch.elapsedMs());
    }
    std::fprintf(stderr, "(posting_render without the previewer's memory: ours=%.3f ratio=%.2f)\n",
                 median(uncached), median(uncached) / median(raw));
    if (sink == 0)
        throw std::runtime_error("nothing was rendered");
    return {{"posting_render", median(ours), median(raw), 5.0, {}}};
}

} // namespace amhire::bench
