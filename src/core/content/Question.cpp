#include "core/content/Question.h"

#include "core/content/NameIs.h"

namespace amhire {

namespace {
struct KindName {
    QuestionKind kind;
    const char* id;
    const char* title;
};
constexpr KindName kKinds[] = {
    {QuestionKind::Behavioral, "behavioral", "Behavioural"},
    {QuestionKind::Situational, "situational", "Situational"},
    {QuestionKind::RolePlay, "role-play", "Role-play"},
    {QuestionKind::Technical, "technical", "Technical"},
};
}  // namespace

std::optional<QuestionKind> parseQuestionKind(const std::string& id)
{
    for (const auto& k : kKinds)
        if (sameName(id.c_str(), k.id))
            return k.kind;
    return std::nullopt;
}

const char* questionKindId(QuestionKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k.id;
    return "behavioral";
}

const char* questionKindTitle(QuestionKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k.title;
    return "Behavioural";
}

}  // namespace amhire
