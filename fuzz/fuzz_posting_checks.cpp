// libFuzzer target: the posting readiness checks on arbitrary text, with the
// bundled gender-coded word list and a pay band, as the Postings view runs
// them on whatever the user types.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/posting/PostingChecks.h"

namespace {

const amhire::PostingCheckContext& context()
{
    static const amhire::PostingCheckContext ctx = [] {
        amhire::PostingCheckContext c;
        amhire::Diagnostics ignored;
        c.words = amhire::loadGenderCodedWords(AMHIRE_FUZZ_WORDS_FILE, ignored);
        amhire::LevelBand band;
        band.level = amhire::Level::Mid;
        band.baseMin = 60000;
        band.baseMax = 80000;
        band.oteMin = 80000;
        band.oteMax = 100000;
        band.currency = "USD";
        c.band = band;
        c.bandLabel = "mid-level fuzz";
        return c;
    }();
    return ctx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    amhire::PostingReport report = amhire::checkPosting(text, context());
    // Every finding must point inside the text it was found in.
    for (const amhire::Finding& f : report.findings)
        if (f.offset > text.size() || f.length > text.size() - f.offset || f.line < 1 || f.column < 1)
            __builtin_trap();
    return 0;
}
