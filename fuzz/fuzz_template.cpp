// libFuzzer target: a job template file from bytes, through XmlFile and the
// reader; a template that reads cleanly is also rendered at each level it
// offers and checked, as the Postings view does on every keystroke.
#include "FuzzContent.h"
#include "core/content/Readers.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    amhire::Diagnostics out;
    auto file = amhire::fuzz::parseContent(data, size, out);
    std::vector<amhire::JobTemplate> templates;
    if (file)
        amhire::readTemplateFile(*file, out, templates);
    amhire::fuzz::checkDiagnostics(out, file.get());
    if (amhire::hasErrors(out))
        return 0;
    for (const amhire::JobTemplate& t : templates) {
        for (const amhire::LevelBand& band : t.levels) {
            amhire::PostingInput input;
            input.level = band.level;
            input.company = "Acme";
            amhire::Posting posting = amhire::renderPosting(t, input);
            amhire::checkPosting(posting.markdown, amhire::checkContextFor(t, band.level, {}));
        }
    }
    return 0;
}
