#include "core/posting/PayScan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

bool isDigit(char c)
{
    return isAsciiDigit(c);
}
bool isAlpha(char c)
{
    return isAsciiLetter(c);
}

// Codes people write next to pay; anything else three letters long ("OTE",
// "CRM") is a word, not a currency.
constexpr const char* kCurrencyCodes[] = {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK",
                                          "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "INR",
                                          "SGD", "HKD", "ZAR", "BRL", "MXN", "AED", "ILS"};

// Currency signs and the code they stand for, longest first.
constexpr std::pair<const char*, const char*> kCurrencySigns[] = {
    {"US$", "USD"}, {"CA$", "CAD"}, {"A$", "AUD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}};

constexpr const char* kDashes[] = {"\u2013", "\u2014", "\u2012", "-"};

struct Amount {
    double value = 0;
    char suffix = 0;  // 'k' or 'm' when written "70k" or "1.5M"
    std::string currency;
    size_t start = 0;
    size_t end = 0;
};

bool startsWith(std::string_view text, size_t at, std::string_view prefix)
{
    return text.substr(at, prefix.size()) == prefix;
}

// A currency code at `at` standing as a word of its own, or "".
std::string codeAt(std::string_view text, size_t at)
{
    auto isCapital = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (at + 3 > text.size() || !isCapital(text[at]) || !isCapital(text[at + 1]) || !isCapital(text[at + 2]) ||
        (at > 0 && isAlpha(text[at - 1])) || (at + 3 < text.size() && isAlpha(text[at + 3])))
        return {};
    const std::string_view code = text.substr(at, 3);
    for (const char* known : kCurrencyCodes)
        if (code == known)
            return std::string(code);
    return {};
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Whether the line break at `at` is followed by a blank line (nothing but
// spaces, tabs or a carriage return before the next line break).
bool blankLineAfter(std::string_view text, size_t at)
{
    size_t next = at + 1;
    while (next < text.size() && isBlank(text[next]))
        ++next;
    return next < text.size() && text[next] == '\n';
}

// Never onto a blank line, as blockAround stops at one: a range does not run
// from one paragraph into the next, so ranges can be found paragraph by
// paragraph (see PayScan.h).
size_t skipSpaces(std::string_view text, size_t at)
{
    while (at < text.size() && (isBlank(text[at]) || (text[at] == '\n' && !blankLineAfter(text, at))))
        ++at;
    // A no-break space is common between a code and its figure.
    if (startsWith(text, at, "\u00A0"))
        return skipSpaces(text, at + 2);
    return at;
}

// Figures such as "70,000", "70000", "1.5", optionally followed by k or M.
// `afterCurrency`: right after a sign or code, where "USD70" is fine.
std::optional<Amount> parseFigure(std::string_view text, size_t at, bool afterCurrency)
{
    if (at >= text.size() || !isDigit(text[at]))
        return std::nullopt;
    if (!afterCurrency && at > 0 && (isDigit(text[at - 1]) || isAlpha(text[at - 1]) || text[at - 1] == '.'))
        return std::nullopt;
    // Digit by digit rather than std::stod, which reads "1.5" as 1 under a
    // locale with a decimal comma, as the GUI may set.
    Amount amount;
    size_t i = at;
    size_t digits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i, ++digits)
        amount.value = amount.value * 10 + (text[i] - '0');
    if (digits <= 3) {
        while (i + 3 < text.size() && text[i] == ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) &&
               isDigit(text[i + 3]) && (i + 4 >= text.size() || !isDigit(text[i + 4]))) {
            for (size_t k = 1; k <= 3; ++k)
                amount.value = amount.value * 10 + (text[i + k] - '0');
            digits += 3;
            i += 4;
        }
    }
    if (i + 1 < text.size() && text[i] == '.' && isDigit(text[i + 1])) {
        double scale = 0.1;
        for (++i; i < text.size() && isDigit(text[i]); ++i, scale /= 10)
            amount.value += (text[i] - '0') * scale;
    }
    if (i < text.size() && (text[i] == 'k' || text[i] == 'K' || text[i] == 'm' || text[i] == 'M') &&
        (i + 1 >= text.size() || !isAlpha(text[i + 1]))) {
        amount.suffix = toLowerAscii(text[i]);
        ++i;
    }
    if (digits > 12 || (i < text.size() && (isAlpha(text[i]) || isDigit(text[i]))))
        return std::nullopt;
    amount.start = at;
    amount.end = i;
    return amount;
}

// A figure with an optional currency sign or code in front.
std::optional<Amount> parseAmount(std::string_view text, size_t at)
{
    if (at >= text.size())
        return std::nullopt;
    // Called at every byte of the posting: most bytes can start neither a
    // figure, a sign ("$", "US$", non-ASCII "€" "£") nor a code ("EUR").
    const auto first = static_cast<unsigned char>(text[at]);
    if (!isDigit(text[at]) && !(first >= 'A' && first <= 'Z') && first != '$' && first < 0x80)
        return std::nullopt;
    std::string currency;
    size_t figure = at;
    for (const auto& [sign, code] : kCurrencySigns) {
        if (startsWith(text, at, sign)) {
            currency = code;
            figure = at + std::char_traits<char>::length(sign);
            break;
        }
    }
    if (currency.empty()) {
        currency = codeAt(text, at);
        if (!currency.empty())
            figure = skipSpaces(text, at + 3);
    }
    auto amount = parseFigure(text, figure, !currency.empty());
    if (!amount)
        return std::nullopt;
    amount->currency = currency;
    amount->start = at;
    return amount;
}

bool endsWithWord(std::string_view text, size_t end, std::string_view word)
{
    while (end > 0 && text[end - 1] == ' ')
        --end;
    if (end < word.size())
        return false;
    const size_t start = end - word.size();
    for (size_t i = 0; i < word.size(); ++i)
        if (toLowerAscii(text[start + i]) != word[i])
            return false;
    return start == 0 || !isAlpha(text[start - 1]);
}

// After the first figure: a dash or "to" ("and" after "between"), then the
// second figure.
std::optional<size_t> skipSeparator(std::string_view text, size_t at, bool afterBetween)
{
    at = skipSpaces(text, at);
    for (const char* dash : kDashes)
        if (startsWith(text, at, dash))
            return skipSpaces(text, at + std::char_traits<char>::length(dash));
    for (std::string_view word : {std::string_view("to"), std::string_view(afterBetween ? "and" : "to")})
        if (startsWith(text, at, word) && at + word.size() < text.size() && !isAlpha(text[at + word.size()]))
            return skipSpaces(text, at + word.size());
    return std::nullopt;
}

long toUnits(const Amount& amount, char suffix)
{
    const double scale = suffix == 'k' ? 1e3 : suffix == 'm' ? 1e6 : 1.0;
    return std::lround(amount.value * scale);
}

bool isBlockStart(std::string_view line)
{
    size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    line.remove_prefix(i);
    if (line.empty())
        return true;  // a blank line ends a paragraph
    if (line[0] == '#' || line[0] == '>' || startsWith(line, 0, "\u2022"))
        return true;
    if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && (line.size() == 1 || line[1] == ' '))
        return true;
    size_t digits = 0;
    while (digits < line.size() && isDigit(line[digits]))
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

// The paragraph or list item around `at`: wrapped lines belong together, so
// that "OTE" at the end of one line still labels a range on the next.
std::pair<size_t, size_t> blockAround(std::string_view text, size_t at)
{
    auto lineAt = [&](size_t start) {
        const size_t end = text.find('\n', start);
        return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    };
    size_t start = at;
    while (start > 0 && text[start - 1] != '\n')
        --start;
    while (start > 0 && !isBlockStart(lineAt(start))) {
        size_t previous = start - 1;
        while (previous > 0 && text[previous - 1] != '\n')
            --previous;
        if (lineAt(previous).find_first_not_of(" \t\r") == std::string_view::npos)
            break;
        start = previous;
    }
    size_t end = text.find('\n', at);
    while (end != std::string_view::npos && !isBlockStart(lineAt(end + 1)))
        end = text.find('\n', end + 1);
    return {start, end == std::string_view::npos ? text.size() : end};
}

// `words` are lower case; compared without copying each word of the window.
bool hasWord(std::string_view window, std::initializer_list<std::string_view> words)
{
    auto equalsLowered = [](std::string_view text, std::string_view lower) {
        if (text.size() != lower.size())
            return false;
        for (size_t i = 0; i < text.size(); ++i)
            if (toLowerAscii(text[i]) != lower[i])
                return false;
        return true;
    };
    for (const TextWord& w : splitWords(window))
        for (std::string_view word : words)
            if (equalsLowered(w.text, word))
                return true;
    return false;
}

// `previousEnd`: where the range before this one ended, so that "OTE" before
// that range does not label this one too.
PayRangeCandidate classify(std::string_view text, FoundPayRange found, bool millions, size_t previousEnd)
{
    const auto [blockStart, blockEnd] = blockAround(text, found.offset);
    const size_t before = std::max(blockStart, found.offset >= 60 ? found.offset - 60 : 0);
    const size_t after = std::min(blockEnd, found.offset + found.length + 40);
    const std::string_view window = text.substr(before, after - before);
    PayRangeCandidate c;
    const size_t lead = std::max({blockStart, previousEnd, found.offset >= 24 ? found.offset - 24 : 0});
    const std::string_view leading = text.substr(lead, found.offset - lead);
    found.ote = hasWord(leading, {"ote", "on-target"}) || leading.find("on target") != std::string_view::npos;
    c.labelled = found.ote || hasWord(window, {"pay", "salary", "salaries", "base", "compensation", "ote",
                                               "on-target", "wage", "wages", "earnings", "remuneration"});
    c.revenue = millions || hasWord(window, {"revenue", "arr", "mrr", "worth", "book", "portfolio",
                                             "pipeline", "quota", "budget", "spend"});
    c.found = std::move(found);
    return c;
}

}  // namespace

bool mayStartAmount(std::string_view text, size_t at)
{
    const auto c = static_cast<unsigned char>(text[at]);
    if (isDigit(text[at])) {
        // Inside a number or a word, parseFigure refuses a figure.
        const char before = at > 0 ? text[at - 1] : ' ';
        return !isDigit(before) && !isAlpha(before) && before != '.';
    }
    if (c >= 'A' && c <= 'Z') {
        // "US$", "CA$", "A$" or a code: a second capital or '$' follows.
        const char next = at + 1 < text.size() ? text[at + 1] : 'A';
        return (next >= 'A' && next <= 'Z') || next == '$';
    }
    // '$', "€" and "£" (not every byte that starts a character beyond
    // ASCII: dashes and curly quotes start with E2 as "€" does).
    return c == '$' || (c == 0xE2 && startsWith(text, at, "€")) || (c == 0xC2 && startsWith(text, at, "£"));
}

void payAmountStarts(std::string_view text, std::vector<size_t>& starts)
{
    // Only these bytes can start one: most bytes need no closer look.
    static const auto mayStart = [] {
        std::array<bool, 256> table{};
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<size_t>(c)] = true;
        for (int c = 'A'; c <= 'Z'; ++c)
            table[static_cast<size_t>(c)] = true;
        for (int c : {int{'$'}, 0xE2, 0xC2})
            table[static_cast<size_t>(c)] = true;
        return table;
    }();
    starts.clear();
    for (size_t i = 0; i < text.size(); ++i)
        if (mayStart[static_cast<unsigned char>(text[i])] && mayStartAmount(text, i))
            starts.push_back(i);
}

std::vector<size_t> payAmountStarts(std::string_view text)
{
    std::vector<size_t> starts;
    payAmountStarts(text, starts);
    return starts;
}

std::vector<FoundPayRange> findPayRanges(std::string_view text)
{
    return findPayRanges(text, payAmountStarts(text));
}

std::vector<FoundPayRange> findPayRanges(std::string_view text, const std::vector<size_t>& amountStarts)
{
    return choosePayRanges(findPayRangeCandidates(text, amountStarts));
}

std::vector<PayRangeCandidate> findPayRangeCandidates(std::string_view text, const std::vector<size_t>& amountStarts)
{
    std::vector<PayRangeCandidate> candidates;
    size_t previousEnd = 0;
    size_t i = 0;
    auto start = amountStarts.begin();
    while (true) {
        // Every other byte would fail parseAmount: skip straight past it.
        start = std::lower_bound(start, amountStarts.end(), i);
        if (start == amountStarts.end() || *start >= text.size())
            break;
        i = *start;
        auto first = parseAmount(text, i);
        if (!first) {
            ++i;
            continue;
        }
        auto separator = skipSeparator(text, first->end, endsWithWord(text, first->start, "between"));
        auto second = separator ? parseAmount(text, *separator) : std::nullopt;
        if (!second) {
            i = first->end;
            continue;
        }
        size_t end = second->end;
        std::string trailing;
        if (const size_t code = skipSpaces(text, end); !(trailing = codeAt(text, code)).empty())
            end = code + 3;
        const std::string currency = !first->currency.empty()    ? first->currency
                                     : !second->currency.empty() ? second->currency
                                                                 : trailing;
        const bool consistent = (first->currency.empty() || first->currency == currency) &&
                                (second->currency.empty() || second->currency == currency) &&
                                (trailing.empty() || trailing == currency);
        if (!currency.empty() && consistent) {
            // "$70–90k": a suffix on the second figure only applies to both.
            const char firstSuffix = first->suffix ? first->suffix : second->suffix;
            FoundPayRange found;
            found.range = {toUnits(*first, firstSuffix), toUnits(*second, second->suffix)};
            found.currency = currency;
            found.offset = first->start;
            found.length = end - first->start;
            candidates.push_back(
                classify(text, std::move(found), firstSuffix == 'm' || second->suffix == 'm', previousEnd));
            previousEnd = end;
        }
        i = end;
    }
    return candidates;
}

std::vector<FoundPayRange> choosePayRanges(std::vector<PayRangeCandidate> candidates)
{
    const bool anyLabelled = std::any_of(candidates.begin(), candidates.end(),
                                         [](const PayRangeCandidate& c) { return c.labelled; });
    std::vector<FoundPayRange> ranges;
    ranges.reserve(candidates.size());
    for (PayRangeCandidate& c : candidates)
        if (anyLabelled ? c.labelled : !c.revenue)
            ranges.push_back(std::move(c.found));
    return ranges;
}

}  // namespace amhire
