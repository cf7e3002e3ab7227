#pragma once

#include <vector>

#include "core/content/Competency.h"
#include "core/content/Diagnostic.h"
#include "core/content/JobTemplate.h"
#include "core/content/Question.h"
#include "core/content/XmlFile.h"

namespace amhire {

// Each reader turns one parsed file into model items, checking everything that
// can be checked within that file. Checks across files (duplicate ids,
// references) are the loader's. Items with errors are still appended when
// enough of them was read, so later checks can report against them too.
void readRubricFile(const XmlFile& file, Diagnostics& out, std::vector<Rubric>& rubrics,
                    std::vector<Competency>& competencies);
void readQuestionBankFile(const XmlFile& file, Diagnostics& out, std::vector<QuestionBank>& banks,
                          std::vector<Question>& questions);
void readTemplateFile(const XmlFile& file, Diagnostics& out, std::vector<JobTemplate>& templates);

}  // namespace amhire
