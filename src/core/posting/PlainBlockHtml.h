#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// CommonMark reads blocks across an empty line only through fenced code,
// HTML blocks (which need '<'), link reference definitions ("[x]: /url"
// applies to the whole document), indented code or list continuations
// (which start with a space or tab), and lists that go on after the empty
// line (see startsList). Rendered postings escape all of these; a value
// typed into the form ("~~~") might still open one, and then the posting is
// rendered whole.
bool rendersAlone(std::string_view text);

// Any line that could be a list item or continue a list; more than that is
// harmless (the posting is then rendered whole).
bool startsList(std::string_view text);

// cmark's output for a block of plain text (see appendPlainInlineHtml),
// written directly into `html` (emptied first): a one-line paragraph or ATX
// heading starting with a letter, or a tight list of "- " items each starting
// with a letter. A posting has several of those, one naming the company that
// changes at every keystroke, and cmark's set-up costs more than the text.
// False when cmark is needed; the tests hold the two to the same bytes.
//
// `marks`, offsets into `text` in order, each inside a line's text (after
// its "- " or "# "), are given in `htmlMarks` as offsets into the HTML: false
// if one is elsewhere.
bool writePlainBlockHtml(std::string& html, std::string_view text, const std::vector<size_t>* marks = nullptr,
                         std::vector<size_t>* htmlMarks = nullptr);

}  // namespace amhire
