// The content fingerprint is stored with every opening. It is XXH3 now; the
// FNV-1a fingerprints of older openings must still be recognised and checked.
#include <catch2/catch.hpp>

#include "ContentFixture.h"
#include "core/content/ContentFingerprint.h"

using amhire::ContentFingerprint;
using amhire::fingerprintMatches;
using amhire::legacyFingerprint;
using amhire::test::ContentFixture;

namespace {

std::string fingerprintOf(std::initializer_list<std::string_view> files)
{
    ContentFingerprint fingerprint;
    for (std::string_view file : files)
        fingerprint.addFile(file);
    return fingerprint.value();
}

}  // namespace

TEST_CASE("the fingerprint is marked as XXH3 and changes with any byte or file boundary", "[content][fingerprint]")
{
    const std::string value = fingerprintOf({"<a/>", "<b/>"});
    CHECK(value.rfind("xxh3:", 0) == 0);
    CHECK(value.size() == 21);
    CHECK(value == fingerprintOf({"<a/>", "<b/>"}));
    CHECK(value != fingerprintOf({"<a/>", "<c/>"}));
    CHECK(value != fingerprintOf({"<b/>", "<a/>"}));
    CHECK(fingerprintOf({"ab", "c"}) != fingerprintOf({"a", "bc"}));
    CHECK(fingerprintOf({"a", ""}) != fingerprintOf({"a"}));
}

TEST_CASE("the legacy fingerprint is the FNV-1a of the first versions", "[content][fingerprint]")
{
    // Values computed independently of this code, from the definition.
    CHECK(legacyFingerprint({}) == "14650fb0739d0383");
    CHECK(legacyFingerprint({"abc"}) == "bc583eba50b47d66");
    CHECK(legacyFingerprint({ContentFixture::kRubric, ContentFixture::kBank, ContentFixture::kTemplate}) ==
          "c15ae0156eaf03f9");
}

TEST_CASE("a stored fingerprint of either kind is checked against the content", "[content][fingerprint]")
{
    ContentFixture fixture;
    const auto loaded = fixture.load();
    REQUIRE(loaded.ok());
    const std::string& current = loaded.content.hash();

    CHECK(fingerprintMatches(current, current, fixture.path()));
    CHECK_FALSE(fingerprintMatches("xxh3:0000000000000000", current, fixture.path()));
    // An opening made before XXH3 holds the FNV-1a fingerprint of the same files.
    CHECK(fingerprintMatches("c15ae0156eaf03f9", current, fixture.path()));
    CHECK_FALSE(fingerprintMatches("c15ae0156eaf03fa", current, fixture.path()));
    CHECK_FALSE(fingerprintMatches("demo", current, fixture.path()));

    fixture.edit("questionbank/bank.xml", "Respond.", "Answer.");
    const std::string edited = fixture.load().content.hash();
    CHECK(edited != current);
    CHECK_FALSE(fingerprintMatches(current, edited, fixture.path()));
    CHECK_FALSE(fingerprintMatches("c15ae0156eaf03f9", edited, fixture.path()));
}

TEST_CASE("the legacy fingerprint leaves out a file that does not load, as it did", "[content][fingerprint]")
{
    ContentFixture fixture;
    fixture.write("templates/broken.xml", "<template");
    const auto loaded = fixture.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(fingerprintMatches("c15ae0156eaf03f9", loaded.content.hash(), fixture.path()));
}
