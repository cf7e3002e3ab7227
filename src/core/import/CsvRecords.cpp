#include "core/import/CsvRecords.h"

#include <csv.h>

namespace amhire {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// libcsv with strict quoting, fed one physical line at a time so each record
// knows the line it starts on.
class CsvReader {
  public:
    CsvReader() { start(); }
    ~CsvReader() { csv_free(&parser_); }
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    void feed(std::string_view line, int lineNumber)
    {
        if (atRecordStart_ && line.find_first_not_of("\r\n") != std::string_view::npos) {
            recordLine_ = lineNumber;
            atRecordStart_ = false;
        }
        const size_t parsed = csv_parse(&parser_, line.data(), line.size(), onField, onRecordEnd, this);
        if (parsed < line.size())
            fail("Malformed quotes: a quote inside an unquoted value, or text after a closing quote.");
    }

    std::vector<CsvRecord> finish()
    {
        if (csv_fini(&parser_, onField, onRecordEnd, this) != 0)
            fail("A quoted value that starts in this row is never closed, so the rest of the file was "
                 "skipped.");
        return std::move(records_);
    }

  private:
    void start()
    {
        csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
        fields_.clear();
        atRecordStart_ = true;
    }

    // Reports the record in progress and resumes cleanly with the next line.
    void fail(const char* problem)
    {
        records_.push_back({recordLine_, {}, problem});
        csv_free(&parser_);
        start();
    }

    static void onField(void* data, size_t size, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        reader->fields_.emplace_back(data ? static_cast<const char*>(data) : "", data ? size : 0);
    }

    static void onRecordEnd(int, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        reader->records_.push_back({reader->recordLine_, std::move(reader->fields_), {}});
        reader->fields_.clear();
        reader->atRecordStart_ = true;
    }

    csv_parser parser_{};
    std::vector<std::string> fields_;
    std::vector<CsvRecord> records_;
    int recordLine_ = 1;
    bool atRecordStart_ = true;
};

} // namespace

std::vector<CsvRecord> readCsvRecords(std::string_view text)
{
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        text.remove_prefix(kUtf8Bom.size());
    CsvReader reader;
    int lineNumber = 1;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const size_t length = end == std::string_view::npos ? text.size() : end + 1;
        reader.feed(text.substr(0, length), lineNumber++);
        text.remove_prefix(length);
    }
    return reader.finish();
}

} // namespace amhire
