// libFuzzer target, differential: one PostingPreviewer kept across every
// input, as the Postings view keeps one through a session, must give for
// each input exactly what rendering, converting and checking from scratch
// give (tests/core/posting/PreviewDifference.h). The previewer remembers
// blocks, block shapes and skeletons from the inputs before, so the fuzzer
// explores values against that memory as well as the values themselves.
//
// The bytes: [template] [level] [work model] [pay] [pay] then the values of
// company, location, team, reports-to, how-to-apply and up to five extra
// benefits, each ended by 0x1F (the ASCII unit separator).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "PreviewDifference.h"
#include "core/content/ContentLoader.h"
#include "core/posting/GenderCodedWords.h"

namespace {

struct Subject {
    amhire::ContentLoadResult loaded = amhire::loadContent(AMHIRE_FUZZ_CONTENT_DIR);
    amhire::GenderCodedWords words = [] {
        amhire::Diagnostics ignored;
        return amhire::loadGenderCodedWords(AMHIRE_FUZZ_WORDS_FILE, ignored);
    }();
    amhire::PostingPreviewer previewer{words};
};

Subject& subject()
{
    static Subject s;
    return s;
}

std::optional<long> payFrom(unsigned bits, unsigned shift)
{
    static const long amounts[] = {10, 5000, 60000, 85000, 120000, 250000, 2000000, 90000};
    if (((bits >> shift) & 1u) == 0)
        return std::nullopt;
    return amounts[(bits >> (shift + 1)) % 8];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Subject& s = subject();
    const auto& templates = s.loaded.content.templates();
    if (size < 5 || templates.empty())
        return 0;
    const amhire::JobTemplate& jobTemplate = templates[data[0] % templates.size()];
    amhire::PostingInput input;
    input.templateId = jobTemplate.id;
    input.level = jobTemplate.levels[data[1] % jobTemplate.levels.size()].level;
    input.workModel = amhire::kAllWorkModels[data[2] % std::size(amhire::kAllWorkModels)];
    const unsigned pay = data[3] | (unsigned{data[4]} << 8);  // 4 bits a figure: given, and which
    input.payMin = payFrom(pay, 0);
    input.payMax = payFrom(pay, 4);
    input.oteMin = payFrom(pay, 8);
    input.oteMax = payFrom(pay, 12);

    std::string* const fields[] = {&input.company, &input.location, &input.team, &input.reportsTo,
                                   &input.howToApply};
    size_t field = 0;
    std::string value;
    for (size_t i = 5; i <= size; ++i) {
        if (i < size && data[i] != 0x1F) {
            value += static_cast<char>(data[i]);
            continue;
        }
        if (field < std::size(fields))
            *fields[field] = std::move(value);
        else if (input.extraBenefits.size() < 5)
            input.extraBenefits.push_back(std::move(value));
        ++field;
        value.clear();
    }

    const amhire::PostingPreview preview = s.previewer.preview(jobTemplate, input);
    if (const auto difference = amhire::test::previewDifference(preview, jobTemplate, input, s.words)) {
        std::fprintf(stderr, "the preview differs from scratch (%s, %s): %s\n", jobTemplate.id.c_str(),
                     amhire::levelId(input.level), difference->c_str());
        __builtin_trap();
    }
    return 0;
}
