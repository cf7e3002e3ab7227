#include "core/export/JsonExport.h"

#include <nlohmann/json.hpp>

#include "core/compare/Comparison.h"

namespace amhire {
namespace {

using nlohmann::json;

template <class T> json orNull(const std::optional<T>& value)
{
    return value ? json(*value) : json();
}

json competencyIds(const Comparison& comparison, const std::vector<size_t>& competencies)
{
    json ids = json::array();
    for (size_t c : competencies)
        ids.push_back(comparison.competencies()[c].competencyId);
    return ids;
}

json candidateJson(const Comparison& comparison, size_t row)
{
    const ComparedCandidate& candidate = comparison.candidate(row);
    const bool anonymised = comparison.options().anonymised;
    json out;
    out["rank"] = orNull(candidate.rank);
    if (!anonymised) {
        out["application_id"] = candidate.applicationId;
        out["candidate_id"] = candidate.candidateId;
    }
    out["name"] = candidate.name;
    if (!anonymised) {
        out["email"] = candidate.email;
        out["company"] = candidate.company;
    }
    out["stage"] = stageId(candidate.stage);
    out["total"] = orNull(candidate.total);
    out["partial_total"] = candidate.partialTotal;
    out["submitted_interviews"] = candidate.submittedInterviews;
    out["knocked_out"] = candidate.knockedOut;
    out["knock_outs"] = competencyIds(comparison, comparison.knockOuts(row));
    out["disagreements"] = competencyIds(comparison, comparison.disagreements(row));
    out["gaps"] = competencyIds(comparison, comparison.gaps(row));

    json recommendations = json::object();
    for (Recommendation recommendation : kAllRecommendations)
        recommendations[recommendationId(recommendation)] = candidate.recommendations[recommendation];
    out["recommendations"] = recommendations;

    json scores = json::array();
    for (size_t c = 0; c < comparison.competencyCount(); ++c) {
        const ComparisonCell& cell = comparison.cell(row, c);
        json score{{"competency", comparison.competencies()[c].competencyId}, {"raters", cell.raters}};
        score["mean"] = cell.assessed() ? json(cell.mean) : json();
        score["lowest"] = cell.assessed() ? json(cell.lowest) : json();
        score["highest"] = cell.assessed() ? json(cell.highest) : json();
        score["spread"] = cell.assessed() ? json(cell.spread()) : json();
        score["disagreement"] = cell.disagreement();
        score["knock_out"] = cell.knockOut;
        scores.push_back(score);
    }
    out["scores"] = scores;

    json panel = json::array();
    for (const PanelVerdict& verdict : comparison.verdicts(row)) {
        json said{{"interviewer", verdict.interviewer},
                  {"kind", verdict.kind},
                  {"strengths", verdict.strengths},
                  {"concerns", verdict.concerns}};
        said["recommendation"] =
            verdict.recommendation ? json(recommendationId(*verdict.recommendation)) : json();
        panel.push_back(said);
    }
    out["panel"] = panel;
    return out;
}

} // namespace

void exportJson(const Comparison& comparison, std::ostream& out)
{
    const Opening& opening = comparison.opening();
    json document;
    document["opening"] = {{"id", opening.id},
                           {"title", opening.title},
                           {"company", opening.company},
                           {"template", opening.templateId},
                           {"level", opening.level}};
    document["anonymised"] = comparison.options().anonymised;
    document["candidates_shown"] = comparison.candidateCount();
    document["candidates_total"] = comparison.allCandidateCount();

    json competencies = json::array();
    for (const ScorecardEntry& entry : comparison.competencies())
        competencies.push_back({{"id", entry.competencyId},
                                {"name", entry.name},
                                {"weight", entry.weight},
                                {"minimum", orNull(entry.minimum)}});
    document["competencies"] = competencies;

    json candidates = json::array();
    for (size_t row = 0; row < comparison.candidateCount(); ++row)
        candidates.push_back(candidateJson(comparison, row));
    document["candidates"] = candidates;

    const Calibration& calibration = comparison.calibration();
    json interviewers = json::array();
    for (const InterviewerCalibration& interviewer : calibration.interviewers)
        interviewers.push_back({{"interviewer", interviewer.interviewer},
                                {"mean_deviation", orNull(interviewer.meanDeviation)},
                                {"scores", interviewer.ratings}});
    document["calibration"] = {{"statistic", "krippendorff-alpha-interval"},
                               {"alpha", orNull(calibration.reliability.alpha)},
                               {"scores", calibration.reliability.ratings},
                               {"cells", calibration.reliability.units},
                               {"interviewers", interviewers}};
    out << document.dump(2) << '\n';
}

} // namespace amhire
