#include "core/posting/PostingChecks.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/content/Placeholders.h"
#include "core/posting/PayScan.h"
#include "core/posting/Readability.h"
#include "core/posting/TextScan.h"

namespace amhire {

namespace {

constexpr const char* kPayLaw = "several US states and cities require a pay range in job postings";

// Collects findings; their lines and columns are set once all are in (see
// locateInOrder).
class FindingSink {
public:
    explicit FindingSink(std::vector<Finding>& out) : out_(out) {}

    void add(Severity severity, const char* code, std::string message, size_t offset = 0, size_t length = 0)
    {
        add(Finding{severity, code, std::move(message), 1, 1, offset, length});
    }

    void add(Finding finding) { out_.push_back(std::move(finding)); }

private:
    std::vector<Finding>& out_;
};

// Findings in text order are located in one pass over the text: a preview
// locates its findings on every keystroke.
void locateInOrder(std::string_view text, std::vector<Finding>& findings)
{
    LineCursor lines(text);
    for (Finding& finding : findings) {
        const TextPosition at = lines.locate(finding.offset);
        finding.line = at.line;
        finding.column = at.column;
    }
}

const char* placeholderLabel(const std::string& name)
{
    for (const PlaceholderInfo& p : allowedPlaceholders())
        if (name == p.name)
            return p.label;
    return nullptr;
}

void checkAgainstBand(const FoundPayRange& found, const PayRange& band, const PostingCheckContext& context,
                      FindingSink& sink)
{
    const char* what = found.ote ? "OTE" : "base";
    const std::string forWhom = context.bandLabel.empty() ? "" : " for " + context.bandLabel;
    if (found.currency != context.band->currency) {
        sink.add(Severity::Warning, "pay-outside-band",
                 fmt::format("{} pay is in {}, but the band{} is in {}", what, found.currency, forWhom,
                             context.band->currency),
                 found.offset, found.length);
        return;
    }
    if (band.contains(found.range))
        return;
    sink.add(Severity::Warning, "pay-outside-band",
             fmt::format("{} {} is outside the band {}{}", what, formatPayRange(found.range, found.currency),
                         formatPayRange(band, found.currency), forWhom),
             found.offset, found.length);
}

void checkPay(const std::vector<FoundPayRange>& ranges, const PostingCheckContext& context, FindingSink& sink)
{
    if (ranges.empty()) {
        sink.add(Severity::Error, "pay-missing",
                 fmt::format("no pay range found: state the base pay as a range, such as \"Base salary: "
                             "$70,000–$90,000\" ({})",
                             kPayLaw));
        return;
    }
    bool baseChecked = false;
    bool oteChecked = false;
    for (const FoundPayRange& found : ranges) {
        if (found.range.min > found.range.max) {
            sink.add(Severity::Error, "pay-order",
                     fmt::format("pay range {} starts above where it ends; give the lower figure first ({})",
                                 formatPayRange(found.range, found.currency), kPayLaw),
                     found.offset, found.length);
            continue;
        }
        bool& checked = found.ote ? oteChecked : baseChecked;
        if (!context.band || checked)
            continue;
        checked = true;
        const LevelBand& band = *context.band;
        checkAgainstBand(
            found, found.ote ? PayRange{band.oteMin, band.oteMax} : PayRange{band.baseMin, band.baseMax},
            context, sink);
    }
}

void checkGenderCoding(PostingCheckParts& parts, PostingReport& report, FindingSink& sink)
{
    if (!parts.wordListGiven)
        return;
    for (Finding& note : parts.genderCodedWords)
        sink.add(std::move(note));
    report.masculineWords = std::move(parts.masculineWords);
    report.feminineWords = std::move(parts.feminineWords);
    report.masculineCount = static_cast<int>(report.masculineWords.size());
    report.feminineCount = static_cast<int>(report.feminineWords.size());
    report.verdict = genderCodingVerdict(report.masculineCount, report.feminineCount);
    if (report.masculineCount > report.feminineCount)
        sink.add(Severity::Warning, "gender-coded",
                 fmt::format("the wording is {} ({} masculine-coded word{}, {} feminine-coded); such wording "
                             "makes a job less appealing to women (Gaucher, Friesen & Kay 2011)",
                             report.verdict, report.masculineCount, report.masculineCount == 1 ? "" : "s",
                             report.feminineCount));
}

void checkLengthAndReadability(const ReadabilityStats& stats, PostingReport& report, FindingSink& sink)
{
    report.wordCount = stats.words;
    report.fleschReadingEase = stats.fleschReadingEase;
    if (stats.words < kMinPostingWords || stats.words > kMaxPostingWords)
        sink.add(Severity::Warning, "length",
                 fmt::format("the posting has {} words; job postings of roughly {} to {} words do best",
                             stats.words, kMinPostingWords, kMaxPostingWords));
    if (stats.words == 0)
        return;
    const double score = stats.fleschReadingEase;
    if (score < kMinReadingEase)
        sink.add(Severity::Warning, "readability",
                 fmt::format("Flesch reading ease {:.1f} ({}): use shorter sentences and plainer words",
                             score, describeReadingEase(score)));
    else
        sink.add(Severity::Note, "readability",
                 fmt::format("Flesch reading ease {:.1f} ({})", score, describeReadingEase(score)));
}

// In order of place, stable: findings come in a few runs already in order,
// and a posting has about ten, which std::stable_sort would take a buffer
// from the heap for.
void sortByOffset(std::vector<Finding>& findings)
{
    if (findings.size() > 64) {
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
        return;
    }
    for (size_t i = 1; i < findings.size(); ++i) {
        if (findings[i - 1].offset <= findings[i].offset)
            continue;
        Finding moving = std::move(findings[i]);
        size_t j = i;
        for (; j > 0 && findings[j - 1].offset > moving.offset; --j)
            findings[j] = std::move(findings[j - 1]);
        findings[j] = std::move(moving);
    }
}

std::string lowerFirst(std::string text)
{
    if (!text.empty())
        text[0] = toLowerAscii(text[0]);
    return text;
}

}  // namespace

bool PostingReport::blocking() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

PostingCheckContext checkContextFor(const JobTemplate& jobTemplate, Level level, GenderCodedWords words)
{
    PostingCheckContext context;
    context.words = std::move(words);
    if (const LevelBand* band = jobTemplate.band(level)) {
        context.band = *band;
        context.bandLabel = lowerFirst(levelTitle(level)) + " " + jobTemplate.industry;
    }
    return context;
}

Finding placeholderFinding(const PlaceholderUse& use)
{
    const char* label = placeholderLabel(use.name);
    return {Severity::Error, "placeholder",
            label ? fmt::format("unfilled placeholder {{{}}} ({})", use.name, label)
                  : fmt::format("unfilled placeholder {{{}}}", use.name),
            1, 1, use.offset, use.name.size() + 2};
}

Finding genderCodedWordFinding(const GenderCodedHit& hit)
{
    const bool masculine = hit.coding == GenderCoding::Masculine;
    return {Severity::Note, "gender-coded",
            fmt::format("{}-coded word \"{}\"", masculine ? "masculine" : "feminine", hit.word), 1, 1, hit.offset,
            hit.length};
}

PostingCheckParts scanPosting(const std::string& text, const PostingCheckContext& context)
{
    PostingCheckParts parts;
    for (const PlaceholderUse& use : findPlaceholders(text))
        parts.placeholders.push_back(placeholderFinding(use));
    parts.payRanges = findPayRanges(text);
    parts.wordListGiven = !context.words.empty();
    if (parts.wordListGiven) {
        for (GenderCodedHit& hit : findGenderCodedWords(text, context.words)) {
            parts.genderCodedWords.push_back(genderCodedWordFinding(hit));
            auto& list = hit.coding == GenderCoding::Masculine ? parts.masculineWords : parts.feminineWords;
            list.push_back(std::move(hit.word));
        }
    }
    parts.readability = measureReadability(text);
    return parts;
}

PostingReport checkPosting(const std::string& text, const PostingCheckContext& context)
{
    return checkPosting(text, context, scanPosting(text, context));
}

PostingReport checkPosting(const std::string& text, const PostingCheckContext& context, PostingCheckParts parts)
{
    PostingReport report;
    // The notes on the whole text and on pay come on top of those found.
    report.findings.reserve(parts.placeholders.size() + parts.genderCodedWords.size() + parts.payRanges.size() + 4);
    FindingSink sink(report.findings);
    for (Finding& placeholder : parts.placeholders)
        sink.add(std::move(placeholder));
    checkPay(parts.payRanges, context, sink);
    checkGenderCoding(parts, report, sink);
    checkLengthAndReadability(parts.readability, report, sink);
    sortByOffset(report.findings);
    locateInOrder(text, report.findings);
    return report;
}

}  // namespace amhire
