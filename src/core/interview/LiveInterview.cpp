#include "core/interview/LiveInterview.h"

#include <algorithm>

namespace amhire {
namespace {

const std::string kEmpty;

}  // namespace

LiveInterview LiveInterview::load(Storage& storage, const Content& content, int64_t interviewId)
{
    LiveInterview live;
    live.interview_ = storage.interviews().get(interviewId);
    const Application application = storage.candidates().getApplication(live.interview_.applicationId);
    live.opening_ = storage.openings().get(application.openingId);
    live.candidate_ = storage.candidates().get(application.candidateId);
    for (const ScorecardEntry& entry : live.opening_.scorecard.entries)
        live.lines_.push_back({entry, content.competency(entry.competencyId)});
    for (const std::string& id : live.interview_.kitQuestionIds)
        live.questions_.push_back({id, content.question(id)});
    for (Rating& rating : storage.interviews().ratings(interviewId))
        live.ratings_[rating.competencyId] = std::move(rating);
    for (QuestionNote& note : storage.interviews().questionNotes(interviewId))
        live.notes_[note.questionId] = std::move(note);
    live.goToQuestion(live.interview_.currentQuestion);
    return live;
}

int LiveInterview::goToQuestion(int index)
{
    const int last = static_cast<int>(questions_.size()) - 1;
    interview_.currentQuestion = std::clamp(index, 0, std::max(last, 0));
    return interview_.currentQuestion;
}

int LiveInterview::lineOfQuestion(int questionIndex) const
{
    if (questionIndex < 0 || questionIndex >= static_cast<int>(questions_.size()))
        return -1;
    const Question* question = questions_[static_cast<size_t>(questionIndex)].question;
    if (!question)
        return -1;
    for (size_t i = 0; i < lines_.size(); ++i)
        if (lines_[i].entry.competencyId == question->competency)
            return static_cast<int>(i);
    return -1;
}

std::optional<std::optional<int>> LiveInterview::score(const std::string& competencyId) const
{
    const auto it = ratings_.find(competencyId);
    if (it == ratings_.end())
        return std::nullopt;
    // A row without a score may have been made by notes or evidence alone; it
    // reads as "not assessed" only when the interviewer said so.
    if (!it->second.score && !it->second.notAssessed)
        return std::nullopt;
    return it->second.score;
}

const std::string& LiveInterview::notes(const std::string& competencyId) const
{
    const auto it = ratings_.find(competencyId);
    return it == ratings_.end() ? kEmpty : it->second.notes;
}

std::optional<double> LiveInterview::evidence(const std::string& competencyId, const std::string& metricId) const
{
    const auto it = ratings_.find(competencyId);
    if (it == ratings_.end())
        return std::nullopt;
    const auto value = it->second.evidence.find(metricId);
    return value == it->second.evidence.end() ? std::nullopt : std::optional<double>(value->second);
}

const std::string& LiveInterview::questionNote(const std::string& questionId) const
{
    const auto it = notes_.find(questionId);
    return it == notes_.end() ? kEmpty : it->second.notes;
}

bool LiveInterview::asked(const std::string& questionId) const
{
    const auto it = notes_.find(questionId);
    return it != notes_.end() && it->second.asked;
}

void LiveInterview::setScore(const std::string& competencyId, std::optional<int> score)
{
    Rating& rating = ratings_[competencyId];
    rating.competencyId = competencyId;
    rating.score = score;
    rating.notAssessed = !score;
}

void LiveInterview::setNotes(const std::string& competencyId, std::string notes)
{
    Rating& rating = ratings_[competencyId];
    rating.competencyId = competencyId;
    rating.notes = std::move(notes);
}

void LiveInterview::setEvidence(const std::string& competencyId, const std::string& metricId,
                                std::optional<double> value)
{
    Rating& rating = ratings_[competencyId];
    rating.competencyId = competencyId;
    if (value)
        rating.evidence[metricId] = *value;
    else
        rating.evidence.erase(metricId);
}

void LiveInterview::setQuestionNote(const std::string& questionId, std::string notes)
{
    QuestionNote& note = notes_[questionId];
    note.questionId = questionId;
    note.notes = std::move(notes);
}

void LiveInterview::setAsked(const std::string& questionId, bool asked)
{
    QuestionNote& note = notes_[questionId];
    note.questionId = questionId;
    note.asked = asked;
}

void LiveInterview::setTakeaways(std::string strengths, std::string concerns)
{
    interview_.strengths = std::move(strengths);
    interview_.concerns = std::move(concerns);
}

std::vector<const Question*> LiveInterview::alternativesFor(int questionIndex, const Content& content) const
{
    std::vector<const Question*> out;
    if (questionIndex < 0 || questionIndex >= static_cast<int>(questions_.size()))
        return out;
    const Question* current = questions_[static_cast<size_t>(questionIndex)].question;
    if (!current)
        return out;
    const Level level = parseLevel(opening_.level).value_or(Level::Mid);
    const std::vector<std::string> inKit = kitQuestionIds();
    for (const Question* candidate : content.questionsFor(current->competency, level))
        if (std::find(inKit.begin(), inKit.end(), candidate->id) == inKit.end())
            out.push_back(candidate);
    return out;
}

std::optional<std::string> LiveInterview::replaceQuestion(int questionIndex, const std::string& questionId,
                                                          const Content& content)
{
    const auto alternatives = alternativesFor(questionIndex, content);
    const bool allowed = std::any_of(alternatives.begin(), alternatives.end(),
                                     [&](const Question* q) { return q->id == questionId; });
    if (!allowed)
        return "Question " + questionId +
               " cannot replace this one: it must be on the same competency, suit the level and not be in the kit.";
    if (asked(questions_[static_cast<size_t>(questionIndex)].id))
        return std::string("This question has been asked already; keep it in the kit so its notes stay with it.");
    questions_[static_cast<size_t>(questionIndex)] = {questionId, content.question(questionId)};
    interview_.kitQuestionIds = kitQuestionIds();
    return std::nullopt;
}

std::vector<std::string> LiveInterview::kitQuestionIds() const
{
    std::vector<std::string> ids;
    ids.reserve(questions_.size());
    for (const KitQuestion& q : questions_)
        ids.push_back(q.id);
    return ids;
}

void LiveInterview::markStarted(const std::string& at)
{
    if (!interview_.startedAt)
        interview_.startedAt = at;
}

void LiveInterview::markSubmitted(Recommendation recommendation)
{
    interview_.status = InterviewStatus::Submitted;
    interview_.recommendation = recommendation;
}

void LiveInterview::markReopened()
{
    interview_.status = InterviewStatus::Draft;
}

ScoringProgress LiveInterview::progress() const
{
    ScoringProgress progress;
    progress.total = static_cast<int>(lines_.size());
    for (const ScoringLine& line : lines_) {
        const auto given = score(line.entry.competencyId);
        if (!given)
            progress.unscoredNames.push_back(line.entry.name);
        else if (*given)
            ++progress.scored;
        else
            ++progress.notAssessed;
    }
    return progress;
}

}  // namespace amhire
