#pragma once
// Holds a PostingPreviewer to its promise: a preview is byte for byte what
// rendering, converting and checking from scratch give. Shared by the preview
// tests and the differential fuzz target (fuzz/fuzz_posting_preview.cpp), so
// both judge the previewer the same way. No test framework here: the fuzz
// target has none.
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/PostingPreview.h"

namespace amhire::test {

// The first way `got` differs from `want`, named, or nullopt.
inline std::optional<std::string> findingDifference(const Finding& got, const Finding& want)
{
    if (got.severity != want.severity)
        return fmt::format("severity {} instead of {}", static_cast<int>(got.severity),
                           static_cast<int>(want.severity));
    if (got.code != want.code)
        return fmt::format("code '{}' instead of '{}'", got.code, want.code);
    if (got.message != want.message)
        return fmt::format("message '{}' instead of '{}'", got.message, want.message);
    if (got.line != want.line || got.column != want.column)
        return fmt::format("at {}:{} instead of {}:{}", got.line, got.column, want.line, want.column);
    if (got.offset != want.offset || got.length != want.length)
        return fmt::format("bytes {}+{} instead of {}+{}", got.offset, got.length, want.offset, want.length);
    return std::nullopt;
}

// The first way `preview` differs from the posting of `input` made from
// scratch (renderPosting, toHtml, checkPosting), described for a failure
// message, or nullopt when it is the same in every part.
inline std::optional<std::string> previewDifference(const PostingPreview& preview, const JobTemplate& jobTemplate,
                                                    const PostingInput& input, const GenderCodedWords& words)
{
    const Posting posting = renderPosting(jobTemplate, input);
    if (preview.posting.markdown != posting.markdown)
        return fmt::format("Markdown:\n{}\n--- from scratch:\n{}", preview.posting.markdown, posting.markdown);
    if (preview.posting.title != posting.title)
        return fmt::format("title '{}' instead of '{}'", preview.posting.title, posting.title);
    const std::string html = toHtml(posting.markdown);
    if (preview.html != html)
        return fmt::format("HTML:\n{}\n--- from scratch:\n{}", preview.html, html);

    const PostingReport want = checkPosting(posting.markdown, checkContextFor(jobTemplate, input.level, words));
    const PostingReport& got = preview.report;
    if (got.findings.size() != want.findings.size())
        return fmt::format("{} findings instead of {}", got.findings.size(), want.findings.size());
    for (size_t i = 0; i < want.findings.size(); ++i)
        if (auto difference = findingDifference(got.findings[i], want.findings[i]))
            return fmt::format("finding {} ({}): {}", i, want.findings[i].code, *difference);
    if (got.masculineCount != want.masculineCount || got.feminineCount != want.feminineCount ||
        got.masculineWords != want.masculineWords || got.feminineWords != want.feminineWords)
        return fmt::format("gender-coded words {}/{} instead of {}/{}", got.masculineCount, got.feminineCount,
                           want.masculineCount, want.feminineCount);
    if (got.verdict != want.verdict)
        return fmt::format("verdict '{}' instead of '{}'", got.verdict, want.verdict);
    if (got.wordCount != want.wordCount)
        return fmt::format("{} words instead of {}", got.wordCount, want.wordCount);
    // Exactly: the same arithmetic on the same counts must give the same double.
    if (got.fleschReadingEase != want.fleschReadingEase)
        return fmt::format("reading ease {} instead of {}", got.fleschReadingEase, want.fleschReadingEase);
    return std::nullopt;
}

}  // namespace amhire::test
