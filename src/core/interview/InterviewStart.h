#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/content/Content.h"
#include "core/interview/Kit.h"
#include "core/storage/Storage.h"

namespace amhire {

// What an interviewer chooses before the conversation starts.
struct InterviewRequest {
    int64_t applicationId = 0;
    std::string interviewer;
    InterviewKind kind = InterviewKind::Panel;
    int lengthMinutes = 60;  // 45, 60 or 90 in the app; anything from 15 to 240 here
};

// The kit for an opening: built from its frozen scorecard (its weights, not
// today's rubric) at its level.
Kit kitForOpening(const Content& content, const Opening& opening, InterviewKind kind, int lengthMinutes);

// The kit for an application: built from the opening's frozen scorecard (its
// weights, not today's rubric) at the opening's level.
Kit kitForApplication(Storage& storage, const Content& content, int64_t applicationId, InterviewKind kind,
                      int lengthMinutes);

// Creates the interviewer's draft scorecard with its kit stored, and returns
// its id. An interviewer who already has a draft for the same application gets
// that one back instead of a second, so a double click never splits their scores.
// Throws StorageError (unknown application, empty interviewer name, bad length).
int64_t startInterview(Storage& storage, const Content& content, const InterviewRequest& request);

// The interviewer's scorecards for the request's application that they have
// already submitted, oldest first; empty while they have a draft for it
// (starting resumes that). Starting anyway gives HR a second scorecard of
// theirs for the candidate, which is right for a later round and wrong for a
// correction, so the app asks first. Throws StorageError.
std::vector<Interview> submittedBefore(Storage& storage, const InterviewRequest& request);

}  // namespace amhire
