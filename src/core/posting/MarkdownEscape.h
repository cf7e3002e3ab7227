#pragma once

#include <string>
#include <string_view>

namespace amhire {

// Turns plain text into Markdown that renders as exactly that text: a company
// called "A*B" or "<Team>" must not become emphasis or HTML. Escapes the
// characters that start inline markup anywhere (\ ` * _ [ ] < # and entity-
// like &…;) and, at the start of the text, those that would start a block
// (a list, quote, heading or rule: - + = > and "1." / "1)"). Escaping a
// block marker mid-line is harmless, so every piece of a line can be escaped
// on its own and then joined.
std::string escapeMarkdown(std::string_view text);

// out += escapeMarkdown(text), without the temporary: postings are rendered
// on every keystroke.
void appendEscapedMarkdown(std::string& out, std::string_view text);

}  // namespace amhire
