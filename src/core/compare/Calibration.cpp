#include "core/compare/Calibration.h"

#include <algorithm>

namespace amhire {

Reliability krippendorffAlphaInterval(const std::vector<ReliabilityUnit>& units)
{
    ReliabilityTally tally(units.size());
    for (size_t place = 0; place < units.size(); ++place)
        tally.add(place, units[place]);
    return tally.result();
}

void ReliabilityTally::add(size_t place, const ReliabilityUnit& unit)
{
    if (unit.values < 2)
        return; // a lone score cannot be compared with anything
    ++counts_.units;
    counts_.ratings += unit.values;
    sum_ += unit.sum;
    sumOfSquares_ += unit.sumOfSquares;
    // Σ_{i≠j} (x_i − x_j)² / (m_u − 1), halved: Σ_{i≠j} (x_i − x_j)² = 2 (m Σx² − (Σx)²).
    const auto m = static_cast<double>(unit.values);
    observed_[place] = (m * unit.sumOfSquares - unit.sum * unit.sum) / (m - 1);
}

Reliability ReliabilityTally::result() const
{
    Reliability reliability = counts_;
    double observed = 0;
    for (double share : observed_)
        observed += share;
    const auto n = static_cast<double>(reliability.ratings);
    const double expected = n * sumOfSquares_ - sum_ * sum_; // halved Σ over all pairs, like `observed`
    // Scores are small integers, so "no variation" is exactly zero; anything
    // below this is rounding.
    if (reliability.ratings < 2 || expected <= 1e-9)
        return reliability;
    reliability.alpha = 1.0 - (n - 1) * observed / expected;
    return reliability;
}

void PanelCalibrator::addInterviewer(uint32_t interviewer)
{
    if (interviewer >= listed_.size()) {
        listed_.resize(interviewer + 1, false);
        deviations_.resize(interviewer + 1, 0.0);
        counts_.resize(interviewer + 1, 0);
    }
    listed_[interviewer] = true;
}

void PanelCalibrator::addDeviation(uint32_t interviewer, int score, const ReliabilityUnit& cell)
{
    if (cell.values < 2)
        return; // alone on a cell, nobody to deviate from
    addInterviewer(interviewer);
    deviations_[interviewer] += score - cell.sum / static_cast<double>(cell.values);
    ++counts_[interviewer];
}

Calibration PanelCalibrator::finish(const std::vector<std::string>& names) const
{
    Calibration calibration;
    calibration.reliability = reliability_.result();
    for (size_t who = 0; who < listed_.size(); ++who) {
        if (!listed_[who])
            continue;
        InterviewerCalibration one{names.at(who), std::nullopt, counts_[who]};
        if (counts_[who] > 0)
            one.meanDeviation = deviations_[who] / static_cast<double>(counts_[who]);
        calibration.interviewers.push_back(std::move(one));
    }
    std::sort(calibration.interviewers.begin(), calibration.interviewers.end(),
              [](const InterviewerCalibration& a, const InterviewerCalibration& b) {
                  return a.interviewer < b.interviewer;
              });
    return calibration;
}

} // namespace amhire
