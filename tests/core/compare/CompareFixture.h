#pragma once

// A small opening whose comparison is worked out by hand below, built through
// the store APIs. Shared by the comparison, export and CLI tests.
//
// Scorecard: retention (weight 3, must-have 3), expansion (weight 2),
// communication (weight 1). Submitted scores (— = no score):
//
//                 retention   expansion   communication   recommendation
//   Ada  Sam          4           5            3           yes
//        Riley        5           3            4           strong yes
//        Kim      (draft: 1, 1 — must be ignored)
//   Ben  Sam          2           4       not assessed     no
//        Kim          3           4            —           no decision
//   Cy   Riley        5           4            2           yes
//   Dee  (applied, no interviews)
//
// Ada: means 4.5 / 4 / 3.5, expansion spread 2 = disagreement;
//      total (3·87.5 + 2·75 + 1·62.5) / 6 = 475/6 ≈ 79.17.
// Ben: means 2.5 / 4 / gap; retention below its minimum 3 = knocked out;
//      partial total (3·37.5 + 2·75) / 5 = 52.5.
// Cy:  total (3·100 + 2·75 + 1·25) / 6 = 475/6, tied with Ada.
// Ranks: Ada 1, Cy 1, Ben 3, Dee none.

#include <memory>
#include <optional>
#include <string>

#include "TestPaths.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::test {

struct CompareFixture {
    static constexpr const char* kActor = "HR Lead";
    static inline const std::string kSam = "Sam Panel";
    static inline const std::string kRiley = "Riley Manager";
    static inline const std::string kKim = "Kim Recruiter";

    TempDir dir;
    std::filesystem::path path = dir / "hiring.amhire";
    std::unique_ptr<SqliteStorage> storage = SqliteStorage::open(path);
    int64_t openingId = 0;
    int64_t ada = 0, ben = 0, cy = 0, dee = 0; // application ids
    int64_t adaBySam = 0;                      // an interview with notes and evidence

    explicit CompareFixture(const std::string& cyName = "Cy Third")
    {
        Opening opening;
        opening.templateId = "saas-account-manager";
        opening.level = "senior";
        opening.title = "Senior Account Manager";
        opening.company = "Northwind";
        opening.scorecard.entries = {
            {"retention", "Retention and renewals", 3.0, 3},
            {"expansion", "Expansion selling", 2.0, std::nullopt},
            {"communication", "Communication", 1.0, std::nullopt},
        };
        openingId = storage->openings().add(opening, kActor);
        ada = apply("Ada Example", "ada@example.com", "Contoso", Stage::Interviewing);
        ben = apply("Ben Other", "ben@example.org", "Fabrikam", Stage::Interviewing);
        cy = apply(cyName, "cy@example.net", "Initech", Stage::Offer);
        dee = apply("Dee Notyet", "dee@example.com", "Litware", Stage::Applied);

        adaBySam = interview(ada, kSam, 4, 5, 3);
        auto& interviews = storage->interviews();
        interviews.setRatingNotes(adaBySam, "retention", "Ada renewed 19 of 20 accounts at Contoso.", kSam);
        interviews.setEvidence(adaBySam, "retention", "grr", 94.5, kSam);
        interviews.setTakeaways(adaBySam, "Ada brings numbers to every answer", "", kSam);
        interviews.submit(adaBySam, Recommendation::Yes, kSam);
        submit(interview(ada, kRiley, 5, 3, 4), kRiley, Recommendation::StrongYes, "Calm", "");
        interview(ada, kKim, 1, 1, std::nullopt); // a draft: private to Kim, not compared

        const int64_t benBySam = interview(ben, kSam, 2, 4, std::nullopt);
        interviews.setScore(benBySam, "communication", std::nullopt, kSam); // explicitly not assessed
        submit(benBySam, kSam, Recommendation::No, "", "Vague on renewals");
        submit(interview(ben, kKim, 3, 4, std::nullopt), kKim, Recommendation::NoDecision, "", "");

        submit(interview(cy, kRiley, 5, 4, 2), kRiley, Recommendation::Yes, "Sharp",
               cyName + " seemed unsure about the Initech numbers; email cy@example.net");
    }

    int64_t apply(const std::string& name, const std::string& email, const std::string& company, Stage stage)
    {
        Candidate candidate;
        candidate.name = name;
        candidate.email = email;
        candidate.currentCompany = company;
        const int64_t id = storage->candidates().add(candidate, kActor);
        return storage->candidates().addApplication(id, openingId, stage, kActor);
    }

    int64_t interview(int64_t applicationId, const std::string& interviewer, int retention, int expansion,
                      std::optional<int> communication)
    {
        Interview planned;
        planned.applicationId = applicationId;
        planned.interviewer = interviewer;
        planned.kind = "panel";
        auto& interviews = storage->interviews();
        const int64_t id = interviews.add(planned, interviewer);
        interviews.setScore(id, "retention", retention, interviewer);
        interviews.setScore(id, "expansion", expansion, interviewer);
        if (communication)
            interviews.setScore(id, "communication", communication, interviewer);
        return id;
    }

    void submit(int64_t interviewId, const std::string& interviewer, Recommendation recommendation,
                const std::string& strengths, const std::string& concerns)
    {
        storage->interviews().setTakeaways(interviewId, strengths, concerns, interviewer);
        storage->interviews().submit(interviewId, recommendation, interviewer);
    }
};

} // namespace amhire::test
