#include "core/posting/PostingFormats.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <cmark.h>

namespace amhire {

namespace {

// Private-use characters that cannot come from a keyboard mark a highlight's
// ends through cmark; they are replaced by <mark> tags afterwards.
constexpr std::string_view kMarkStart = "\uE000";
constexpr std::string_view kMarkEnd = "\uE001";

std::string renderHtml(const std::string& markdown)
{
    // CMARK_OPT_DEFAULT already drops raw HTML and unsafe link schemes since
    // cmark 0.29; CMARK_OPT_SAFE says so for older versions.
    std::unique_ptr<char, decltype(&std::free)> html(
        cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT | CMARK_OPT_SAFE),
        &std::free);
    return html ? std::string(html.get()) : std::string();
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}


void eraseAll(std::string& text, std::string_view what)
{
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
        text.erase(at, what.size());
}

}  // namespace

std::string escapeHtml(const std::string& text)
{
    // Runs without anything to escape are copied at once: the preview writes
    // whole paragraphs through here.
    std::string out;
    out.reserve(text.size());
    size_t done = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        default: continue;
        }
        out.append(text, done, i - done);
        out += entity;
        done = i + 1;
    }
    out.append(text, done, std::string::npos);
    return out;
}

std::string toHtml(const std::string& markdown)
{
    return renderHtml(markdown);
}

std::string toHtmlHighlighting(const std::string& markdown, size_t offset, size_t length)
{
    if (offset >= markdown.size() || length == 0)
        return renderHtml(markdown);
    size_t end = std::min(markdown.size(), offset + length);
    if (const size_t newline = markdown.find('\n', offset); newline < end)
        end = newline;
    // Whole characters only: a marker inside a UTF-8 sequence would break it,
    // and one between a backslash and what it escapes would undo the escape.
    while (offset > 0 && isContinuationByte(markdown[offset]))
        --offset;
    while (end < markdown.size() && isContinuationByte(markdown[end]))
        ++end;
    if (offset > 0 && markdown[offset - 1] == '\\')
        --offset;
    if (end < markdown.size() && markdown[end - 1] == '\\')
        ++end;
    std::string marked = markdown;
    marked.insert(end, kMarkEnd);
    marked.insert(offset, kMarkStart);
    std::string html = renderHtml(marked);

    const size_t start = html.find(kMarkStart);
    const size_t stop = html.find(kMarkEnd);
    if (start != std::string::npos) {
        // End the mark at the first tag inside it, so it never straddles one.
        size_t close = stop == std::string::npos ? html.size() : stop;
        close = std::min(close, html.find('<', start));
        html.insert(close, "</mark>");
        html.replace(start, kMarkStart.size(), "<mark>");
    }
    // Markers that landed in an attribute or were split up are dropped.
    eraseAll(html, kMarkStart);
    eraseAll(html, kMarkEnd);
    return html;
}

std::string toHtmlDocument(const std::string& markdown, const std::string& title)
{
    std::string doc = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n";
    doc += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
    doc += "<title>" + escapeHtml(title) + "</title>\n";
    doc += "<style>\n"
           "body { font-family: system-ui, -apple-system, \"Segoe UI\", sans-serif; line-height: 1.5;\n"
           "       max-width: 42em; margin: 2em auto; padding: 0 1em; color: #222; }\n"
           "h1 { font-size: 1.6em; margin-bottom: 0.5em; }\n"
           "h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }\n"
           "li { margin: 0.25em 0; }\n"
           "mark { background: #fff2a8; }\n"
           "</style>\n</head>\n<body>\n";
    doc += renderHtml(markdown);
    doc += "</body>\n</html>\n";
    return doc;
}

}  // namespace amhire
