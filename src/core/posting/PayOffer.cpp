#include "core/posting/PayOffer.h"

#include <fmt/format.h>

namespace amhire {

const char* currencySymbol(const std::string& currency)
{
    if (currency == "USD")
        return "$";
    if (currency == "EUR")
        return "€";
    if (currency == "GBP")
        return "£";
    return "";
}

namespace {

// Thousands separators the same way whatever the user's locale: postings are
// written in English, and "70.000" would read as seventy. Put in by hand
// rather than through a std::locale ({:L}), which fmt looks up on every call:
// each posting preview formats its pay.
void appendGrouped(std::string& out, long amount)
{
    const fmt::format_int digits(amount);
    const std::string_view text(digits.data(), digits.size());
    const size_t sign = text[0] == '-' ? 1 : 0;
    char grouped[32];  // 20 characters of a long and its 6 commas
    size_t length = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i > sign && (text.size() - i) % 3 == 0)
            grouped[length++] = ',';
        grouped[length++] = text[i];
    }
    out.append(grouped, length);
}

// "$70,000–$90,000" or "SEK 70,000–90,000".
void appendPayRange(std::string& out, const PayRange& range, const std::string& currency)
{
    const char* symbol = currencySymbol(currency);
    if (*symbol)
        out += symbol;
    else
        (out += currency) += ' ';
    appendGrouped(out, range.min);
    out += "–";
    out += symbol;
    appendGrouped(out, range.max);
}

}  // namespace

std::string formatMoney(long amount, const std::string& currency)
{
    const char* symbol = currencySymbol(currency);
    std::string out = *symbol ? symbol : currency + " ";
    appendGrouped(out, amount);
    return out;
}

std::string formatPayRange(const PayRange& range, const std::string& currency)
{
    std::string out;
    appendPayRange(out, range, currency);
    return out;
}

std::string formatPay(const PayOffer& offer)
{
    std::string text;
    text.reserve(64);
    appendPayRange(text, offer.base, offer.currency);
    text += " base";
    if (offer.ote && (offer.ote->min > offer.base.min || offer.ote->max > offer.base.max)) {
        text += " + commission, OTE ";
        appendPayRange(text, *offer.ote, offer.currency);
    }
    return text;
}

PayOffer payOffer(const PostingInput& input, const LevelBand& band)
{
    PayOffer offer;
    offer.currency = band.currency;
    offer.base = {input.payMin.value_or(band.baseMin), input.payMax.value_or(band.baseMax)};
    PayRange ote{input.oteMin.value_or(band.oteMin), input.oteMax.value_or(band.oteMax)};
    const bool baseOverridden = input.payMin || input.payMax;
    const bool oteGiven = input.oteMin || input.oteMax;
    if (oteGiven || !baseOverridden || (ote.min >= offer.base.min && ote.max >= offer.base.max))
        offer.ote = ote;
    return offer;
}

}  // namespace amhire
