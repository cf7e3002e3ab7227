#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

class Storage;

// A metric recorded as evidence for a competency in demo scorecards, e.g.
// gross revenue retention 70-100 %. Values follow the candidate's ability.
struct DemoMetric {
    std::string competencyId;
    std::string metricId;
    double low = 0;
    double high = 100;
};

struct DemoDataOptions {
    int openings = 1;
    int candidates = 100; // in total, spread evenly over the openings
    int interviewers = 4; // each scores every interviewed candidate
    uint32_t seed = 1;
    std::vector<ScorecardEntry> scorecard; // the competencies each opening is scored on; not empty
    std::string templateId = "demo";
    std::string level = "mid";
    std::vector<DemoMetric> metrics;
    std::string actor = "demo-data";
};

struct DemoDataSummary {
    std::vector<int64_t> openingIds;
    int64_t candidates = 0;
    int64_t applications = 0;
    int64_t interviews = 0; // all submitted
    int64_t ratings = 0;    // scored or explicitly not assessed
};

// Fills `storage` with realistic synthetic hiring data: plausible candidates
// (emails on example.* domains only), applications at every stage, and
// submitted scorecards whose scores are correlated per candidate — a latent
// ability, each interviewer's leniency and noise — with some competencies not
// assessed, notes, take-aways and evidence. The same options and seed give the
// same data on every run and platform. One transaction: all or nothing.
DemoDataSummary generateDemoData(Storage& storage, const DemoDataOptions& options);

} // namespace amhire
