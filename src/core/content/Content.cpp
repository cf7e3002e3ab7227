#include "core/content/Content.h"

namespace amhire {

namespace {

template <typename Item>
std::map<std::string, size_t, std::less<>> indexById(const std::vector<Item>& items)
{
    std::map<std::string, size_t, std::less<>> index;
    for (size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);  // first definition wins; duplicates are load errors
    return index;
}

template <typename Item>
const Item* find(const std::vector<Item>& items, const std::map<std::string, size_t, std::less<>>& index,
                 const std::string& id)
{
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
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
    for (size_t i = 0; i < questions_.size(); ++i)
        questionsByCompetency_[questions_[i].competency].push_back(i);
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
    std::vector<const Question*> out;
    auto it = questionsByCompetency_.find(competencyId);
    if (it != questionsByCompetency_.end())
        for (size_t i : it->second)
            out.push_back(&questions_[i]);
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
