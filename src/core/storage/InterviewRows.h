#pragma once

// Reading interview rows, shared by the SQLite classes; not part of the storage API.

#include <SQLiteCpp/Statement.h>

#include "core/storage/Model.h"

namespace amhire::sql {

// The columns readInterview() expects, for "SELECT <these> FROM interviews i …".
#define AMHIRE_INTERVIEW_COLUMNS                                                                             \
    "i.id, i.application_id, i.interviewer, i.kind, i.scheduled_at, i.started_at, i.submitted_at, "          \
    "i.status, i.recommendation, i.strengths, i.concerns, i.current_question, i.planned_minutes, "           \
    "i.created_at"

Interview readInterview(SQLite::Statement& query);

} // namespace amhire::sql
