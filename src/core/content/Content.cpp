#include "core/content/Content.h"

#include <algorithm>

namespace amhire {

namespace {

template <typename Item>
std::vector<size_t> indexById(const std::vector<Item>& items)
{
    std::vector<size_t> index(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        index[i] = i;
    // Stable: of items with the same id the first comes first, and wins;
    // duplicates are load errors.
    std::stable_sort(index.begin(), index.end(), [&](size_t a, size_t b) { return items[a].id < items[b].id; });
    return index;
}

template <typename Item>
const Item* find(const std::vector<Item>& items, const std::vector<size_t>& index, const std::string& id)
{
    auto it = std::lower_bound(index.begin(), index.end(), id,
                               [&](size_t i, const std::string& wanted) { return items[i].id < wanted; });
    return it == index.end() || items[*it].id != id ? nullptr : &items[*it];
}

}  // namespace

Content::Content(std::vector<Rubric> rubrics, std::vector<Competency> competencies,
                 std::vector<QuestionBank> banks, std::vector<Question> questions,
                 std::vector<JobTemplate> templates, std::string hash)
    : rubrics_(std::move(rubrics)),
      competencies_(std::move(competencies)),
      banks_(std::move(banks)),
      questions_(std::move(questions)),
      templates_(std::move(templates)),
      hash_(std::move(hash)),
      competencyIndex_(indexById(competencies_)),
      questionIndex_(indexById(questions_)),
      templateIndex_(indexById(templates_)),
      rubricIndex_(indexById(rubrics_))
{
    questionsByCompetency_.resize(questions_.size());
    for (size_t i = 0; i < questions_.size(); ++i)
        questionsByCompetency_[i] = i;
    std::stable_sort(questionsByCompetency_.begin(), questionsByCompetency_.end(),
                     [&](size_t a, size_t b) { return questions_[a].competency < questions_[b].competency; });
}

const Competency* Content::competency(const std::string& id) const
{
    return find(competencies_, competencyIndex_, id);
}

const Question* Content::question(const std::string& id) const
{
    return find(questions_, questionIndex_, id);
}

const JobTemplate* Content::jobTemplate(const std::string& id) const
{
    return find(templates_, templateIndex_, id);
}

const Rubric* Content::rubric(const std::string& id) const
{
    return find(rubrics_, rubricIndex_, id);
}

std::vector<const Question*> Content::questionsFor(const std::string& competencyId) const
{
    const auto first = std::lower_bound(
        questionsByCompetency_.begin(), questionsByCompetency_.end(), competencyId,
        [&](size_t i, const std::string& wanted) { return questions_[i].competency < wanted; });
    const auto last = std::upper_bound(
        first, questionsByCompetency_.end(), competencyId,
        [&](const std::string& wanted, size_t i) { return wanted < questions_[i].competency; });
    std::vector<const Question*> out;
    out.reserve(static_cast<size_t>(last - first));
    for (auto it = first; it != last; ++it)
        out.push_back(&questions_[*it]);
    return out;
}

std::vector<const Question*> Content::questionsFor(const std::string& competencyId, Level level) const
{
    std::vector<const Question*> out;
    for (const Question* q : questionsFor(competencyId))
        if (q->levels.contains(level))
            out.push_back(q);
    return out;
}

const LevelBand* JobTemplate::band(Level level) const
{
    for (const LevelBand& b : levels)
        if (b.level == level)
            return &b;
    return nullptr;
}

}  // namespace amhire
