#pragma once

// Shared setup for the storage tests.

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "TestPaths.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::test {

inline const std::string kActor = "Dana Reviewer";

inline Opening sampleOpening()
{
    Opening opening;
    opening.templateId = "saas-account-manager";
    opening.level = "senior";
    opening.title = "Senior Account Manager";
    opening.company = "Northwind";
    opening.location = "Berlin";
    opening.workModel = "hybrid";
    opening.payMin = 70000;
    opening.payMax = 90000;
    opening.currency = "EUR";
    opening.scorecard.rubricVersion = "2026.1";
    opening.scorecard.contentHash = "sha256:abc";
    opening.scorecard.entries = {
        {"retention", "Retention and renewals", 3.0, 3},
        {"expansion", "Expansion selling", 2.0, std::nullopt},
        {"communication", "Communication", 1.0, std::nullopt},
    };
    return opening;
}

inline Candidate sampleCandidate(const std::string& name = "Ada Example",
                                 const std::string& email = "ada@example.com")
{
    Candidate candidate;
    candidate.name = name;
    candidate.email = email;
    candidate.phone = "+49 30 1234567";
    candidate.source = "referral";
    candidate.currentCompany = "Contoso";
    candidate.currentTitle = "Account Manager";
    return candidate;
}

inline Interview sampleInterview(int64_t applicationId, const std::string& interviewer)
{
    Interview interview;
    interview.applicationId = applicationId;
    interview.interviewer = interviewer;
    interview.kind = "panel";
    interview.kitQuestionIds = {"q-retention-1", "q-expansion-2", "q-communication-1"};
    interview.plannedMinutes = 60;
    return interview;
}

// A database with one opening, one candidate and their application.
struct StorageFixture {
    TempDir dir;
    std::filesystem::path path = dir / "hiring.amhire";
    std::unique_ptr<SqliteStorage> storage = SqliteStorage::open(path);
    int64_t openingId = storage->openings().add(sampleOpening(), kActor);
    int64_t candidateId = storage->candidates().add(sampleCandidate(), kActor);
    int64_t applicationId =
        storage->candidates().addApplication(candidateId, openingId, Stage::Interviewing, kActor);

    InterviewStore& interviews() { return storage->interviews(); }
    int64_t newInterview(const std::string& interviewer)
    {
        return interviews().add(sampleInterview(applicationId, interviewer), interviewer);
    }
};

inline std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline unsigned permissions(const std::filesystem::path& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace amhire::test
