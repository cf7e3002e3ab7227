#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/Content.h"

namespace amhire {

// What kind of conversation the kit is for; it steers which questions come first.
enum class InterviewKind { PhoneScreen, HiringManager, Panel, RolePlay };

std::optional<InterviewKind> parseInterviewKind(const std::string& id);
const char* interviewKindId(InterviewKind kind);     // "phone-screen"
const char* interviewKindTitle(InterviewKind kind);  // "Phone screen"
// For people: the title of a stored kind id ("phone-screen" -> "Phone
// screen"), or the id as stored when this version does not know it.
std::string interviewKindTitleOf(const std::string& id);

// A competency of the scorecard the kit is built from.
struct KitCompetency {
    std::string competencyId;
    double weight = 1.0;
};

struct KitSection {
    std::string competencyId;
    double weight = 1.0;
    std::vector<std::string> questionIds;  // in the order to ask them
};

// An interview kit: the scorecard's competencies in weight order, each with
// questions suited to the level, planned to fit the interview's length.
struct Kit {
    Level level = Level::Mid;
    InterviewKind kind = InterviewKind::Panel;
    int lengthMinutes = 60;
    int plannedMinutes = 0;                 // questions only, without the reserve
    std::vector<KitSection> sections;
    std::vector<std::string> uncovered;     // competencies no question fitted for

    std::vector<std::string> questionIds() const;  // flattened, in asking order
};

// Minutes kept free in every interview for the introduction and the
// candidate's own questions; the questions are planned into the rest.
inline constexpr int kKitReserveMinutes = 10;

Kit buildKit(const Content& content, const std::vector<KitCompetency>& scorecard, Level level, InterviewKind kind,
             int lengthMinutes);

// Recomputes planned minutes after the questions were changed.
void replan(Kit& kit, const Content& content);

// Replaces one question with another on the same competency; returns an error
// message instead when the swap would break the kit.
std::optional<std::string> swapQuestion(Kit& kit, const Content& content, const std::string& oldQuestionId,
                                        const std::string& newQuestionId);

// Questions on `competencyId` at the kit's level that are not in the kit yet.
std::vector<const Question*> alternativesFor(const Kit& kit, const Content& content, const std::string& competencyId);

}  // namespace amhire
