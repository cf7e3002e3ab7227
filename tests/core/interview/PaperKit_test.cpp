#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/interview/InterviewStart.h"
#include "core/interview/LiveInterview.h"
#include "core/interview/PaperKit.h"
#include "InterviewTestSupport.h"

using namespace amhire;

namespace {

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// pdftotext, when installed, shows what a reader of the PDF would see.
std::string textOf(const std::filesystem::path& pdf)
{
    const std::string command = "pdftotext -layout '" + pdf.string() + "' - 2>/dev/null";
    std::string text;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            text.append(buffer, n);
        ::pclose(pipe);
    }
    return text;
}

}  // namespace

TEST_CASE("The paper kit has every question, its probes, the anchors and empty boxes")
{
    test::InterviewFixture f;
    const Content& content = test::bundledContent();
    const int64_t id = startInterview(*f.storage, content, {f.applicationId, "Sam Lee", InterviewKind::Panel, 60});
    const LiveInterview live = LiveInterview::load(*f.storage, content, id);
    const PaperKitInput input = paperKitInput(live);
    CHECK(input.candidateName == "Ada Example");
    CHECK(input.questionIds == live.kitQuestionIds());

    const auto pdf = f.dir / "kit.pdf";
    writePaperKit(pdf, content, input);
    const std::string bytes = slurp(pdf);
    REQUIRE(bytes.size() > 1000);
    CHECK(bytes.compare(0, 5, "%PDF-") == 0);

    const std::string text = textOf(pdf);
    if (text.empty())
        WARN("pdftotext is not installed: only the PDF header was checked");
    else {
        const Question* first = content.question(input.questionIds.front());
        REQUIRE(first);
        CHECK(text.find("Ada Example") != std::string::npos);
        CHECK(text.find("Listen for") != std::string::npos);
        CHECK(text.find("Overall recommendation") != std::string::npos);
        CHECK(text.find("No decision") != std::string::npos);
        const Competency* competency = content.competency(input.scorecard.front().competencyId);
        REQUIRE(competency);
        CHECK(text.find(competency->name) != std::string::npos);
    }
}

TEST_CASE("A paper kit that cannot be written says where")
{
    const Content& content = test::bundledContent();
    PaperKitInput input;
    input.openingTitle = "Account Manager";
    CHECK_THROWS_WITH(writePaperKit("/nonexistent-dir/kit.pdf", content, input),
                      Catch::Contains("/nonexistent-dir/kit.pdf"));
}
