// toPlainText: a small writer over cmark's syntax tree (see PostingFormats.h).

#include <algorithm>
#include <memory>

#include <cmark.h>

#include "core/posting/PostingFormats.h"

namespace amhire {

namespace {

constexpr size_t kWidth = 72;

size_t displayWidth(std::string_view text)
{
    return static_cast<size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// ASCII only: other scripts' capitals need tables the core does not carry, and
// a heading with a lower-case "é" still reads fine.
std::string upperAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string trimRight(std::string text)
{
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

// The text of a block's inline content; hard line breaks stay as '\n'.
void appendInline(cmark_node* parent, std::string& out)
{
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            if (const char* literal = cmark_node_get_literal(node))
                out += literal;
            break;
        case CMARK_NODE_SOFTBREAK: out += ' '; break;
        case CMARK_NODE_LINEBREAK: out += '\n'; break;
        case CMARK_NODE_LINK: {
            std::string text;
            appendInline(node, text);
            out += text;
            const char* url = cmark_node_get_url(node);
            if (url && *url && text != url)
                out += std::string(" (") + url + ")";
            break;
        }
        default: appendInline(node, out);  // emphasis, strong, an image's alt text
        }
    }
}

class PlainTextWriter {
public:
    std::string& text() { return out_; }

    // The child blocks of `parent`; `first` prefixes the very first line
    // (a list marker), `rest` every other line (indentation, "> ").
    void blocks(cmark_node* parent, const std::string& first, const std::string& rest, bool blankBetween)
    {
        bool isFirst = true;
        for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            if (!isFirst && blankBetween)
                out_ += trimRight(rest) + "\n";
            block(node, isFirst ? first : rest, rest);
            isFirst = false;
        }
    }

private:
    void block(cmark_node* node, const std::string& first, const std::string& rest)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: heading(node, first, rest); break;
        case CMARK_NODE_PARAGRAPH: {
            std::string text;
            appendInline(node, text);
            wrap(text, first, rest);
            break;
        }
        case CMARK_NODE_LIST: list(node, first, rest); break;
        case CMARK_NODE_BLOCK_QUOTE: blocks(node, first + "> ", rest + "> ", true); break;
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
            literal(cmark_node_get_literal(node), first + "    ", rest + "    ");
            break;
        case CMARK_NODE_THEMATIC_BREAK: out_ += first + std::string(20, '-') + "\n"; break;
        default: blocks(node, first, rest, true);
        }
    }

    void heading(cmark_node* node, const std::string& first, const std::string& rest)
    {
        std::string text;
        appendInline(node, text);
        std::replace(text.begin(), text.end(), '\n', ' ');
        text = upperAscii(text);
        const char underline = cmark_node_get_heading_level(node) == 1 ? '=' : '-';
        out_ += first + text + "\n";
        out_ += rest + std::string(displayWidth(text), underline) + "\n";
    }

    void list(cmark_node* node, const std::string& first, const std::string& rest)
    {
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        const bool tight = cmark_node_get_list_tight(node) != 0;
        int number = ordered ? cmark_node_get_list_start(node) : 0;
        bool isFirst = true;
        for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
            if (!isFirst && !tight)
                out_ += trimRight(rest) + "\n";
            const std::string marker = ordered ? std::to_string(number++) + ". " : "\u2022 ";
            const std::string indent(displayWidth(marker), ' ');
            blocks(item, (isFirst ? first : rest) + marker, rest + indent, !tight);
            isFirst = false;
        }
    }

    // Greedy wrapping at kWidth; a word longer than the line gets one to itself.
    void wrap(const std::string& text, const std::string& first, const std::string& rest)
    {
        std::string line = first;
        bool lineHasWords = false;
        auto flush = [&] {
            out_ += trimRight(line) + "\n";
            line = rest;
            lineHasWords = false;
        };
        size_t start = 0;
        while (start <= text.size()) {
            size_t end = text.find_first_of(" \n", start);
            if (end == std::string::npos)
                end = text.size();
            const std::string_view word = std::string_view(text).substr(start, end - start);
            if (!word.empty()) {
                if (lineHasWords && displayWidth(line) + 1 + displayWidth(word) > kWidth)
                    flush();
                if (lineHasWords)
                    line += ' ';
                line += word;
                lineHasWords = true;
            }
            if (end < text.size() && text[end] == '\n' && lineHasWords)
                flush();
            start = end + 1;
        }
        if (lineHasWords)
            flush();
    }

    void literal(const char* text, const std::string& first, const std::string& rest)
    {
        std::string_view remaining = text ? text : "";
        bool isFirst = true;
        while (!remaining.empty()) {
            const size_t end = remaining.find('\n');
            out_ += trimRight((isFirst ? first : rest) + std::string(remaining.substr(0, end))) + "\n";
            remaining.remove_prefix(end == std::string_view::npos ? remaining.size() : end + 1);
            isFirst = false;
        }
    }

    std::string out_;
};

}  // namespace

std::string toPlainText(const std::string& markdown)
{
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(
        cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), &cmark_node_free);
    if (!document)
        return {};
    PlainTextWriter writer;
    writer.blocks(document.get(), "", "", true);
    return writer.text();
}

}  // namespace amhire
