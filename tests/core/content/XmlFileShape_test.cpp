// XmlFile's limits are checked twice over: a quick walk passes a file that is
// surely within them, and anything in doubt goes to the full check, which
// alone words the diagnostic. These cases sit where the two could part.
#include <catch2/catch.hpp>

#include <string>

#include "core/content/XmlFile.h"

namespace {

std::vector<std::string> shapeMessages(const std::string& xml, const amhire::XmlLimits& limits)
{
    amhire::Diagnostics out;
    const auto file = amhire::XmlFile::parse("shape.xml", xml, out, limits);
    CHECK((file != nullptr) == out.empty());
    std::vector<std::string> messages;
    for (const auto& d : out)
        messages.push_back(d.format());
    return messages;
}

std::string attributes(int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += " a" + std::to_string(i) + "=\"v\"";
    return out;
}

}  // namespace

TEST_CASE("a file with more elements than the child limit passes when no element has too many children",
          "[content][shape]")
{
    amhire::XmlLimits limits;
    limits.maxChildren = 3;
    CHECK(shapeMessages("<r><a/><a/><a><b/><b/><b/></a></r>", limits).empty());
}

TEST_CASE("an element past the child limit is reported at that element", "[content][shape]")
{
    amhire::XmlLimits limits;
    limits.maxChildren = 2;
    CHECK(shapeMessages("<r>\n  <a/><a>\n    <b/><b/><b/></a></r>", limits) ==
          std::vector<std::string>{"shape.xml:2:7: error: <a> has more than 2 child elements"});
}

TEST_CASE("attribute names that share a first letter are not duplicates", "[content][shape]")
{
    CHECK(shapeMessages(R"(<r base-min="1" base-max="2" b="3"/>)", {}).empty());
}

TEST_CASE("a duplicate attribute is found however many attributes come before it", "[content][shape]")
{
    CHECK(shapeMessages("<r" + attributes(3) + " a1=\"w\"/>", {}) ==
          std::vector<std::string>{"shape.xml:1:25: error: attribute 'a1' is given twice on <r>"});
    // Past the attributes the quick check keeps names of; still within the limit.
    CHECK(shapeMessages("<r" + attributes(20) + "/>", {}).empty());
    CHECK(shapeMessages("<r" + attributes(20) + " a17=\"w\"/>", {}) ==
          std::vector<std::string>{"shape.xml:1:154: error: attribute 'a17' is given twice on <r>"});
}

TEST_CASE("the first problem in document order is the one reported", "[content][shape]")
{
    amhire::XmlLimits limits;
    limits.maxChildren = 2;
    limits.maxTextBytes = 4;
    limits.maxAttributes = 2;
    CHECK(shapeMessages("<r><a x=\"1\" y=\"2\" z=\"3\"/><b>too long</b><c/></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:1: error: <r> has more than 2 child elements"});
    CHECK(shapeMessages("<r><a x=\"1\" y=\"2\" z=\"3\"/><b>too long</b></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:19: error: <a> has more than 2 attributes"});
    CHECK(shapeMessages("<r><a x=\"1\"/><b>too long</b></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:17: error: text is 8 bytes long; at most 4 are allowed"});
}

TEST_CASE("depth, text and attributes are checked everywhere the quick walk goes", "[content][shape]")
{
    // The walk goes down, along and back up several levels at once; each
    // limit is met exactly (passes) and then passed by one (reported), deep
    // inside the tree and after it has climbed back up.
    amhire::XmlLimits limits;
    limits.maxDepth = 4;
    limits.maxTextBytes = 5;
    const std::string head = "<r><a><b><c>12345</c></b></a><d>";
    CHECK(shapeMessages(head + "<e><f x=\"12345\"/></e>tail</d></r>", limits).empty());
    CHECK(shapeMessages(head + "<e><f><g/></f></e></d></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:39: error: elements are nested more than 4 deep"});
    CHECK(shapeMessages(head + "<e><f x=\"123456\"/></e></d></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:39: error: attribute 'x' is 6 bytes long; at most 5 are allowed"});
    CHECK(shapeMessages(head + "<e/>tail!!</d></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:37: error: text is 6 bytes long; at most 5 are allowed"});
    CHECK(shapeMessages(head + "</d><![CDATA[123456]]></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:46: error: text is 6 bytes long; at most 5 are allowed"});
    // An element's leading text is kept as its value, not as a node: the
    // same limit, deep in the tree and with children after it.
    CHECK(shapeMessages(head + "<e><f>123456</f></e></d></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:39: error: text is 6 bytes long; at most 5 are allowed"});
    CHECK(shapeMessages(head + "<e>123456<f/></e></d></r>", limits) ==
          std::vector<std::string>{"shape.xml:1:36: error: text is 6 bytes long; at most 5 are allowed"});
}
