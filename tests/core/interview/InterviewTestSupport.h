#pragma once

// A database with an opening made from a bundled template, a candidate and
// their application: what an interview is started from.

#include <memory>
#include <string>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"
#include "core/openings/NewOpening.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::test {

inline const Content& bundledContent()
{
    static const ContentLoadResult result = loadContent(sourceDir());
    return result.content;
}

struct InterviewFixture {
    TempDir dir;
    std::filesystem::path path = dir / "hiring.db";
    std::unique_ptr<SqliteStorage> storage = SqliteStorage::open(path);
    int64_t openingId = 0;
    int64_t candidateId = 0;
    int64_t applicationId = 0;

    InterviewFixture()
    {
        PostingInput input;
        input.templateId = "saas";
        input.level = Level::Senior;
        input.company = "Northwind";
        input.location = "Berlin";
        input.payMin = 70000;
        input.payMax = 90000;
        const Content& content = bundledContent();
        openingId = storage->openings().add(makeOpening(content, *content.jobTemplate("saas"), input), "hm");
        Candidate candidate;
        candidate.name = "Ada Example";
        candidate.email = "ada@example.com";
        candidateId = storage->candidates().add(candidate, "hm");
        applicationId = storage->candidates().addApplication(candidateId, openingId, Stage::Interviewing, "hm");
    }
};

}  // namespace amhire::test
