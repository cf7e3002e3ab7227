#include "core/import/CandidateCsvImport.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include <fmt/format.h>

#include "core/import/CsvRecords.h"
#include "core/storage/EmailAddress.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/storage/Trimmed.h"

namespace amhire {
namespace {

constexpr std::uintmax_t kMaxFileSize = 64u << 20; // far beyond any real candidate list

enum class Column { Name, FirstName, LastName, Email, Phone, Source, Company, Title, Notes };
constexpr size_t kColumnCount = 9;

struct HeaderAlias {
    const char* text;
    Column column;
};

// Header texts after normalising (lower case, '_' '-' '.' as spaces).
constexpr HeaderAlias kAliases[] = {
    {"name", Column::Name},           {"full name", Column::Name},       {"candidate", Column::Name},
    {"candidate name", Column::Name}, {"first name", Column::FirstName}, {"given name", Column::FirstName},
    {"last name", Column::LastName},  {"surname", Column::LastName},     {"family name", Column::LastName},
    {"email", Column::Email},         {"e mail", Column::Email},         {"email address", Column::Email},
    {"phone", Column::Phone},         {"phone number", Column::Phone},   {"telephone", Column::Phone},
    {"mobile", Column::Phone},        {"source", Column::Source},        {"current company", Column::Company},
    {"company", Column::Company},     {"employer", Column::Company},     {"title", Column::Title},
    {"current title", Column::Title}, {"job title", Column::Title},      {"notes", Column::Notes},
    {"note", Column::Notes},
};

std::string normalisedHeader(std::string_view text)
{
    std::string out;
    for (char c : trimmed(text)) {
        if (c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        }
        else {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

// Strict UTF-8: no overlong forms, surrogates or code points above U+10FFFF.
bool isValidUtf8(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = 0;
        uint32_t codePoint = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        }
        if ((byte & 0xE0) == 0xC0) {
            length = 2;
            codePoint = byte & 0x1F;
        }
        else if ((byte & 0xF0) == 0xE0) {
            length = 3;
            codePoint = byte & 0x0F;
        }
        else if ((byte & 0xF8) == 0xF0) {
            length = 4;
            codePoint = byte & 0x07;
        }
        else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < kSmallest[length] || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// Which field of a record feeds which candidate field.
struct HeaderMap {
    std::array<std::optional<size_t>, kColumnCount> index;
    size_t fieldCount = 0;

    std::string field(const CsvRecord& record, Column column) const
    {
        const auto& at = index[static_cast<size_t>(column)];
        return at ? trimmed(record.fields[*at]) : std::string();
    }
};

// Fills `map` from the header record; returns a whole-file error, or "".
std::string readHeader(const CsvRecord& header, HeaderMap& map)
{
    if (!header.problem.empty())
        return fmt::format("The header row (line {}) cannot be read. {}", header.line, header.problem);
    map.fieldCount = header.fields.size();
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const std::string text = normalisedHeader(header.fields[i]);
        const auto alias = std::find_if(std::begin(kAliases), std::end(kAliases),
                                        [&](const HeaderAlias& a) { return text == a.text; });
        if (alias == std::end(kAliases))
            continue; // a column amhire does not keep
        auto& slot = map.index[static_cast<size_t>(alias->column)];
        if (slot)
            return fmt::format(
                "Columns {} and {} of the header row (line {}) both hold \"{}\"; keep only one.", *slot + 1,
                i + 1, header.line, header.fields[i]);
        slot = i;
    }
    const auto has = [&](Column c) { return map.index[static_cast<size_t>(c)].has_value(); };
    if (!has(Column::Name) && !has(Column::FirstName) && !has(Column::LastName))
        return fmt::format(
            "The header row (line {}) has no \"name\" column, so no candidate can be imported. "
            "The first line must name the columns, for example: name,email,phone,source.",
            header.line);
    return {};
}

bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& field) { return trimmed(field).empty(); });
}

// The candidate of a data row, or the reason the row is skipped.
std::optional<Candidate> readRow(const CsvRecord& record, const HeaderMap& map, std::string& problem)
{
    if (record.fields.size() != map.fieldCount) {
        problem =
            fmt::format("Has {} values but the header has {}; a value with a comma needs quotes around it.",
                        record.fields.size(), map.fieldCount);
        return std::nullopt;
    }
    if (!std::all_of(record.fields.begin(), record.fields.end(), isValidUtf8)) {
        problem =
            "Is not valid UTF-8 text; save the file as UTF-8 (\"CSV UTF-8\" in Excel) and import it again.";
        return std::nullopt;
    }
    Candidate candidate;
    candidate.name = map.field(record, Column::Name);
    if (candidate.name.empty())
        candidate.name =
            trimmed(map.field(record, Column::FirstName) + " " + map.field(record, Column::LastName));
    candidate.email = map.field(record, Column::Email);
    candidate.phone = map.field(record, Column::Phone);
    candidate.source = map.field(record, Column::Source);
    candidate.currentCompany = map.field(record, Column::Company);
    candidate.currentTitle = map.field(record, Column::Title);
    candidate.notes = map.field(record, Column::Notes);
    if (candidate.name.empty()) {
        problem = "Has no name.";
        return std::nullopt;
    }
    if (!candidate.email.empty() && !isPlausibleEmail(candidate.email)) {
        problem = fmt::format("\"{}\" is not a valid email address.", candidate.email);
        return std::nullopt;
    }
    return candidate;
}

void sortByLine(std::vector<RowProblem>& problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const RowProblem& a, const RowProblem& b) { return a.line < b.line; });
}

} // namespace

CandidateCsv parseCandidateCsv(std::string_view text)
{
    CandidateCsv csv;
    const std::vector<CsvRecord> records = readCsvRecords(text);
    if (records.empty()) {
        csv.error =
            "The file is empty. The first line must name the columns, for example: name,email,phone,source.";
        return csv;
    }
    HeaderMap map;
    csv.error = readHeader(records.front(), map);
    if (!csv.ok())
        return csv;
    for (auto record = records.begin() + 1; record != records.end(); ++record) {
        if (!record->problem.empty()) {
            csv.problems.push_back({record->line, record->problem});
            continue;
        }
        if (isBlank(*record))
            continue;
        std::string problem;
        if (auto candidate = readRow(*record, map, problem))
            csv.rows.push_back({record->line, std::move(*candidate)});
        else
            csv.problems.push_back({record->line, std::move(problem)});
    }
    return csv;
}

ImportResult importCandidateCsvText(Storage& storage, std::string_view text, int64_t openingId,
                                    const std::string& actor, ImportProgress* progress)
{
    storage.openings().get(openingId); // an unknown opening fails before any work
    CandidateCsv csv = parseCandidateCsv(text);
    ImportResult result;
    result.problems = std::move(csv.problems);
    result.error = std::move(csv.error);
    if (!result.ok())
        return result;

    CandidateStore& candidates = storage.candidates();
    const size_t total = csv.rows.size();
    auto transaction = storage.beginTransaction();
    for (size_t done = 0; done < total; ++done) {
        if (progress && !progress->onProgress(done, total)) {
            result.cancelled = true;
            result.imported = 0;
            return result; // the transaction rolls back
        }
        const CandidateCsvRow& row = csv.rows[done];
        const auto existing =
            row.candidate.email.empty() ? std::nullopt : candidates.findByEmail(row.candidate.email);
        const int64_t candidateId = existing ? existing->id : candidates.add(row.candidate, actor);
        if (candidates.applicationFor(candidateId, openingId)) {
            result.problems.push_back(
                {row.line, "A candidate with this email has already applied to this opening."});
            continue;
        }
        candidates.addApplication(candidateId, openingId, Stage::Applied, actor);
        ++result.imported;
    }
    if (progress && !progress->onProgress(total, total)) {
        result.cancelled = true;
        result.imported = 0;
        return result;
    }
    transaction->commit();
    sortByLine(result.problems);
    result.skipped = result.problems.size();
    return result;
}

ImportResult importCandidateCsv(Storage& storage, const std::filesystem::path& file, int64_t openingId,
                                const std::string& actor, ImportProgress* progress)
{
    ImportResult result;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        result.error = fmt::format("Cannot read {}: {}.", file.string(), ec.message());
        return result;
    }
    if (size > kMaxFileSize) {
        result.error =
            fmt::format("{} is {} MB; amhire imports CSV files up to {} MB. Split it into smaller files.",
                        file.string(), size >> 20, kMaxFileSize >> 20);
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text(static_cast<size_t>(size), '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
        result.error = fmt::format("Cannot read {}: {}.", file.string(), std::strerror(errno));
        return result;
    }
    return importCandidateCsvText(storage, text, openingId, actor, progress);
}

} // namespace amhire
