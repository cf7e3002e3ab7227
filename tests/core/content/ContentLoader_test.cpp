#include <catch2/catch.hpp>

#include "ContentFixture.h"
#include "core/content/ContentStats.h"

using amhire::test::ContentFixture;
using Catch::Matchers::Contains;
using Messages = std::vector<std::string>;

TEST_CASE("a valid content folder loads with no diagnostics", "[content]")
{
    ContentFixture fixture;
    auto result = fixture.load();
    CHECK(result.diagnostics.empty());
    REQUIRE(result.content.competencies().size() == 1);
    const auto& c = result.content.competencies()[0];
    CHECK(c.anchor(1) == "Concedes price at the first objection.");
    CHECK(c.anchor(5) == "Expands scope while holding price, with evidence.");
    CHECK(c.weight == 1.5);
    REQUIRE(result.content.question("neg-1"));
    CHECK(result.content.question("neg-1")->probes.size() == 1);
    CHECK(result.content.questionsFor("negotiation", amhire::Level::Mid).size() == 1);
    CHECK(result.content.questionsFor("negotiation", amhire::Level::Junior).empty());
    const auto* t = result.content.jobTemplate("general");
    REQUIRE(t);
    REQUIRE(t->assessments.size() == 1);
    CHECK(t->assessments[0].minimum == 3);
    CHECK(t->band(amhire::Level::Mid)->oteMax == 100000);
    CHECK(result.content.hash().rfind("xxh3:", 0) == 0);
    CHECK(result.content.hash().size() == 21);
    CHECK(amhire::summarize(result.content) == "1 rubric, 1 competency, 1 question in 1 bank, 1 template");
}

TEST_CASE("malformed XML is reported at the line and column where parsing stopped", "[content]")
{
    ContentFixture fixture;
    fixture.edit("rubrics/core.xml", "</competency>", "</competence>");
    CHECK(fixture.messages() ==
          Messages{"rubrics/core.xml:10:5: error: XML is not well-formed: Start-end tags mismatch",
                   // the template's reference now dangles, and is reported too
                   "questionbank/bank.xml:3:24: error: question 'neg-1' refers to unknown competency 'negotiation'",
                   "templates/general.xml:7:11: error: template 'general' assesses unknown competency 'negotiation'"});
}

TEST_CASE("duplicate ids are reported across files, pointing at the first", "[content]")
{
    ContentFixture fixture;
    fixture.write("rubrics/more.xml", ContentFixture::kRubric);
    auto messages = fixture.messages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0] == "rubrics/more.xml:2:1: error: duplicate rubric id 'core' (first defined at " +
                             (fixture.path() / "rubrics/core.xml").string() + ":2:1)");
    CHECK_THAT(messages[1], Contains("rubrics/more.xml:3:3: error: duplicate competency id 'negotiation'"));
}

TEST_CASE("a question naming an unknown competency is reported at its attribute", "[content]")
{
    ContentFixture fixture;
    fixture.edit("questionbank/bank.xml", R"(competency="negotiation")", R"(competency="negociation")");
    CHECK(fixture.messages() ==
          Messages{"questionbank/bank.xml:3:24: error: question 'neg-1' refers to unknown competency 'negociation'"});
}

TEST_CASE("a template assessing an unknown competency is reported", "[content]")
{
    ContentFixture fixture;
    fixture.edit("templates/general.xml", R"(<assess competency="negotiation")", R"(<assess competency="closing")");
    CHECK(fixture.messages() ==
          Messages{"templates/general.xml:7:11: error: template 'general' assesses unknown competency 'closing'"});
}

TEST_CASE("anchors must be exactly the scores 1 to 5", "[content]")
{
    ContentFixture fixture;
    SECTION("a missing score")
    {
        fixture.edit("rubrics/core.xml", R"(    <anchor score="4">Anchors on measured outcomes the client values.</anchor>
)",
                     "");
        CHECK(fixture.messages() ==
              Messages{"rubrics/core.xml:3:3: error: a competency needs exactly five anchors, scores 1 to 5; "
                       "missing score 4"});
    }
    SECTION("a score given twice")
    {
        fixture.edit("rubrics/core.xml", R"(<anchor score="4">)", R"(<anchor score="3">)");
        CHECK(fixture.messages() ==
              Messages{"rubrics/core.xml:8:13: error: anchor for score 3 is given twice",
                       "rubrics/core.xml:3:3: error: a competency needs exactly five anchors, scores 1 to 5; "
                       "missing score 4"});
    }
    SECTION("a score out of range")
    {
        fixture.edit("rubrics/core.xml", R"(<anchor score="5">)", R"(<anchor score="6">)");
        CHECK(fixture.messages() ==
              Messages{"rubrics/core.xml:9:13: error: 'score' is 6; it must be between 1 and 5",
                       "rubrics/core.xml:3:3: error: a competency needs exactly five anchors, scores 1 to 5; "
                       "missing score 5"});
    }
}

TEST_CASE("weights must be greater than zero", "[content]")
{
    ContentFixture fixture;
    SECTION("in a rubric")
    {
        fixture.edit("rubrics/core.xml", R"(weight="1.5")", R"(weight="0")");
        CHECK(fixture.messages() == Messages{"rubrics/core.xml:3:73: error: weight must be greater than 0, not 0"});
    }
    SECTION("in a template")
    {
        fixture.edit("templates/general.xml", R"(weight="2")", R"(weight="-1")");
        CHECK(fixture.messages() ==
              Messages{"templates/general.xml:7:36: error: weight must be greater than 0, not -1"});
    }
    SECTION("not a number")
    {
        fixture.edit("rubrics/core.xml", R"(weight="1.5")", R"(weight="heavy")");
        CHECK(fixture.messages() ==
              Messages{"rubrics/core.xml:3:73: error: 'weight' must be a number, not 'heavy'"});
    }
}

TEST_CASE("pay bands must be ordered", "[content]")
{
    ContentFixture fixture;
    fixture.edit("templates/general.xml", R"(base-min="60000")", R"(base-min="90000")");
    CHECK(fixture.messages() ==
          Messages{"templates/general.xml:3:31: error: base-min 90000 is greater than base-max 80000",
                   "templates/general.xml:3:65: error: ote-min 80000 is below base-min 90000; on-target earnings "
                   "include the base"});
}

TEST_CASE("unknown placeholders are reported at the brace", "[content]")
{
    ContentFixture fixture;
    fixture.edit("templates/general.xml", "Own renewals for {team}.", "Own renewals for {teem}.");
    CHECK(fixture.messages() ==
          Messages{"templates/general.xml:5:36: error: unknown placeholder {teem} in <responsibility>"});
}

TEST_CASE("unknown kinds and levels are reported", "[content]")
{
    ContentFixture fixture;
    SECTION("kind")
    {
        fixture.edit("questionbank/bank.xml", R"(kind="role-play")", R"(kind="roleplay")");
        CHECK(fixture.messages() ==
              Messages{"questionbank/bank.xml:3:49: error: unknown kind 'roleplay' (use behavioral, situational, "
                       "role-play or technical)"});
    }
    SECTION("level in a question")
    {
        fixture.edit("questionbank/bank.xml", R"(levels="mid senior")", R"(levels="mid expert")");
        CHECK(fixture.messages() ==
              Messages{"questionbank/bank.xml:3:66: error: unknown level 'expert' (use junior, mid, senior or "
                       "strategic)"});
    }
    SECTION("level in a template")
    {
        fixture.edit("templates/general.xml", R"(<level id="mid")", R"(<level id="middle")");
        auto messages = fixture.messages();
        REQUIRE(messages.size() >= 1);
        CHECK(messages[0] == "templates/general.xml:3:10: error: unknown level 'middle' (use junior, mid, senior "
                             "or strategic)");
    }
    SECTION("an item limited to a level the template does not offer")
    {
        fixture.edit("templates/general.xml", "<responsibility>", R"(<responsibility levels="senior">)");
        CHECK(fixture.messages() ==
              Messages{"templates/general.xml:5:19: error: level 'senior' is not offered by this template (add a "
                       "<level id=\"senior\">)"});
    }
}

TEST_CASE("required text must not be empty", "[content]")
{
    ContentFixture fixture;
    fixture.edit("rubrics/core.xml", "<description>Reaches renewals on value.</description>",
                 "<description>   </description>");
    CHECK(fixture.messages() == Messages{"rubrics/core.xml:4:5: error: <description> is empty"});
}

TEST_CASE("text split around CDATA and markup reads whole and in order, stray text where it stands",
          "[content]")
{
    // pugixml keeps an element's leading text as its value, and text after
    // a CDATA section or a child element as nodes: all of it is read, in order.
    ContentFixture fixture;
    SECTION("leading text, CDATA and trailing text make one text")
    {
        fixture.edit("questionbank/bank.xml", "<probe>What would you ask first?</probe>",
                     "<probe>What would <![CDATA[you]]> ask first?</probe>");
        const auto loaded = fixture.load();
        REQUIRE(loaded.ok());
        CHECK(loaded.content.question("neg-1")->probes.at(0) == "What would you ask first?");
    }
    SECTION("an element inside text is reported, and the text around it still read")
    {
        fixture.edit("questionbank/bank.xml", "<probe>What would you ask first?</probe>",
                     "<probe>What would <b>you</b> ask first?</probe>");
        CHECK(fixture.messages() ==
              Messages{"questionbank/bank.xml:5:23: error: <probe> holds plain text; element <b> is not allowed inside it"});
    }
    SECTION("text before, between and after the children of a container, each where it starts")
    {
        fixture.edit("questionbank/bank.xml", R"(minutes="8">
    <text>)",
                     R"(minutes="8">before
    <text>)");
        fixture.edit("questionbank/bank.xml", "</red-flag>\n", "</red-flag>after\n");
        CHECK(fixture.messages() ==
              Messages{"questionbank/bank.xml:3:98: error: unexpected text inside <question>",
                       "questionbank/bank.xml:7:52: error: unexpected text inside <question>"});
    }
}

TEST_CASE("unknown elements and attributes are errors, not silently dropped", "[content]")
{
    ContentFixture fixture;
    SECTION("element")
    {
        fixture.edit("questionbank/bank.xml", "<probe>What would you ask first?</probe>",
                     "<prob>What would you ask first?</prob>");
        CHECK(fixture.messages() == Messages{"questionbank/bank.xml:5:5: error: unknown element <prob> in <question>"});
    }
    SECTION("attribute")
    {
        fixture.edit("rubrics/core.xml", R"(category="commercial")", R"(categroy="commercial")");
        CHECK(fixture.messages() ==
              Messages{"rubrics/core.xml:3:51: error: unknown attribute 'categroy' on <competency>",
                       "rubrics/core.xml:3:3: error: <competency> is missing the 'category' attribute"});
    }
}

TEST_CASE("every error of a load is collected, not just the first", "[content]")
{
    ContentFixture fixture;
    fixture.edit("rubrics/core.xml", R"(weight="1.5")", R"(weight="0")");
    fixture.edit("questionbank/bank.xml", R"(minutes="8")", R"(minutes="0")");
    fixture.edit("templates/general.xml", "{team}", "{crew}");
    auto messages = fixture.messages();
    CHECK(messages.size() == 3);
}

TEST_CASE("files that are not readable XML get a clear file-level error", "[content]")
{
    ContentFixture fixture;
    SECTION("empty file")
    {
        fixture.write("templates/general.xml", "");
        CHECK(fixture.messages() == Messages{"templates/general.xml: error: file is empty"});
    }
    SECTION("invalid UTF-8")
    {
        fixture.write("templates/general.xml", "<?xml version=\"1.0\"?>\n<template id=\"g\xC3\x28\"/>\n");
        CHECK(fixture.messages() == Messages{"templates/general.xml:2:16: error: invalid UTF-8 byte sequence; "
                                             "content files must be UTF-8"});
    }
    SECTION("a DOCTYPE is refused")
    {
        fixture.write("templates/general.xml",
                      "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<template>&x;</template>\n");
        auto messages = fixture.messages();
        REQUIRE(messages.size() == 1);
        CHECK_THAT(messages[0], Contains("templates/general.xml:2:") &&
                                    Contains("DOCTYPE declarations are not allowed"));
    }
}

TEST_CASE("numbers are read as the C locale reads them, with or without a fast path", "[content]")
{
    auto weightRead = [](const std::string& written) {
        ContentFixture fixture;
        fixture.edit("rubrics/core.xml", R"(weight="1.5")", "weight=\"" + written + "\"");
        auto result = fixture.load();
        REQUIRE(result.content.competency("negotiation"));
        return std::make_pair(result.content.competency("negotiation")->weight, result.diagnostics.size());
    };
    CHECK(weightRead("2") == std::make_pair(2.0, size_t{0}));
    CHECK(weightRead("0.25") == std::make_pair(0.25, size_t{0}));
    CHECK(weightRead(" 3.5 ") == std::make_pair(3.5, size_t{0}));
    CHECK(weightRead("+2") == std::make_pair(2.0, size_t{0}));
    CHECK(weightRead("2.") == std::make_pair(2.0, size_t{0}));
    CHECK(weightRead(".5") == std::make_pair(0.5, size_t{0}));
    CHECK(weightRead("1e1") == std::make_pair(10.0, size_t{0}));
    CHECK(weightRead("007") == std::make_pair(7.0, size_t{0}));
    CHECK(weightRead("1.5.2").second == 1);
    CHECK(weightRead("1" + std::string(400, '0')).second == 1);  // out of range
}

TEST_CASE("levels are the words of the attribute, however they are spaced", "[content]")
{
    ContentFixture fixture;
    fixture.edit("questionbank/bank.xml", R"(levels="mid senior")", "levels=\"\n  mid\t\tsenior  \"");
    auto result = fixture.load();
    CHECK(result.diagnostics.empty());
    CHECK(result.content.questionsFor("negotiation", amhire::Level::Senior).size() == 1);
    fixture.edit("questionbank/bank.xml", "senior", "expert");
    CHECK(fixture.messages() ==
          Messages{"questionbank/bank.xml:3:66: error: unknown level 'expert' (use junior, mid, senior or strategic)"});
}

TEST_CASE("positions are exact in a CRLF file with a BOM, tabs and multi-byte characters", "[content]")
{
    ContentFixture fixture;
    std::string text = "\xEF\xBB\xBF" + std::string(ContentFixture::kTemplate);
    for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2))
        text.replace(at, 1, "\r\n");
    const std::string from = "<template id=\"general\" industry=\"General\"";
    text.replace(text.find(from), from.size(), "\t<template id=\"general\" industry=\"G\xC3\xA9n\xC3\xA9ral\" colour=\"x\"");
    fixture.write("templates/general.xml", text);
    // The tab is one column and "\u00e9" one: 'colour' starts at column 44 of
    // line 2, as an editor shows it.
    CHECK(fixture.messages() == Messages{"templates/general.xml:2:44: error: unknown attribute 'colour' on <template>"});
}

TEST_CASE("ids, whole numbers and levels read as written give what their folded values give", "[content]")
{
    // Plain values are read in place; any other is folded first. Both ways
    // must accept and reject the same values with the same words.
    const auto questionRead = [](const std::string& from, const std::string& to) {
        ContentFixture fixture;
        fixture.edit("questionbank/bank.xml", from, to);
        return std::make_pair(fixture.load(), fixture.messages());
    };
    SECTION("an id with white space around it is the id")
    {
        auto [result, messages] = questionRead(R"(id="neg-1")", "id=\" neg-1\n\"");
        CHECK(messages.empty());
        CHECK(result.content.question("neg-1"));
    }
    SECTION("minutes with white space, a sign or leading zeros")
    {
        CHECK(questionRead(R"(minutes="8")", R"(minutes=" 12 ")").first.content.question("neg-1")->minutes == 12);
        CHECK(questionRead(R"(minutes="8")", R"(minutes="+12")").first.content.question("neg-1")->minutes == 12);
        CHECK(questionRead(R"(minutes="8")", R"(minutes="012")").first.content.question("neg-1")->minutes == 12);
    }
    SECTION("minutes out of range or not a whole number")
    {
        const auto message = [&](const std::string& minutes) {
            auto messages = questionRead(R"(minutes="8")", "minutes=\"" + minutes + "\"").second;
            REQUIRE(messages.size() == 1);
            return messages[0].substr(messages[0].find("error: "));
        };
        CHECK(message("0") == "error: 'minutes' is 0; it must be between 1 and 60");
        CHECK(message("-0") == "error: 'minutes' is 0; it must be between 1 and 60");
        CHECK(message("-5") == "error: 'minutes' is -5; it must be between 1 and 60");
        CHECK(message("999999999999999999") == "error: 'minutes' is 999999999999999999; it must be between 1 and 60");
        CHECK(message("9999999999999999999") == "error: 'minutes' must be a whole number, not '9999999999999999999'");
        CHECK(message("-") == "error: 'minutes' must be a whole number, not '-'");
        CHECK(message("5 5") == "error: 'minutes' must be a whole number, not '5 5'");
        CHECK(message(" ") == "error: 'minutes' on <question> is empty");
    }
    SECTION("levels that name nothing")
    {
        for (const char* blank : {"", " ", "\t\n "}) {
            auto messages = questionRead(R"(levels="mid senior")", "levels=\"" + std::string(blank) + "\"").second;
            REQUIRE(messages.size() == 1);
            CHECK_THAT(messages[0], Contains("error: 'levels' on <question> is empty"));
        }
        auto messages = questionRead(R"(levels="mid senior")", "").second;
        REQUIRE(messages.size() == 1);
        CHECK_THAT(messages[0], Contains("error: <question> is missing the 'levels' attribute"));
    }
    SECTION("several unknown levels are each reported")
    {
        auto messages = questionRead(R"(levels="mid senior")", R"(levels="mid expert  guru")").second;
        REQUIRE(messages.size() == 2);
        CHECK_THAT(messages[0], Contains("unknown level 'expert'"));
        CHECK_THAT(messages[1], Contains("unknown level 'guru'"));
    }
}
