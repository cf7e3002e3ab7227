#include <catch2/catch.hpp>

#include <sstream>

#include "TestPaths.h"
#include "core/export/PdfCanvas.h"

using namespace amhire;

namespace {

std::vector<std::string> wordsOf(const std::string& text)
{
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

} // namespace

TEST_CASE("wrapped lines fit, keep every word in order, and each takes as many words as fit", "[compare][export]")
{
    test::TempDir dir;
    PdfCanvas pdf(dir / "wrap.pdf", "wrap", "footer");
    const std::string texts[] = {
        "Strengths: ran the renewal for a book of forty accounts and kept every one of them, with an expansion "
        "into two new business units that the client had not planned for this year.",
        "Z\xC3\xBCrich \xE2\x80\x94 a candidate with a long, careful, well-evidenced answer about negotiation "
        "and the trade-offs it takes to hold a price at renewal without losing the relationship.",
        "Short.",
        "Concerns: none"};
    for (PdfFont font : {PdfFont::Regular, PdfFont::Bold})
        for (double size : {9.0, 12.5})
            for (double width : {120.0, 300.0, 700.0})
                for (const std::string& text : texts) {
                    pdf.font(font, size);
                    INFO(text << " at " << width << " pt");
                    const std::vector<std::string> lines = pdf.wrapped(text, width);
                    std::vector<std::string> rejoined;
                    for (size_t i = 0; i < lines.size(); ++i) {
                        CHECK(pdf.textWidth(lines[i]) <= width + 1e-9);
                        const auto words = wordsOf(lines[i]);
                        rejoined.insert(rejoined.end(), words.begin(), words.end());
                        // Greedy: the next line's first word would not have fitted here.
                        if (i + 1 < lines.size() && !words.empty()) {
                            const std::string next = wordsOf(lines[i + 1]).front();
                            CHECK(pdf.textWidth(lines[i] + " " + next) > width);
                        }
                    }
                    CHECK(rejoined == wordsOf(text));
                }
    pdf.finish();
}

TEST_CASE("a word longer than a line is broken where it stops fitting", "[compare][export]")
{
    test::TempDir dir;
    PdfCanvas pdf(dir / "long.pdf", "long", "footer");
    pdf.font(PdfFont::Regular, 10);
    const std::string word(60, 'w');
    const auto lines = pdf.wrapped("a " + word + " b", 100);
    REQUIRE(lines.size() >= 3);
    CHECK(lines.front() == "a");
    std::string joined;  // the word's pieces, then " b" on the last piece's line or on its own
    for (size_t i = 1; i < lines.size(); ++i) {
        CHECK(pdf.textWidth(lines[i]) <= 100);
        joined += lines[i];
    }
    CHECK((joined == word + " b" || joined == word + "b"));
    pdf.finish();
}
