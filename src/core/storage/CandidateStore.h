#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

// Candidates and their applications to openings. All methods throw
// StorageError; `actor` names who makes a change, for the audit log.
class CandidateStore {
  public:
    virtual ~CandidateStore() = default;

    // Needs a name; an email, when given, must look like one. Returns the new id.
    virtual int64_t add(const Candidate& candidate, const std::string& actor) = 0;
    // Changes everything but id and createdAt; sets updatedAt.
    virtual void update(const Candidate& candidate, const std::string& actor) = 0;
    virtual std::optional<Candidate> find(int64_t candidateId) = 0;
    // Throws StorageError(NotFound) for an unknown id.
    virtual Candidate get(int64_t candidateId) = 0;
    // A candidate with this email (case-insensitive), the oldest if several.
    virtual std::optional<Candidate> findByEmail(const std::string& email) = 0;
    // All candidates, by name.
    virtual std::vector<Candidate> list() = 0;
    virtual int64_t count() = 0;

    // Privacy erasure: deletes the candidate with all applications, interviews,
    // ratings and notes, records "candidate N erased" (nothing personal) in the
    // audit log, and compacts the file so no byte of their data remains. It
    // cannot run inside a Storage transaction.
    virtual void erase(int64_t candidateId, const std::string& actor) = 0;

    // Applies a candidate to an opening; one application per pair.
    virtual int64_t addApplication(int64_t candidateId, int64_t openingId, Stage stage,
                                   const std::string& actor) = 0;
    virtual std::optional<Application> findApplication(int64_t applicationId) = 0;
    // Throws StorageError(NotFound) for an unknown id.
    virtual Application getApplication(int64_t applicationId) = 0;
    virtual std::optional<Application> applicationFor(int64_t candidateId, int64_t openingId) = 0;
    virtual std::vector<Application> applicationsOf(int64_t candidateId) = 0;
    // The candidates of an opening with their application, by name.
    virtual std::vector<CandidateApplication> candidatesOf(int64_t openingId) = 0;
    virtual void setStage(int64_t applicationId, Stage stage, const std::string& actor) = 0;
};

} // namespace amhire
