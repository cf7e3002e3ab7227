#include "core/content/ContentLoader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/content/Readers.h"

namespace amhire {

namespace {

std::vector<std::filesystem::path> xmlFilesIn(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".xml" && !entry.is_directory())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string describe(const SourceLocation& where)
{
    return fmt::format("{}:{}:{}", where.path, where.line, where.column);
}

// Reports the second and later definitions of an id, pointing back at the first.
template <typename Item>
void checkDuplicates(const std::vector<Item>& items, const char* what, Diagnostics& out)
{
    std::map<std::string, const Item*> first;
    for (const Item& item : items) {
        auto [it, inserted] = first.emplace(item.id, &item);
        if (!inserted)
            out.push_back(makeError(item.where, fmt::format("duplicate {} id '{}' (first defined at {})", what,
                                                            item.id, describe(it->second->where))));
    }
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

// A stable fingerprint of the content, stored with each opening's scorecard so
// a later reader can tell whether the XML has changed since.
std::string fingerprint(const std::vector<std::string>& bytesInLoadOrder)
{
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a, 64 bit
    for (const std::string& bytes : bytesInLoadOrder) {
        for (unsigned char c : bytes) {
            hash ^= c;
            hash *= 1099511628211ull;
        }
        hash ^= 0xFF;  // separates files so moving bytes between them changes the hash
        hash *= 1099511628211ull;
    }
    return fmt::format("{:016x}", hash);
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
    std::vector<std::string> bytes;

    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) {
        result.diagnostics.push_back(
            {root.string(), 0, 0, Severity::Error, "content folder not found (expected rubrics/, questionbank/, templates/)"});
        return result;
    }
    for (const char* folder : kContentFolders) {
        const auto dir = root / folder;
        if (!std::filesystem::is_directory(dir, ec)) {
            result.diagnostics.push_back({dir.string(), 0, 0, Severity::Error, "content folder is missing"});
            continue;
        }
        for (const auto& path : xmlFilesIn(dir)) {
            auto file = XmlFile::load(path, result.diagnostics, limits);
            ++result.filesRead;
            if (!file)
                continue;
            bytes.push_back(file->original());
            const std::string name = folder;
            if (name == "rubrics")
                readRubricFile(*file, result.diagnostics, rubrics, competencies);
            else if (name == "questionbank")
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
                             std::move(templates), fingerprint(bytes));
    checkReferences(result.content, result.diagnostics);
    return result;
}

}  // namespace amhire
