#include "core/export/JsonExport.h"

#include <nlohmann/json.hpp>

#include "core/compare/Comparison.h"
#include "core/export/ExportProgress.h"

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
    out["drafts_from"] = comparison.awaitedFrom(row); // interviewers yet to submit

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

// The "candidates" list as dump(2) writes it inside the document: each
// element on lines indented by four spaces more than its own dump.
void writeCandidates(const Comparison& comparison, std::ostream& out, ExportProgress& progress)
{
    if (comparison.candidateCount() == 0) {
        out << "[]";
        return;
    }
    out << '[';
    for (size_t row = 0; row < comparison.candidateCount(); ++row, progress.tick()) {
        out << (row == 0 ? "\n    " : ",\n    ");
        const std::string candidate = candidateJson(comparison, row).dump(2);
        size_t start = 0;
        for (size_t end; (end = candidate.find('\n', start)) != std::string::npos; start = end + 1)
            out.write(candidate.data() + start, static_cast<std::streamsize>(end + 1 - start)) << "    ";
        out.write(candidate.data() + start, static_cast<std::streamsize>(candidate.size() - start));
    }
    out << "\n  ]";
}

} // namespace

void exportJson(const Comparison& comparison, std::ostream& out, const ExportOptions& options)
{
    ExportProgress progress(options, comparison.candidateCount(), 1);
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

    // The candidates are written one at a time into the place this empty
    // list holds in the dump: as one document, 10,000 of them took 400 MB.
    document["candidates"] = json::array();

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
    const std::string whole = document.dump(2);
    // A string value cannot hold a raw line break (dump escapes it), so this
    // line is the member itself.
    const std::string placeholder = "\n  \"candidates\": []";
    const size_t at = whole.find(placeholder);
    const size_t listStart = at + placeholder.size() - 2;  // at "[]"
    out.write(whole.data(), static_cast<std::streamsize>(listStart));
    writeCandidates(comparison, out, progress);
    out << whole.substr(listStart + 2) << '\n';
}

} // namespace amhire
