#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/Level.h"
#include "core/content/SourceLocation.h"

namespace amhire {

enum class QuestionKind { Behavioral, Situational, RolePlay, Technical };

std::optional<QuestionKind> parseQuestionKind(const std::string& id);
const char* questionKindId(QuestionKind kind);     // "role-play"
const char* questionKindTitle(QuestionKind kind);  // "Role-play"

struct Question {
    std::string id;
    std::string competency;
    QuestionKind kind = QuestionKind::Behavioral;
    LevelSet levels;
    int minutes = 5;
    std::string text;
    std::vector<std::string> probes;
    std::vector<std::string> listenFor;
    std::vector<std::string> redFlags;
    std::string bankId;
    SourceLocation where;
    SourceLocation competencyWhere;  // the competency attribute, for reference errors
};

struct QuestionBank {
    std::string id;
    std::string title;
    SourceLocation where;
};

}  // namespace amhire
