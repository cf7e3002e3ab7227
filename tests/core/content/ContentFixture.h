#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"

namespace amhire::test {

// A small, valid content folder in a temp dir; a test overwrites one file with
// a broken variant and checks the exact diagnostics.
class ContentFixture {
public:
    static constexpr const char* kRubric = R"(<?xml version="1.0" encoding="UTF-8"?>
<rubric id="core" version="1" title="Core">
  <competency id="negotiation" name="Negotiation" category="commercial" weight="1.5">
    <description>Reaches renewals on value.</description>
    <anchor score="1">Concedes price at the first objection.</anchor>
    <anchor score="2">Trades discount for little in return.</anchor>
    <anchor score="3">Prepares a walk-away point and trades concessions.</anchor>
    <anchor score="4">Anchors on measured outcomes the client values.</anchor>
    <anchor score="5">Expands scope while holding price, with evidence.</anchor>
  </competency>
</rubric>
)";
    static constexpr const char* kBank = R"(<?xml version="1.0" encoding="UTF-8"?>
<questionbank id="bank" title="Bank">
  <question id="neg-1" competency="negotiation" kind="role-play" levels="mid senior" minutes="8">
    <text>The client asks for 20% off at renewal. Respond.</text>
    <probe>What would you ask first?</probe>
    <listen-for>Questions about value before price.</listen-for>
    <red-flag>Offers a discount at once.</red-flag>
  </question>
</questionbank>
)";
    static constexpr const char* kTemplate = R"(<?xml version="1.0" encoding="UTF-8"?>
<template id="general" industry="General" title="Account Manager">
  <level id="mid" years="3-5" base-min="60000" base-max="80000" ote-min="80000" ote-max="100000" currency="USD"/>
  <summary>{company} is hiring.</summary>
  <responsibility>Own renewals for {team}.</responsibility>
  <requirement>{years} years in account management.</requirement>
  <assess competency="negotiation" weight="2" min="3"/>
</template>
)";

    ContentFixture()
    {
        for (const char* folder : kContentFolders)
            std::filesystem::create_directories(dir_.path() / folder);
        write("rubrics/core.xml", kRubric);
        write("questionbank/bank.xml", kBank);
        write("templates/general.xml", kTemplate);
    }

    void write(const std::string& relative, const std::string& text) const
    {
        std::ofstream out(dir_.path() / relative, std::ios::binary | std::ios::trunc);
        out << text;
    }

    // Replaces the first occurrence of `from` in a file with `to`.
    void edit(const std::string& relative, const std::string& from, const std::string& to) const
    {
        std::ifstream in(dir_.path() / relative, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto at = text.find(from);
        if (at == std::string::npos)
            throw std::runtime_error("fixture text not found: " + from);
        text.replace(at, from.size(), to);
        write(relative, text);
    }

    ContentLoadResult load() const { return loadContent(dir_.path()); }

    // Diagnostics formatted with paths relative to the fixture folder.
    std::vector<std::string> messages() const
    {
        std::vector<std::string> out;
        const std::string prefix = dir_.path().string() + "/";
        for (Diagnostic d : load().diagnostics) {
            if (d.path.rfind(prefix, 0) == 0)
                d.path = d.path.substr(prefix.size());
            out.push_back(d.format());
        }
        return out;
    }

    const std::filesystem::path& path() const { return dir_.path(); }

private:
    TempDir dir_;
};

}  // namespace amhire::test
