#pragma once

#include <cstddef>
#include <string>

namespace amhire {

// The formats a posting is copied or saved in, all derived from its Markdown
// by cmark (CommonMark), never by a second hand-written parser.

// An HTML fragment. Raw HTML in the Markdown is not passed through (cmark's
// safe default): text a user typed cannot inject markup or scripts.
// Escapes &, <, > and " for text placed in HTML.
std::string escapeHtml(const std::string& text);

std::string toHtml(const std::string& markdown);

// The same fragment with the byte range [offset, offset + length) of the
// Markdown wrapped in <mark>, for a preview that shows where a finding is.
// The mark ends early rather than cross a tag or a line, so the HTML stays
// well-formed; an empty range marks nothing.
std::string toHtmlHighlighting(const std::string& markdown, size_t offset, size_t length);

// A complete, self-contained XHTML-compatible document with a small inline
// stylesheet, for saving to a file and opening in a browser.
std::string toHtmlDocument(const std::string& markdown, const std::string& title);

// Plain text for job boards that take no formatting: headings in capitals,
// underlined ('=' for the title, '-' for sections), list items as "• ",
// paragraphs wrapped at 72 columns, links as "text (url)".
std::string toPlainText(const std::string& markdown);

}  // namespace amhire
