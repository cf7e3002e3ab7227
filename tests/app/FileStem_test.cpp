#include <catch2/catch.hpp>

#include "app/FileStem.h"

using amhire::app::fileStem;

TEST_CASE("a proposed file name keeps a title's letters and digits, one dash between words", "[gui]")
{
    CHECK(fileStem("Account Manager, SaaS", "posting") == "Account-Manager-SaaS");
    CHECK(fileStem(wxString::FromUTF8("Healthcare Account Manager \u2014 Riverside Health"), "posting") ==
          "Healthcare-Account-Manager-Riverside-Health");
    CHECK(fileStem(wxString::FromUTF8("Z\u00fcrich: Key Accounts #2 (demo)"), "posting") ==
          wxString::FromUTF8("Z\u00fcrich-Key-Accounts-2-demo"));
    CHECK(fileStem(" / ", "posting") == "posting");
    CHECK(fileStem("", "comparison") == "comparison");
}

TEST_CASE("a proposed file name keeps letters of any script, whatever the locale", "[gui]")
{
    CHECK(fileStem(wxString::FromUTF8("\u00c5sa \u00d6berg \u00d7 \u00abKey\u00bb"), "x") ==
          wxString::FromUTF8("\u00c5sa-\u00d6berg-Key"));
    CHECK(fileStem(wxString::FromUTF8("\u5e02\u5834 \u2026 2026"), "x") ==
          wxString::FromUTF8("\u5e02\u5834-2026"));
}
