#pragma once

#include <optional>
#include <string>

#include "core/content/JobTemplate.h"
#include "core/posting/PostingInput.h"

namespace amhire {

// Whole currency units per year.
struct PayRange {
    long min = 0;
    long max = 0;

    bool contains(const PayRange& other) const { return other.min >= min && other.max <= max; }
};

// The pay a posting states: a base range and, for roles with commission, the
// on-target earnings range.
struct PayOffer {
    std::string currency = "USD";  // ISO 4217 code
    PayRange base;
    std::optional<PayRange> ote;
};

// The band's pay with the input's figures laid over it, field by field. When
// the base is overridden but the OTE is not, the band's OTE is kept only if it
// still lies at or above the new base; OTE below base would be nonsense.
PayOffer payOffer(const PostingInput& input, const LevelBand& band);

// "$70,000" for USD, EUR and GBP; "CHF 70,000" for other codes.
std::string formatMoney(long amount, const std::string& currency);
// "$70,000–$90,000" or "CHF 70,000–90,000" (an en dash between the ends).
std::string formatPayRange(const PayRange& range, const std::string& currency);
// "$70,000–$90,000 base + commission, OTE $95,000–$125,000"; just
// "$70,000–$90,000 base" without an OTE above the base.
std::string formatPay(const PayOffer& offer);

// "$" for USD, "€" for EUR, "£" for GBP; empty for other currencies.
const char* currencySymbol(const std::string& currency);

}  // namespace amhire
