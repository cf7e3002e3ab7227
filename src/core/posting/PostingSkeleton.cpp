#include "core/posting/PostingSkeleton.h"

#include <algorithm>
#include <array>

#include "core/content/CollapseWhitespace.h"
#include "core/posting/MarkdownEscape.h"
#include "core/posting/PayOffer.h"
#include "core/posting/Posting.h"

namespace amhire {

namespace {

// The lists in the order job boards expect; benefits come after the pay.
struct ListSection {
    const char* heading;
    std::vector<TemplateItem> JobTemplate::*items;
};
constexpr ListSection kLists[] = {{"What you will do", &JobTemplate::responsibilities},
                                  {"What you bring", &JobTemplate::requirements},
                                  {"Skills", &JobTemplate::skills}};

// Every section a skeleton takes items from, in the order it takes them.
constexpr std::array<std::vector<TemplateItem> JobTemplate::*, 5> kSourceSections = {
    &JobTemplate::summaries, kLists[0].items, kLists[1].items, kLists[2].items, &JobTemplate::benefits};

// Template text and input values are both plain text; each piece is escaped on
// its own. Unfilled placeholders are kept exactly as written, for the checks
// to find in the Markdown ("{reports_to}" cannot start emphasis: the '_' is
// inside a word).
void appendValueOrPlaceholder(std::string& out, std::string_view text, const PlaceholderUse& use, size_t slot,
                              const PlaceholderValueList& values, std::vector<size_t>* valueEdges)
{
    if (slot >= kPlaceholderCount || values[slot].empty()) {
        out.append(text.substr(use.offset, use.name.size() + 2));
        return;
    }
    if (valueEdges)
        valueEdges->push_back(out.size());
    appendEscapedMarkdown(out, values[slot]);
    if (valueEdges)
        valueEdges->push_back(out.size());
}

// A Filled part, from its pieces escaped beforehand.
void appendFilledPart(std::string& out, const SkeletonPart& part, const PlaceholderValueList& values,
                      std::vector<size_t>* valueEdges)
{
    for (size_t i = 0; i < part.placeholders.size(); ++i) {
        out += part.escapedPieces[i];
        appendValueOrPlaceholder(out, part.text, part.placeholders[i], part.slots[i], values, valueEdges);
    }
    out += part.escapedPieces.back();
}

// Text typed into the form, which may name placeholders too.
void appendFilled(std::string& out, std::string_view text, const PlaceholderValueList& values)
{
    size_t done = 0;
    if (text.find('{') != std::string_view::npos)
        for (const PlaceholderUse& use : findPlaceholders(text)) {
            appendEscapedMarkdown(out, text.substr(done, use.offset - done));
            appendValueOrPlaceholder(out, text, use, placeholderIndex(use.name), values, nullptr);
            done = use.offset + use.name.size() + 2;
        }
    appendEscapedMarkdown(out, text.substr(done));
}

// Builds the parts, joining fixed text as it comes.
class SkeletonWriter {
public:
    explicit SkeletonWriter(PostingSkeleton& skeleton) : parts_(skeleton.parts) {}

    void fixed(std::string_view markdown)
    {
        if (parts_.empty() || parts_.back().kind != SkeletonPart::Kind::Fixed)
            parts_.push_back({SkeletonPart::Kind::Fixed, {}, {}, {}, {}});
        parts_.back().text += markdown;
    }

    // Template text: fixed unless it names a placeholder.
    void text(const std::string& templateText)
    {
        std::vector<PlaceholderUse> uses = findPlaceholders(templateText);
        if (uses.empty()) {
            fixed(escapeMarkdown(templateText));
            return;
        }
        SkeletonPart part{SkeletonPart::Kind::Filled, templateText, std::move(uses), {}, {}};
        size_t done = 0;
        for (const PlaceholderUse& use : part.placeholders) {
            part.escapedPieces.push_back(escapeMarkdown(std::string_view(templateText).substr(done, use.offset - done)));
            part.slots.push_back(placeholderIndex(use.name));
            done = use.offset + use.name.size() + 2;
        }
        part.escapedPieces.push_back(escapeMarkdown(std::string_view(templateText).substr(done)));
        parts_.push_back(std::move(part));
    }

    void slot(SkeletonPart::Kind kind) { parts_.push_back({kind, {}, {}, {}, {}}); }

private:
    std::vector<SkeletonPart>& parts_;
};

// The applicant instructions may have paragraphs (split at blank lines);
// otherwise they are plain text like the other values.
void appendHowToApply(std::string& out, const std::string& text, const PlaceholderValueList& values)
{
    std::vector<std::string> paragraphs(1);
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = collapseWhitespace(std::string_view(text).substr(start, end - start));
        if (line.empty() && !paragraphs.back().empty())
            paragraphs.emplace_back();
        else if (!line.empty())
            paragraphs.back() += (paragraphs.back().empty() ? "" : " ") + line;
        start = end + 1;
    }
    const size_t before = out.size();
    for (const std::string& paragraph : paragraphs)
        if (!paragraph.empty()) {
            if (out.size() > before)
                out += '\n';
            appendFilled(out, paragraph, values);
            out += '\n';
        }
    if (out.size() == before)
        out += "Apply with your CV and a short note on why this role interests you.\n";
}

void appendItem(std::string& out, std::string_view text, const PlaceholderValueList& values)
{
    out += "- ";
    appendFilled(out, text, values);
    out += '\n';
}

}  // namespace

PostingSkeleton postingSkeleton(const JobTemplate& jobTemplate, Level level)
{
    PostingSkeleton skeleton;
    skeleton.titleTemplate = postingRoleTitle(jobTemplate, level) + " — {company}";
    SkeletonWriter write(skeleton);
    write.fixed("# ");
    write.text(skeleton.titleTemplate);
    write.fixed("\n\n");
    for (const TemplateItem& summary : jobTemplate.summaries)
        if (summary.appliesTo(level)) {
            write.text(summary.text);
            write.fixed("\n\n");
        }
    // A section with nothing for the level is left out rather than shown empty.
    for (const ListSection& list : kLists) {
        const std::vector<TemplateItem>& items = jobTemplate.*list.items;
        if (std::none_of(items.begin(), items.end(), [&](const TemplateItem& item) { return item.appliesTo(level); }))
            continue;
        write.fixed(std::string("## ") + list.heading + "\n\n");
        for (const TemplateItem& item : items)
            if (item.appliesTo(level)) {
                write.fixed("- ");
                write.text(item.text);
                write.fixed("\n");
            }
        write.fixed("\n");
    }
    write.fixed("## Compensation and benefits\n\n- **Pay per year:** ");
    write.slot(SkeletonPart::Kind::Pay);
    write.fixed("\n");
    for (const TemplateItem& benefit : jobTemplate.benefits)
        if (benefit.appliesTo(level)) {
            write.fixed("- ");
            write.text(benefit.text);
            write.fixed("\n");
        }
    write.slot(SkeletonPart::Kind::ExtraBenefits);
    write.fixed("\n## How to apply\n\n");
    write.slot(SkeletonPart::Kind::HowToApply);
    return skeleton;
}

SkeletonSources::SkeletonSources(const JobTemplate& jobTemplate, Level level) : title(jobTemplate.title)
{
    for (auto section : kSourceSections) {
        sections.emplace_back();
        for (const TemplateItem& item : jobTemplate.*section)
            if (item.appliesTo(level))
                sections.back().push_back(item.text);
    }
}

bool SkeletonSources::match(const JobTemplate& jobTemplate, Level level) const
{
    if (jobTemplate.title != title)
        return false;
    const auto& all = kSourceSections;
    for (size_t s = 0; s < all.size(); ++s) {
        const std::vector<std::string>& texts = sections[s];
        size_t next = 0;
        for (const TemplateItem& item : jobTemplate.*all[s])
            if (item.appliesTo(level) && (next == texts.size() || item.text != texts[next++]))
                return false;
        if (next != texts.size())
            return false;
    }
    return true;
}

void fillSkeleton(std::string& markdown, const PostingSkeleton& skeleton, const PostingInput& input,
                  const LevelBand& band, const PlaceholderValueList& values, FilledPlaces* places)
{
    if (places) {
        places->partStarts.reserve(skeleton.parts.size());
        places->valueEdges.reserve(4 * skeleton.parts.size());
    }
    for (const SkeletonPart& part : skeleton.parts) {
        if (places)
            places->partStarts.push_back(markdown.size());
        switch (part.kind) {
        case SkeletonPart::Kind::Fixed:
            markdown += part.text;
            break;
        case SkeletonPart::Kind::Filled:
            appendFilledPart(markdown, part, values, places ? &places->valueEdges : nullptr);
            break;
        case SkeletonPart::Kind::Pay:
            appendEscapedMarkdown(markdown, formatPay(payOffer(input, band)));
            break;
        case SkeletonPart::Kind::ExtraBenefits:
            for (const std::string& extra : input.extraBenefits)
                if (const std::string text = collapseWhitespace(extra); !text.empty())
                    appendItem(markdown, text, values);
            break;
        case SkeletonPart::Kind::HowToApply:
            appendHowToApply(markdown, input.howToApply, values);
            break;
        }
    }
}

}  // namespace amhire
