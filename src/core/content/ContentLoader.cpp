#include "core/content/ContentLoader.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "core/content/ContentFingerprint.h"
#include "core/content/ContentFolder.h"
#include "core/content/Readers.h"

namespace amhire {

std::vector<std::filesystem::path> contentFilesIn(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> files;
    for (const std::string& name : contentFileNamesIn(dir.string()).value_or(std::vector<std::string>{}))
        files.push_back(dir / name);
    return files;
}

std::vector<std::filesystem::path> contentFilesInLoadOrder(const std::filesystem::path& root)
{
    std::vector<std::filesystem::path> files;
    for (const char* folder : kContentFolders)
        for (auto& path : contentFilesIn(root / folder))
            files.push_back(std::move(path));
    return files;
}

namespace {

std::string describe(const SourceLocation& where)
{
    return fmt::format("{}:{}:{}", where.path(), where.line, where.column);
}

// Reports the second and later definitions of an id, pointing back at the
// first, in item order. The items are sorted by id (stable, so the first
// definition leads each run) in a vector of indices: no node per item.
template <typename Item>
void checkDuplicates(const std::vector<Item>& items, const char* what, Diagnostics& out)
{
    std::vector<size_t> byId(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        byId[i] = i;
    std::stable_sort(byId.begin(), byId.end(), [&](size_t a, size_t b) { return items[a].id < items[b].id; });
    std::vector<std::pair<size_t, size_t>> duplicateAndFirst;
    for (size_t k = 1, first = 0; k < byId.size(); ++k) {
        if (items[byId[k]].id != items[byId[first]].id)
            first = k;
        else
            duplicateAndFirst.emplace_back(byId[k], byId[first]);
    }
    std::sort(duplicateAndFirst.begin(), duplicateAndFirst.end());
    for (const auto& [duplicate, first] : duplicateAndFirst)
        out.push_back(makeError(items[duplicate].where,
                                fmt::format("duplicate {} id '{}' (first defined at {})", what, items[duplicate].id,
                                            describe(items[first].where))));
}

void checkReferences(const Content& content, Diagnostics& out)
{
    for (const Question& q : content.questions())
        if (!content.competency(q.competency))
            out.push_back(makeError(q.competencyWhere,
                                    fmt::format("question '{}' refers to unknown competency '{}'", q.id, q.competency)));
    for (const JobTemplate& t : content.templates())
        for (const Assessment& a : t.assessments)
            if (!content.competency(a.competency))
                out.push_back(makeError(
                    a.where, fmt::format("template '{}' assesses unknown competency '{}'", t.id, a.competency)));
}

}  // namespace

ContentLoadResult loadContent(const std::filesystem::path& root, const XmlLimits& limits)
{
    ContentLoadResult result;
    std::vector<Rubric> rubrics;
    std::vector<Competency> competencies;
    std::vector<QuestionBank> banks;
    std::vector<Question> questions;
    std::vector<JobTemplate> templates;
    ContentFingerprint fingerprint;
    // One file is read at a time, into memory kept for the next (see XmlFileBytes).
    XmlFileBytes bytes;

    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) {
        result.diagnostics.push_back(
            {root.string(), 0, 0, Severity::Error, "content folder not found (expected rubrics/, questionbank/, templates/)"});
        return result;
    }
    for (const char* folder : kContentFolders) {
        const std::string dir = (root / folder).string();
        const auto entries = contentFileEntriesIn(dir);
        if (!entries) {
            // A folder that is there but cannot be listed has no files to load.
            if (!std::filesystem::is_directory(dir, ec))
                result.diagnostics.push_back({dir, 0, 0, Severity::Error, "content folder is missing"});
            continue;
        }
        for (const ContentFileEntry& entry : *entries) {
            auto file = XmlFile::load(dir + '/' + entry.name, result.diagnostics, limits, &bytes, entry.regular);
            ++result.filesRead;
            if (!file)
                continue;
            fingerprint.addFile(file->original());
            if (std::strcmp(folder, "rubrics") == 0)
                readRubricFile(*file, result.diagnostics, rubrics, competencies);
            else if (std::strcmp(folder, "questionbank") == 0)
                readQuestionBankFile(*file, result.diagnostics, banks, questions);
            else
                readTemplateFile(*file, result.diagnostics, templates);
        }
    }

    checkDuplicates(rubrics, "rubric", result.diagnostics);
    checkDuplicates(competencies, "competency", result.diagnostics);
    checkDuplicates(banks, "question bank", result.diagnostics);
    checkDuplicates(questions, "question", result.diagnostics);
    checkDuplicates(templates, "template", result.diagnostics);

    result.content = Content(std::move(rubrics), std::move(competencies), std::move(banks), std::move(questions),
                             std::move(templates), fingerprint.value());
    checkReferences(result.content, result.diagnostics);
    return result;
}

}  // namespace amhire
