// amhire_score_saver: the process scripts/crashtest kills.
//
//   amhire_score_saver run DB RUN [SEED]   saves scores and notes in a loop, forever
//   amhire_score_saver run DB RUN SEED ack-early
//                                          the same with a deliberate bug: "saved" is
//                                          said 20 ms before the save, as a write-behind
//                                          cache would; proves the harness catches losses
//   amhire_score_saver dump DB             prints what the database holds, and its integrity
//
// `run` prints, flushed, one line before each save and one after it returned
// (the store commits durably before returning, which is what "saved" in the
// GUI means):
//   save <seq> <kind> <interview> <key> <value>
//   ack <seq>
// so the harness knows which saves were acknowledged when the kill came and
// which one, at most, was in flight. `dump` prints `value <kind> <interview>
// <key> <value>` for every saved item and `integrity ok` or `integrity <problem>`
// (the database's integrity_check, then that every backup listed verifies).
// `run` takes a backup on opening, as the app does, so kills hit backups too.
// Notes carry a unique tag ("r<run>s<seq>") then filler, so a note's value is
// its tag; the filler makes writes span pages.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/storage/Backups.h"
#include "core/storage/SqliteStorage.h"

using namespace amhire;

namespace {

const std::string kActor = "Crash Test";
const std::vector<std::string> kCompetencies = {"retention", "expansion", "communication"};
const std::vector<std::string> kQuestions = {"q-retention-1", "q-expansion-2", "q-communication-1"};

void say(const std::string& line)
{
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the harness reads this line only if it left the process before the kill
}

// The opening, candidate and interviews the loop scores, made in one
// transaction so a kill during setup leaves either all of them or none.
std::vector<int64_t> interviewsToScore(SqliteStorage& storage)
{
    std::vector<int64_t> ids;
    const auto openings = storage.openings().list();
    if (!openings.empty()) {
        const auto candidates = storage.candidates().candidatesOf(openings.front().id);
        for (const auto& interview : storage.interviews().interviewsOf(candidates.at(0).application.id))
            ids.push_back(interview.id);
        return ids;
    }
    auto transaction = storage.beginTransaction();
    Opening opening;
    opening.templateId = "saas-account-manager";
    opening.level = "senior";
    opening.title = "Senior Account Manager";
    opening.company = "Northwind";
    opening.scorecard.rubricVersion = "crash-test";
    for (const auto& competency : kCompetencies)
        opening.scorecard.entries.push_back({competency, competency, 1.0, std::nullopt});
    const int64_t openingId = storage.openings().add(opening, kActor);
    Candidate candidate;
    candidate.name = "Casey Crash";
    const int64_t candidateId = storage.candidates().add(candidate, kActor);
    const int64_t applicationId =
        storage.candidates().addApplication(candidateId, openingId, Stage::Interviewing, kActor);
    for (const char* interviewer : {"Ines Interviewer", "Omar Observer"}) {
        Interview interview;
        interview.applicationId = applicationId;
        interview.interviewer = interviewer;
        interview.kind = "panel";
        interview.kitQuestionIds = kQuestions;
        interview.plannedMinutes = 60;
        ids.push_back(storage.interviews().add(interview, interviewer));
    }
    transaction->commit();
    return ids;
}

int run(const std::string& path, const std::string& runId, unsigned seed, bool ackEarly)
{
    auto storage = SqliteStorage::open(path);
    const auto interviews = interviewsToScore(*storage);
    // As the app does on opening, so kills also land in the middle of a backup.
    const std::string backupProblem = takeBackupOnOpen(storage->database(), 3);
    if (!backupProblem.empty())
        throw std::runtime_error(backupProblem);
    say("ready");
    std::mt19937 random(seed);
    auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
    std::vector<int> lastScore(interviews.size() * kCompetencies.size(), 0);
    for (size_t i = 0; i < interviews.size(); ++i)
        for (const Rating& rating : storage->interviews().ratings(interviews[i]))
            for (size_t c = 0; c < kCompetencies.size(); ++c)
                if (rating.competencyId == kCompetencies[c] && rating.score)
                    lastScore[i * kCompetencies.size() + c] = *rating.score;
    for (long seq = 1;; ++seq) {
        const auto acknowledge = [&] { say("ack " + std::to_string(seq)); };
        const auto announce = [&](const std::string& line) {
            say(line);
            if (ackEarly) {
                acknowledge();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        };
        const size_t which = pick(interviews.size());
        const int64_t interview = interviews[which];
        const std::string tag = "r" + runId + "s" + std::to_string(seq);
        const std::string filler(pick(3000), static_cast<char>('a' + seq % 26));
        switch (pick(3)) {
        case 0: {
            const size_t c = pick(kCompetencies.size());
            // Every score save changes the score, so a lost one shows as a wrong value.
            int& score = lastScore[which * kCompetencies.size() + c];
            score = score % 5 + 1;
            announce("save " + std::to_string(seq) + " score " + std::to_string(interview) + " " +
                     kCompetencies[c] + " " + std::to_string(score));
            storage->interviews().setScore(interview, kCompetencies[c], score, kActor);
            break;
        }
        case 1: {
            const std::string& competency = kCompetencies[pick(kCompetencies.size())];
            announce("save " + std::to_string(seq) + " notes " + std::to_string(interview) + " " +
                     competency + " " + tag);
            storage->interviews().setRatingNotes(interview, competency, tag + " " + filler, kActor);
            break;
        }
        default: {
            const std::string& question = kQuestions[pick(kQuestions.size())];
            announce("save " + std::to_string(seq) + " question " + std::to_string(interview) + " " +
                     question + " " + tag);
            storage->interviews().setQuestionNote(interview, question, tag + " " + filler, kActor);
            break;
        }
        }
        if (!ackEarly)
            acknowledge();
    }
}

std::string tagOf(const std::string& note)
{
    return note.substr(0, note.find(' '));
}

int dump(const std::string& path)
{
    auto storage = SqliteStorage::open(path);
    for (const int64_t interview : interviewsToScore(*storage)) {
        for (const Rating& rating : storage->interviews().ratings(interview)) {
            if (rating.score)
                say("value score " + std::to_string(interview) + " " + rating.competencyId + " " +
                    std::to_string(*rating.score));
            if (!rating.notes.empty())
                say("value notes " + std::to_string(interview) + " " + rating.competencyId + " " +
                    tagOf(rating.notes));
        }
        for (const QuestionNote& note : storage->interviews().questionNotes(interview))
            say("value question " + std::to_string(interview) + " " + note.questionId + " " +
                tagOf(note.notes));
    }
    // Every backup listed must be whole: a kill during a backup leaves none half-made.
    for (const DatabaseBackup& backup : listBackups(path)) {
        try {
            verifyBackup(backup.path);
        }
        catch (const std::exception& failure) {
            say("integrity backup " + backup.path.filename().string() + ": " + failure.what());
            return 1;
        }
    }
    const auto problems = storage->database().integrityProblems();
    say(problems.empty() ? std::string("integrity ok") : "integrity " + problems.front());
    return problems.empty() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() >= 3 && args[0] == "run")
            return run(args[1], args[2], args.size() > 3 ? static_cast<unsigned>(std::stoul(args[3])) : 1u,
                       args.size() > 4 && args[4] == "ack-early");
        if (args.size() == 2 && args[0] == "dump")
            return dump(args[1]);
    }
    catch (const std::exception& failure) {
        std::fprintf(stderr, "amhire_score_saver: %s\n", failure.what());
        return 1;
    }
    std::fprintf(stderr, "usage: amhire_score_saver run DB RUN [SEED [ack-early]] | dump DB\n");
    return 2;
}
