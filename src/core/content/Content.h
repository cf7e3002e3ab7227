#pragma once

#include <string>
#include <vector>

#include "core/content/Competency.h"
#include "core/content/JobTemplate.h"
#include "core/content/Question.h"

namespace amhire {

// All bundled content, read once and never changed afterwards: views and
// reports share one instance and look items up by id.
class Content {
public:
    Content() = default;
    Content(std::vector<Rubric> rubrics, std::vector<Competency> competencies,
            std::vector<QuestionBank> banks, std::vector<Question> questions,
            std::vector<JobTemplate> templates, std::string hash = {});

    const std::vector<Rubric>& rubrics() const { return rubrics_; }
    const std::vector<Competency>& competencies() const { return competencies_; }
    const std::vector<QuestionBank>& questionBanks() const { return banks_; }
    const std::vector<Question>& questions() const { return questions_; }
    const std::vector<JobTemplate>& templates() const { return templates_; }

    const Competency* competency(const std::string& id) const;
    const Question* question(const std::string& id) const;
    const JobTemplate* jobTemplate(const std::string& id) const;
    const Rubric* rubric(const std::string& id) const;

    // Questions on a competency, in file order.
    std::vector<const Question*> questionsFor(const std::string& competencyId) const;
    // Questions on a competency that suit a level.
    std::vector<const Question*> questionsFor(const std::string& competencyId, Level level) const;

    // Fingerprint of the files this was loaded from (see ContentLoader).
    const std::string& hash() const { return hash_; }

    bool empty() const { return competencies_.empty() && questions_.empty() && templates_.empty(); }

private:
    std::vector<Rubric> rubrics_;
    std::vector<Competency> competencies_;
    std::vector<QuestionBank> banks_;
    std::vector<Question> questions_;
    std::vector<JobTemplate> templates_;
    std::string hash_;

    // Item indices sorted by id (the first definition of an id first), looked
    // up by binary search: one allocation each instead of a node per item.
    std::vector<size_t> competencyIndex_;
    std::vector<size_t> questionIndex_;
    std::vector<size_t> templateIndex_;
    std::vector<size_t> rubricIndex_;
    // Question indices sorted by competency, in file order within one.
    std::vector<size_t> questionsByCompetency_;
};

}  // namespace amhire
