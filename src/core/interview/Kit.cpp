#include "core/interview/Kit.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace amhire {

namespace {

struct KindInfo {
    InterviewKind kind;
    const char* id;
    const char* title;
};
constexpr KindInfo kKinds[] = {
    {InterviewKind::PhoneScreen, "phone-screen", "Phone screen"},
    {InterviewKind::HiringManager, "hiring-manager", "Hiring manager interview"},
    {InterviewKind::Panel, "panel", "Panel interview"},
    {InterviewKind::RolePlay, "role-play", "Role-play exercise"},
};

// Lower ranks are asked first. A phone screen favours short behavioural
// questions; a role-play session favours the role-plays; panels mix.
int preference(InterviewKind interview, const Question& q)
{
    switch (interview) {
    case InterviewKind::PhoneScreen:
        return (q.kind == QuestionKind::Behavioral ? 0 : q.kind == QuestionKind::Situational ? 1 : 3) * 100 + q.minutes;
    case InterviewKind::RolePlay:
        return (q.kind == QuestionKind::RolePlay ? 0 : q.kind == QuestionKind::Situational ? 1 : 2) * 100;
    case InterviewKind::HiringManager:
        return (q.kind == QuestionKind::Behavioral || q.kind == QuestionKind::Technical ? 0 : 1) * 100;
    case InterviewKind::Panel:
        return 0;
    }
    return 0;
}

std::vector<const Question*> rankedQuestions(const Content& content, const std::string& competencyId, Level level,
                                             InterviewKind kind)
{
    auto questions = content.questionsFor(competencyId, level);
    std::stable_sort(questions.begin(), questions.end(), [kind](const Question* a, const Question* b) {
        return preference(kind, *a) < preference(kind, *b);
    });
    return questions;
}

}  // namespace

std::optional<InterviewKind> parseInterviewKind(const std::string& id)
{
    for (const auto& k : kKinds)
        if (id == k.id)
            return k.kind;
    return std::nullopt;
}

const char* interviewKindId(InterviewKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k.id;
    return "panel";
}

const char* interviewKindTitle(InterviewKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k.title;
    return "Panel interview";
}

std::string interviewKindTitleOf(const std::string& id)
{
    const auto kind = parseInterviewKind(id);
    return kind ? interviewKindTitle(*kind) : id;
}

std::vector<std::string> Kit::questionIds() const
{
    std::vector<std::string> ids;
    for (const KitSection& s : sections)
        ids.insert(ids.end(), s.questionIds.begin(), s.questionIds.end());
    return ids;
}

Kit buildKit(const Content& content, const std::vector<KitCompetency>& scorecard, Level level, InterviewKind kind,
             int lengthMinutes)
{
    Kit kit;
    kit.level = level;
    kit.kind = kind;
    kit.lengthMinutes = lengthMinutes;
    const int budget = std::max(0, lengthMinutes - kKitReserveMinutes);

    std::vector<KitCompetency> ordered = scorecard;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const KitCompetency& a, const KitCompetency& b) { return a.weight > b.weight; });

    std::vector<std::vector<const Question*>> pools;
    for (const KitCompetency& c : ordered) {
        kit.sections.push_back({c.competencyId, c.weight, {}});
        pools.push_back(rankedQuestions(content, c.competencyId, level, kind));
    }

    // Rounds: every competency gets its first question before any gets a
    // second, heaviest first, so a short interview still covers the most.
    std::set<std::string> used;
    bool added = true;
    for (size_t round = 0; added; ++round) {
        added = false;
        for (size_t i = 0; i < kit.sections.size(); ++i) {
            if (kit.sections[i].questionIds.size() != round)
                continue;
            for (const Question* q : pools[i]) {
                if (used.count(q->id) || kit.plannedMinutes + q->minutes > budget)
                    continue;
                kit.sections[i].questionIds.push_back(q->id);
                used.insert(q->id);
                kit.plannedMinutes += q->minutes;
                added = true;
                break;
            }
        }
    }
    for (const KitSection& s : kit.sections)
        if (s.questionIds.empty())
            kit.uncovered.push_back(s.competencyId);
    return kit;
}

void replan(Kit& kit, const Content& content)
{
    kit.plannedMinutes = 0;
    kit.uncovered.clear();
    for (const KitSection& s : kit.sections) {
        for (const auto& id : s.questionIds)
            if (const Question* q = content.question(id))
                kit.plannedMinutes += q->minutes;
        if (s.questionIds.empty())
            kit.uncovered.push_back(s.competencyId);
    }
}

std::optional<std::string> swapQuestion(Kit& kit, const Content& content, const std::string& oldQuestionId,
                                        const std::string& newQuestionId)
{
    const Question* replacement = content.question(newQuestionId);
    if (!replacement)
        return fmt::format("no question '{}'", newQuestionId);
    const auto all = kit.questionIds();
    if (std::find(all.begin(), all.end(), newQuestionId) != all.end())
        return fmt::format("question '{}' is already in the kit", newQuestionId);
    for (KitSection& s : kit.sections) {
        auto it = std::find(s.questionIds.begin(), s.questionIds.end(), oldQuestionId);
        if (it == s.questionIds.end())
            continue;
        if (replacement->competency != s.competencyId)
            return fmt::format("question '{}' assesses '{}', not '{}'", newQuestionId, replacement->competency,
                               s.competencyId);
        *it = newQuestionId;
        replan(kit, content);
        return std::nullopt;
    }
    return fmt::format("question '{}' is not in the kit", oldQuestionId);
}

std::vector<const Question*> alternativesFor(const Kit& kit, const Content& content, const std::string& competencyId)
{
    const auto inKit = kit.questionIds();
    std::vector<const Question*> out;
    for (const Question* q : content.questionsFor(competencyId, kit.level))
        if (std::find(inKit.begin(), inKit.end(), q->id) == inKit.end())
            out.push_back(q);
    return out;
}

}  // namespace amhire
