// libFuzzer target: a rubric file from bytes, through XmlFile and the reader.
#include "FuzzContent.h"
#include "core/content/Readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    amhire::Diagnostics out;
    auto file = amhire::fuzz::parseContent(data, size, out);
    std::vector<amhire::Rubric> rubrics;
    std::vector<amhire::Competency> competencies;
    if (file)
        amhire::readRubricFile(*file, out, rubrics, competencies);
    amhire::fuzz::checkDiagnostics(out, file.get());
    return 0;
}
