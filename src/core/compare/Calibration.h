#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace amhire {

// The scores given to one unit — one candidate on one competency — reduced to
// what interval-metric reliability needs, so SQL can sum them up.
struct ReliabilityUnit {
    int64_t values = 0;
    double sum = 0;
    double sumOfSquares = 0;

    void add(double value)
    {
        ++values;
        sum += value;
        sumOfSquares += value * value;
    }
};

// Inter-rater reliability of a panel, with what it rests on.
struct Reliability {
    // Krippendorff's alpha (interval metric): 1 = perfect agreement, 0 = no
    // better than chance, negative = systematic disagreement. std::nullopt
    // when it is undefined: fewer than two pairable scores, or no variation
    // at all among the scores.
    std::optional<double> alpha;
    int64_t ratings = 0; // pairable scores: those in units scored at least twice
    int64_t units = 0;   // candidate × competency cells scored at least twice
};

// Why Krippendorff's alpha and not ICC(2,k): interview panels are not fully
// crossed — not every interviewer scores every candidate, nor every
// competency, and the number of scores per cell varies. ICC(2,k) assumes the
// same k raters on every target and would force us to drop incomplete rows or
// impute; alpha uses every cell that has at least two scores, whoever gave
// them, and reduces to a well-known form with complete data. The interval
// metric fits 1–5 anchored scales whose steps are meant to be equal.
//
// α = 1 − D_o / D_e with δ²(c, k) = (c − k)², computed from per-unit sums:
//   D_o ∝ Σ_u (m_u·Σx² − (Σx)²) / (m_u − 1)      over units with m_u ≥ 2
//   D_e ∝ (n·Σx² − (Σx)²) / (n − 1)               over all n pairable values
// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
Reliability krippendorffAlphaInterval(const std::vector<ReliabilityUnit>& units);

// The same, from units handed over one at a time in any order, each with its
// place in the whole (a candidate × competency cell). Each unit's share of the
// observed disagreement is kept in its place and summed in place order, so
// the alpha is the same to the last bit however the units arrive — exports
// print it in full. 8 bytes per place instead of a whole unit.
class ReliabilityTally {
  public:
    explicit ReliabilityTally(size_t places) : observed_(places, 0.0) {}

    void add(size_t place, const ReliabilityUnit& unit);
    Reliability result() const;

  private:
    std::vector<double> observed_; // per place; 0 for a unit that cannot be paired
    Reliability counts_;           // ratings and units so far
    double sum_ = 0;               // of every pairable value
    double sumOfSquares_ = 0;
};

// An interviewer's leniency or severity against the rest of the panel.
struct InterviewerCalibration {
    std::string interviewer;
    // Mean of (their score − the panel's mean score) over the candidate ×
    // competency cells they share with at least one other score; positive =
    // more lenient than the panel, negative = more severe. std::nullopt when
    // they share no cell with anyone.
    std::optional<double> meanDeviation;
    int64_t ratings = 0; // how many of their scores it rests on
};

struct Calibration {
    std::vector<InterviewerCalibration> interviewers; // by name
    Reliability reliability;
};

// Calibrates a panel from an opening's submitted scores, a candidate at a
// time: once all of a candidate's scores are in, each of their cells (a
// candidate × competency) is a reliability unit and each score is measured
// against its cell's mean. So no score needs to be kept once its candidate is
// done, however many there are.
class PanelCalibrator {
  public:
    explicit PanelCalibrator(size_t cells) : reliability_(cells) {}

    // Someone gave a score, whether or not it counts: they are listed.
    void addInterviewer(uint32_t interviewer);
    // A cell with every one of its scores.
    void addCell(size_t cell, const ReliabilityUnit& scores) { reliability_.add(cell, scores); }
    // One score of an interviewer against its cell, every score of which is in.
    void addDeviation(uint32_t interviewer, int score, const ReliabilityUnit& cell);
    // `names` of the interviewers by the indices given above.
    Calibration finish(const std::vector<std::string>& names) const;

  private:
    ReliabilityTally reliability_;
    std::vector<bool> listed_;       // per interviewer
    std::vector<double> deviations_; // per interviewer
    std::vector<int64_t> counts_;
};

} // namespace amhire
