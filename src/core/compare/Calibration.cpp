#include "core/compare/Calibration.h"

#include <algorithm>

namespace amhire {

Reliability krippendorffAlphaInterval(const std::vector<ReliabilityUnit>& units)
{
    Reliability reliability;
    double sum = 0;
    double sumOfSquares = 0;
    // Σ_u Σ_{i≠j} (x_i − x_j)² / (m_u − 1), halved: Σ_{i≠j} (x_i − x_j)² = 2 (m Σx² − (Σx)²).
    double observed = 0;
    for (const ReliabilityUnit& unit : units) {
        if (unit.values < 2)
            continue; // a lone score cannot be compared with anything
        ++reliability.units;
        reliability.ratings += unit.values;
        sum += unit.sum;
        sumOfSquares += unit.sumOfSquares;
        const auto m = static_cast<double>(unit.values);
        observed += (m * unit.sumOfSquares - unit.sum * unit.sum) / (m - 1);
    }
    const auto n = static_cast<double>(reliability.ratings);
    const double expected = n * sumOfSquares - sum * sum; // halved Σ over all pairs, like `observed`
    // Scores are small integers, so "no variation" is exactly zero; anything
    // below this is rounding.
    if (reliability.ratings < 2 || expected <= 1e-9)
        return reliability;
    reliability.alpha = 1.0 - (n - 1) * observed / expected;
    return reliability;
}

PanelCalibrator::PanelCalibrator(size_t cells, std::vector<std::string> interviewers)
    : interviewers_(std::move(interviewers)), units_(cells), deviations_(interviewers_.size(), 0.0),
      counts_(interviewers_.size(), 0)
{
}

void PanelCalibrator::addDeviation(size_t cell, size_t interviewer, int score)
{
    const ReliabilityUnit& unit = units_[cell];
    if (unit.values < 2)
        return; // alone on a cell, nobody to deviate from
    deviations_[interviewer] += score - unit.sum / static_cast<double>(unit.values);
    ++counts_[interviewer];
}

Calibration PanelCalibrator::finish() const
{
    Calibration calibration;
    calibration.reliability = krippendorffAlphaInterval(units_);
    for (size_t who = 0; who < interviewers_.size(); ++who) {
        InterviewerCalibration one{interviewers_[who], std::nullopt, counts_[who]};
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
