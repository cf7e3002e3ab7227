#include "core/storage/DemoData.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"

namespace amhire {
namespace {

constexpr const char* kFirstNames[] = {
    "Aisha", "Ben",    "Carla",  "Dmitri", "Elena", "Farid", "Grace", "Hiro",   "Ines",  "Jonas",
    "Kemi",  "Liam",   "Mei",    "Nikhil", "Olga",  "Pablo", "Quinn", "Rosa",   "Sven",  "Tara",
    "Umar",  "Vera",   "Wen",    "Ximena", "Yusuf", "Zofia", "Andre", "Bianca", "Chidi", "Dana",
    "Emil",  "Fatima", "Gareth", "Hana",   "Ivan",  "Julia", "Kofi",  "Lena",   "Mateo", "Nora"};
constexpr const char* kLastNames[] = {"Abbott", "Bauer",    "Castillo", "Dubois",  "Eriksen",  "Fischer",
                                      "Gallo",  "Haddad",   "Ibrahim",  "Jensen",  "Kowalski", "Lindqvist",
                                      "Moreau", "Nakamura", "Okafor",   "Petrov",  "Quispe",   "Rossi",
                                      "Sato",   "Tanaka",   "Urban",    "Varga",   "Walsh",    "Xu",
                                      "Yilmaz", "Zhang",    "Alvarez",  "Brennan", "Costa",    "Novak"};
constexpr const char* kCompanies[] = {"Contoso",   "Fabrikam",      "Northwind",     "Litware",
                                      "Adatum",    "Tailspin",      "Wingtip",       "Proseware",
                                      "Lucerne",   "Fourth Coffee", "Woodgrove",     "Relecloud",
                                      "Humongous", "Alpine Ski",    "Coho Vineyard", "Margie's Travel"};
constexpr const char* kTitles[] = {"Account Manager",          "Senior Account Manager",
                                   "Customer Success Manager", "Key Account Manager",
                                   "Account Executive",        "Client Partner"};
constexpr const char* kSources[] = {"referral", "LinkedIn", "job board", "careers page", "agency", "event"};
constexpr const char* kDomains[] = {"example.com", "example.org", "example.net"};
constexpr const char* kInterviewers[] = {"Alex Morgan", "Sam Rivera", "Jordan Lee",  "Priya Shah",
                                         "Chris Okoro", "Taylor Kim", "Robin Weiss", "Maria Lopez"};
constexpr const char* kKinds[] = {"phone-screen", "panel", "role-play", "hiring-manager"};
constexpr int kKindMinutes[] = {45, 60, 60, 90};
constexpr const char* kStrongNotes[] = {
    "Clear, specific examples with numbers.", "Owned the renewal end to end.",
    "Structured answer, good follow-through.", "Strong on stakeholder mapping."};
constexpr const char* kWeakNotes[] = {
    "Answers stayed general; few specifics.", "Unclear on own contribution.",
    "Struggled with the objection role-play.", "No concrete metrics offered."};
constexpr const char* kStrengths[] = {"Calm, curious, asks good questions", "Strong commercial instinct",
                                      "Deep customer empathy", "Excellent written follow-up"};
constexpr const char* kConcerns[] = {"Limited enterprise exposure", "Forecasting discipline unclear",
                                     "May need coaching on negotiation", "Short tenures in last two roles"};

template <class T, size_t N> constexpr size_t countOf(const T (&)[N])
{
    return N;
}

// Reproducible everywhere: std::mt19937's output sequence is fixed by the
// standard, but the standard distributions are not, so the arithmetic is ours.
class DemoRandom {
  public:
    explicit DemoRandom(uint32_t seed) : engine_(seed) {}

    double uniform() { return engine_() / 4294967296.0; } // [0, 1)
    size_t below(size_t n) { return static_cast<size_t>(uniform() * static_cast<double>(n)); }
    bool chance(double p) { return uniform() < p; }
    // Approximately normal (Irwin-Hall: twelve uniforms), without libm.
    double normal(double sd)
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return (sum - 6.0) * sd;
    }
    template <class T, size_t N> const T& pick(const T (&items)[N]) { return items[below(N)]; }

  private:
    std::mt19937 engine_;
};

int toScore(double raw)
{
    return std::clamp(static_cast<int>(raw + 0.5 + 10) - 10, 1, 5);
}

std::string lowerAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

Stage stageFor(double ability, DemoRandom& random)
{
    if (random.chance(0.05))
        return Stage::Withdrawn;
    if (ability > 1.3)
        return random.chance(0.4) ? Stage::Hired : Stage::Offer;
    if (ability < -0.5 && random.chance(0.7))
        return Stage::Rejected;
    return Stage::Interviewing;
}

Recommendation recommendationFor(double meanScore, DemoRandom& random)
{
    if (random.chance(0.03))
        return Recommendation::NoDecision;
    if (meanScore >= 4.0)
        return Recommendation::StrongYes;
    if (meanScore >= 3.3)
        return Recommendation::Yes;
    if (meanScore >= 2.5)
        return Recommendation::No;
    return Recommendation::StrongNo;
}

std::string interviewerName(int index)
{
    const size_t n = countOf(kInterviewers);
    const std::string base = kInterviewers[static_cast<size_t>(index) % n];
    return index < static_cast<int>(n) ? base : fmt::format("{} {}", base, index / static_cast<int>(n) + 1);
}

class DemoWriter {
  public:
    DemoWriter(Storage& storage, const DemoDataOptions& options)
        : storage_(storage), options_(options), random_(options.seed)
    {
        for (int i = 0; i < options.interviewers; ++i)
            leniency_.push_back(random_.normal(0.35));
    }

    DemoDataSummary run()
    {
        for (int i = 0; i < options_.openings; ++i)
            summary_.openingIds.push_back(addOpening(i));
        for (int i = 0; i < options_.candidates; ++i)
            addCandidate(i, summary_.openingIds[static_cast<size_t>(i % options_.openings)]);
        return summary_;
    }

  private:
    int64_t addOpening(int index)
    {
        Opening opening;
        opening.templateId = options_.templateId;
        opening.level = options_.level;
        opening.company =
            fmt::format("{} (demo)", kCompanies[static_cast<size_t>(index) % countOf(kCompanies)]);
        opening.title = fmt::format("Account Manager #{}", index + 1);
        opening.location = index % 2 ? "Remote" : "Berlin";
        opening.workModel = index % 2 ? "remote" : "hybrid";
        opening.currency = "EUR";
        opening.payMin = 60000 + 5000 * (index % 4);
        opening.payMax = *opening.payMin + 25000;
        opening.scorecard.rubricVersion = "demo";
        opening.scorecard.contentHash = "demo";
        opening.scorecard.entries = options_.scorecard;
        return storage_.openings().add(opening, options_.actor);
    }

    void addCandidate(int index, int64_t openingId)
    {
        const std::string first = random_.pick(kFirstNames);
        const std::string last = random_.pick(kLastNames);
        Candidate candidate;
        candidate.name = first + " " + last;
        candidate.email = fmt::format("{}.{}.{}@{}", lowerAscii(first), lowerAscii(last), index + 1,
                                      random_.pick(kDomains));
        candidate.phone = fmt::format("+1 555 01{:02}", random_.below(100));
        candidate.source = random_.pick(kSources);
        candidate.currentCompany = random_.pick(kCompanies);
        candidate.currentTitle = random_.pick(kTitles);
        const int64_t candidateId = storage_.candidates().add(candidate, options_.actor);
        ++summary_.candidates;

        const double ability = random_.normal(1.0);
        const bool interviewed = !random_.chance(0.1);
        const Stage stage = interviewed ? stageFor(ability, random_)
                                        : (random_.chance(0.5) ? Stage::Applied : Stage::Screening);
        const int64_t applicationId =
            storage_.candidates().addApplication(candidateId, openingId, stage, options_.actor);
        ++summary_.applications;
        if (!interviewed)
            return;

        std::vector<double> strengthOf; // this candidate's level per competency
        for (size_t k = 0; k < options_.scorecard.size(); ++k)
            strengthOf.push_back(ability + random_.normal(0.5));
        for (int i = 0; i < options_.interviewers; ++i)
            addScorecard(applicationId, i, strengthOf);
    }

    void addScorecard(int64_t applicationId, int interviewerIndex, const std::vector<double>& strengthOf)
    {
        InterviewStore& interviews = storage_.interviews();
        const std::string interviewer = interviewerName(interviewerIndex);
        const size_t kind = static_cast<size_t>(interviewerIndex) % countOf(kKinds);
        Interview interview;
        interview.applicationId = applicationId;
        interview.interviewer = interviewer;
        interview.kind = kKinds[kind];
        interview.plannedMinutes = kKindMinutes[kind];
        const int64_t id = interviews.add(interview, interviewer);
        ++summary_.interviews;

        double total = 0;
        int scored = 0;
        for (size_t k = 0; k < options_.scorecard.size(); ++k) {
            const std::string& competency = options_.scorecard[k].competencyId;
            if (random_.chance(0.05)) { // not assessed in this interview
                interviews.setScore(id, competency, std::nullopt, interviewer);
                ++summary_.ratings;
                continue;
            }
            const double raw = 3.0 + 0.9 * strengthOf[k] + leniency_[static_cast<size_t>(interviewerIndex)] +
                               random_.normal(0.6);
            const int score = toScore(raw);
            interviews.setScore(id, competency, score, interviewer);
            ++summary_.ratings;
            total += score;
            ++scored;
            if (random_.chance(0.3))
                interviews.setRatingNotes(id, competency,
                                          score >= 4 ? random_.pick(kStrongNotes) : random_.pick(kWeakNotes),
                                          interviewer);
            for (const DemoMetric& metric : options_.metrics)
                if (metric.competencyId == competency && random_.chance(0.7))
                    interviews.setEvidence(id, competency, metric.metricId, evidence(metric, strengthOf[k]),
                                           interviewer);
        }
        const std::string strengths = random_.pick(kStrengths); // in sequence: argument order is unspecified
        const std::string concerns = random_.pick(kConcerns);
        interviews.setTakeaways(id, strengths, concerns, interviewer);
        const double mean = scored ? total / scored : 3.0;
        interviews.submit(id, recommendationFor(mean, random_), interviewer);
    }

    double evidence(const DemoMetric& metric, double strength)
    {
        const double share = std::clamp(0.5 + 0.2 * strength + random_.normal(0.05), 0.0, 1.0);
        const double value = metric.low + (metric.high - metric.low) * share;
        return static_cast<double>(static_cast<int64_t>(value * 10 + 0.5)) / 10; // one decimal
    }

    Storage& storage_;
    const DemoDataOptions& options_;
    DemoRandom random_;
    std::vector<double> leniency_;
    DemoDataSummary summary_;
};

} // namespace

DemoDataSummary generateDemoData(Storage& storage, const DemoDataOptions& options)
{
    const auto refuse = [&](const std::string& why) {
        throw StorageError(StorageErrorKind::InvalidInput, storage.location(),
                           "Cannot make demo data: " + why);
    };
    if (options.scorecard.empty())
        refuse("the scorecard has no competencies.");
    if (options.openings < 1 || options.candidates < 0 || options.interviewers < 0)
        refuse("it needs at least one opening and no negative counts.");

    auto transaction = storage.beginTransaction();
    DemoDataSummary summary = DemoWriter(storage, options).run();
    transaction->commit();
    return summary;
}

} // namespace amhire
