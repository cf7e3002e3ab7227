#include "core/posting/Posting.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "core/content/CollapseWhitespace.h"
#include "core/content/Placeholders.h"
#include "core/posting/MarkdownEscape.h"
#include "core/posting/PayOffer.h"
#include "core/posting/TextScan.h"

namespace amhire {

namespace {

using Values = std::map<std::string, std::string>;

// Template text and input values are both plain text; each piece is escaped on
// its own. Unfilled placeholders are kept exactly as written, for the checks
// to find in the Markdown ("{reports_to}" cannot start emphasis: the '_' is
// inside a word). Appends to `out`: this runs for every item on every keystroke.
void appendFilled(std::string& out, std::string_view text, const Values& values)
{
    size_t done = 0;
    if (text.find('{') != std::string_view::npos) {
        for (const PlaceholderUse& use : findPlaceholders(text)) {
            const size_t end = use.offset + use.name.size() + 2;
            auto it = values.find(use.name);
            appendEscapedMarkdown(out, text.substr(done, use.offset - done));
            if (it == values.end())
                out.append(text.substr(use.offset, end - use.offset));
            else
                appendEscapedMarkdown(out, it->second);
            done = end;
        }
    }
    appendEscapedMarkdown(out, text.substr(done));
}

std::string fill(std::string_view text, const Values& values)
{
    std::string out;
    appendFilled(out, text, values);
    return out;
}

void appendItem(std::string& out, std::string_view text, const Values& values)
{
    out += "- ";
    appendFilled(out, text, values);
    out += '\n';
}

// A section with nothing for the level is left out rather than shown empty.
void appendList(std::string& out, const char* heading, const std::vector<TemplateItem>& items, Level level,
                const Values& values)
{
    if (std::none_of(items.begin(), items.end(), [&](const TemplateItem& item) { return item.appliesTo(level); }))
        return;
    out += "## ";
    out += heading;
    out += "\n\n";
    for (const TemplateItem& item : items)
        if (item.appliesTo(level))
            appendItem(out, item.text, values);
    out += '\n';
}

// The applicant instructions may have paragraphs (split at blank lines);
// otherwise they are plain text like the other values.
std::string howToApply(const std::string& text, const Values& values)
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
    std::string out;
    for (const std::string& paragraph : paragraphs)
        if (!paragraph.empty())
            out += (out.empty() ? "" : "\n") + fill(paragraph, values) + "\n";
    return out.empty() ? "Apply with your CV and a short note on why this role interests you.\n" : out;
}

const char* levelWord(Level level)
{
    switch (level) {
    case Level::Junior: return "Junior";
    case Level::Mid: return "";
    case Level::Senior: return "Senior";
    case Level::Strategic: return "Strategic";
    }
    return "";
}

}  // namespace

std::string postingRoleTitle(const JobTemplate& jobTemplate, Level level)
{
    std::string title = jobTemplate.title;
    for (const char* word : {"Junior ", "Mid-level ", "Senior ", "Strategic "})
        if (title.rfind(word, 0) == 0)
            title.erase(0, std::char_traits<char>::length(word));
    const std::string prefix = levelWord(level);
    return prefix.empty() ? title : prefix + " " + title;
}

Posting renderPosting(const JobTemplate& jobTemplate, const PostingInput& input)
{
    const LevelBand* band = jobTemplate.band(input.level);
    if (!band)
        throw std::invalid_argument(
            fmt::format("template '{}' does not offer the level '{}'", jobTemplate.id, levelId(input.level)));
    const Values values = placeholderValues(input, *band);
    const Level level = input.level;

    Posting posting;
    const std::string titleTemplate = postingRoleTitle(jobTemplate, level) + " — {company}";
    posting.title = titleTemplate;
    if (auto company = values.find("company"); company != values.end())
        posting.title.replace(posting.title.find("{company}"), 9, company->second);

    std::string& md = posting.markdown;
    md.reserve(4096);  // a posting's usual size: the text is not copied as it grows
    md += "# ";
    appendFilled(md, titleTemplate, values);
    md += "\n\n";
    for (const TemplateItem& summary : jobTemplate.summaries)
        if (summary.appliesTo(level)) {
            appendFilled(md, summary.text, values);
            md += "\n\n";
        }

    appendList(md, "What you will do", jobTemplate.responsibilities, level, values);
    appendList(md, "What you bring", jobTemplate.requirements, level, values);
    appendList(md, "Skills", jobTemplate.skills, level, values);

    md += "## Compensation and benefits\n\n";
    md += "- **Pay per year:** ";
    appendEscapedMarkdown(md, formatPay(payOffer(input, *band)));
    md += '\n';
    for (const TemplateItem& benefit : jobTemplate.benefits)
        if (benefit.appliesTo(level))
            appendItem(md, benefit.text, values);
    for (const std::string& extra : input.extraBenefits)
        if (const std::string text = collapseWhitespace(extra); !text.empty())
            appendItem(md, text, values);
    md += "\n";

    md += "## How to apply\n\n" + howToApply(input.howToApply, values);
    return posting;
}

}  // namespace amhire
