// libFuzzer target: a question bank file from bytes, through XmlFile and the reader.
#include "FuzzContent.h"
#include "core/content/Readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    amhire::Diagnostics out;
    auto file = amhire::fuzz::parseContent(data, size, out);
    std::vector<amhire::QuestionBank> banks;
    std::vector<amhire::Question> questions;
    if (file)
        amhire::readQuestionBankFile(*file, out, banks, questions);
    amhire::fuzz::checkDiagnostics(out, file.get());
    return 0;
}
