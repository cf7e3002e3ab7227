#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting/PayOffer.h"

namespace amhire {

// A pay range found in posting text, e.g. "$70,000–$90,000", "70,000 - 90,000
// USD", "€70k to €90k" or "USD 70,000–90,000".
struct FoundPayRange {
    PayRange range;
    std::string currency;  // ISO code
    bool ote = false;      // preceded by "OTE" or "on-target"
    size_t offset = 0;     // byte range of the figures in the text
    size_t length = 0;
};

// Finds the ranges in `text` that state pay, so that check-posting works on
// any posting, not only on ones we rendered. A range needs a currency (a sign
// or an ISO code) — "3-5 years" is no pay — and must read as pay: a word such
// as "salary", "base", "pay", "compensation" or "OTE" close by on the same
// paragraph line. When no range has such a word, ranges that do not read as
// revenue ("$2M to $5M in annual recurring revenue", figures in millions)
// count instead, so a bare "$70,000–$90,000" line is still found.
//
// A range never runs across a blank line (one with nothing but spaces, tabs
// or "\r"), and all that decides whether a range is one and what it reads as
// lies between blank lines: the candidates of a text are those of its
// blocks between empty lines ("\n\n"), each found on its own, offsets
// shifted. Only the choice among them
// (choosePayRanges) looks at the whole text.
std::vector<FoundPayRange> findPayRanges(std::string_view text);

// Whether an amount could start at `at` (a digit that does not continue a
// number or word, '$', a capital followed by a capital or '$', "€" or "£").
// Only the byte before and the bytes of the character there and the next are
// read, and a text cut at a line break answers as the whole would, or with
// more positions, never fewer: so positions can be found line by line and
// remembered.
bool mayStartAmount(std::string_view text, size_t at);
std::vector<size_t> payAmountStarts(std::string_view text);
// The same into `starts`, emptied first.
void payAmountStarts(std::string_view text, std::vector<size_t>& starts);

// findPayRanges given the result of payAmountStarts(text), or any sorted
// superset of it: only those bytes are tried.
std::vector<FoundPayRange> findPayRanges(std::string_view text, const std::vector<size_t>& amountStarts);

// A range with a currency, before the choice between pay and revenue.
struct PayRangeCandidate {
    FoundPayRange found;
    bool labelled = false;  // a pay word close by
    bool revenue = false;   // reads as revenue, not pay
};

// findPayRanges is choosePayRanges(findPayRangeCandidates(text, starts)).
std::vector<PayRangeCandidate> findPayRangeCandidates(std::string_view text,
                                                      const std::vector<size_t>& amountStarts);
std::vector<FoundPayRange> choosePayRanges(std::vector<PayRangeCandidate> candidates);

}  // namespace amhire
