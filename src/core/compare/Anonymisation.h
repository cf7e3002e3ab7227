#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// "A", "B", … "Z", "AA", "AB", … for index 0, 1, … 25, 26, 27, …
std::string aliasLetters(size_t index);
// "Candidate A" for index 0: what an anonymised debrief calls a candidate.
std::string candidateAlias(size_t index);

// Takes a candidate's name, email and company out of free text an interviewer
// wrote ("Ada kept 19 of 20 accounts at Contoso"), for the anonymised debrief.
// Whole words only, ignoring ASCII case: the full name and each part of it of
// two or more characters become the alias, the email "[email]" and the
// company "[company]". Replaced text is never searched again.
class IdentityRedactor {
  public:
    IdentityRedactor() = default;
    IdentityRedactor(std::string_view name, std::string_view email, std::string_view company,
                     std::string alias);

    std::string redact(std::string_view text) const;

  private:
    struct Pattern {
        std::string text;
        std::string replacement;
    };
    std::vector<Pattern> patterns_; // longest first, so the full name wins over its parts
};

} // namespace amhire
