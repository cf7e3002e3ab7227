#!/usr/bin/env python3
"""Writes the hostile content files in this folder and the message fragment
each must produce (FRAGMENTS below). Run from anywhere; the files are
committed, so this only needs running again when a case is added:
`generate.py FRAGMENTS` also writes each case's fragment with '?' for its
location; the locations in EXPECTED.txt were filled from a run and checked by
hand.

Each file sits in the folder of the kind the app would read it as; the test
puts it into an otherwise valid content folder in place of that kind's file.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

RUBRIC = '''<?xml version="1.0" encoding="UTF-8"?>
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
'''
BANK = '''<?xml version="1.0" encoding="UTF-8"?>
<questionbank id="bank" title="Bank">
  <question id="neg-1" competency="negotiation" kind="role-play" levels="mid senior" minutes="8">
    <text>The client asks for 20% off at renewal. Respond.</text>
    <probe>What would you ask first?</probe>
    <listen-for>Questions about value before price.</listen-for>
    <red-flag>Offers a discount at once.</red-flag>
  </question>
</questionbank>
'''
TEMPLATE = '''<?xml version="1.0" encoding="UTF-8"?>
<template id="general" industry="General" title="Account Manager">
  <level id="mid" years="3-5" base-min="60000" base-max="80000" ote-min="80000" ote-max="100000" currency="USD"/>
  <summary>{company} is hiring.</summary>
  <responsibility>Own renewals for {team}.</responsibility>
  <requirement>{years} years in account management.</requirement>
  <assess competency="negotiation" weight="2" min="3"/>
</template>
'''
BASE = {"rubrics": RUBRIC, "questionbank": BANK, "templates": TEMPLATE}
CASES = {}  # "kind/name.xml" -> (bytes, expected message fragment)


def case(kind, name, data, fragment):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES[f"{kind}/{name}.xml"] = (data, fragment)


def sub(kind, old, new, count=1):
    text = BASE[kind]
    assert old in text, old
    return text.replace(old, new, count)


R, B, T = "rubrics", "questionbank", "templates"
NOT_WF = "XML is not well-formed"

# --- Empty, truncated, not well-formed ---------------------------------------
case(R, "empty", b"", "file is empty")
case(R, "whitespace-only", b"  \n\t\r\n  ", "file is empty")
case(R, "truncated-mid-tag", RUBRIC[:RUBRIC.index("score=\"3\"") + 3], "truncated?")
case(R, "truncated-mid-attribute", RUBRIC[:RUBRIC.index('weight="1.') + 10], "truncated?")
case(R, "truncated-after-root-start", RUBRIC[:RUBRIC.index("<competency")], "truncated?")
case(R, "truncated-before-root-end", RUBRIC[:RUBRIC.index("</rubric>")], "truncated?")
case(R, "truncated-mid-comment", RUBRIC.replace("<competency", "<!-- unfinished comment\n<competency").split("<competency")[0], "truncated?")
case(R, "truncated-mid-cdata", RUBRIC[:RUBRIC.index("Reaches")] + "<![CDATA[Reaches renewals", "truncated?")
case(R, "declaration-only", '<?xml version="1.0" encoding="UTF-8"?>\n', "no root element")
case(R, "comment-only", "<!-- a rubric will go here -->\n", "no root element")
case(R, "mismatched-end-tag", RUBRIC.replace("</competency>", "</competence>"), "Start-end tags mismatch")
case(R, "unclosed-quote", RUBRIC.replace('name="Negotiation"', 'name="Negotiation'), NOT_WF)
case(R, "bad-element-name", RUBRIC.replace("<description>", "<1description>"), NOT_WF)
case(R, "two-roots", RUBRIC + '<rubric id="second" version="1" title="Second"/>\n', "a second root element <rubric>")
case(R, "text-after-root", RUBRIC + "and some trailing words\n", "text outside the root element")
case(R, "text-before-root", "stray words\n" + RUBRIC, "text outside the root element")
case(R, "cdata-outside-root", "<![CDATA[hidden]]>\n" + RUBRIC, "text outside the root element")
case(R, "declaration-not-first", "<!-- first -->\n" + RUBRIC, "must be at the very start")
case(R, "declaration-after-root", RUBRIC + '<?xml version="1.0"?>\n', "must be at the very start")
case(R, "xml-version-1-1", RUBRIC.replace('version="1.0"', 'version="1.1"', 1), "XML version '1.1' is not supported")
case(R, "duplicate-attribute", RUBRIC.replace('id="core"', 'id="core" id="other"'), "attribute 'id' is given twice")
case(R, "wrong-root-element", TEMPLATE, "expected a <rubric> root element, found <template>")
case(R, "namespaced-root", RUBRIC.replace("<rubric ", '<x:rubric xmlns:x="urn:x" ').replace("</rubric>", "</x:rubric>"),
     "expected a <rubric> root element, found <x:rubric>")

# --- Encodings ---------------------------------------------------------------
case(R, "utf16le-bom", b"\xff\xfe" + RUBRIC.encode("utf-16-le"), "file is UTF-16")
case(R, "utf16be-bom", b"\xfe\xff" + RUBRIC.encode("utf-16-be"), "file is UTF-16")
case(R, "utf16le-no-bom", RUBRIC.encode("utf-16-le"), "UTF-16 without a byte order mark")
case(R, "utf16be-no-bom", RUBRIC.encode("utf-16-be"), "UTF-16 without a byte order mark")
case(R, "utf32le-bom", b"\xff\xfe\x00\x00" + RUBRIC.encode("utf-32-le"), "file is UTF-32")
case(R, "utf32be-bom", b"\x00\x00\xfe\xff" + RUBRIC.encode("utf-32-be"), "file is UTF-32")
case(R, "latin1-declared-utf8", RUBRIC.replace("Negotiation", "Négociation").encode("latin-1"), "invalid UTF-8")
case(R, "latin1-declared-latin1", RUBRIC.replace("UTF-8", "ISO-8859-1"), "encoding 'ISO-8859-1' is declared")
case(R, "latin1-declared-latin1-accents", RUBRIC.replace("UTF-8", "ISO-8859-1").replace("Core", "Coré").encode("latin-1"),
     "invalid UTF-8")
case(R, "windows-1252-quotes", RUBRIC.replace("Reaches renewals", "\u201cReaches\u201d renewals").encode("cp1252"), "invalid UTF-8")
case(R, "utf8-overlong-slash", RUBRIC.encode().replace(b"on value.", b"on value\xc0\xaf"), "invalid UTF-8")
case(R, "utf8-surrogate", RUBRIC.encode().replace(b"on value.", b"on value\xed\xa0\x80"), "invalid UTF-8")
case(R, "utf8-above-10ffff", RUBRIC.encode().replace(b"on value.", b"on value\xf4\x90\x80\x80"), "invalid UTF-8")
case(R, "utf8-five-byte", RUBRIC.encode().replace(b"on value.", b"on value\xf8\x88\x80\x80\x80"), "invalid UTF-8")
case(R, "utf8-lone-continuation", RUBRIC.encode().replace(b"on value.", b"on value\x80"), "invalid UTF-8")
case(R, "utf8-cut-at-end", RUBRIC.encode().rstrip() + b"\n<!-- \xe2\x82", "invalid UTF-8")
case(R, "bom-utf8-then-truncated", b"\xef\xbb\xbf" + RUBRIC.encode()[:RUBRIC.index("<rubric") + 12], "truncated?")
case(R, "bom-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + RUBRIC.encode(), "byte order mark (U+FEFF)")
case(R, "bom-in-text", RUBRIC.replace("Reaches renewals", "Reaches\ufeff renewals"), "byte order mark (U+FEFF)")
case(R, "noncharacter-fffe", RUBRIC.replace("Reaches renewals", "Reaches\ufffe renewals"), "U+FFFE is not a character")
case(R, "nul-in-text", RUBRIC.encode().replace(b"Reaches renewals", b"Reaches\x00renewals"), "NUL byte")
case(R, "nul-in-attribute", RUBRIC.encode().replace(b'title="Core"', b'title="Co\x00re"'), "NUL byte")
case(R, "control-char", RUBRIC.replace("Reaches renewals", "Reaches\x01renewals"), "control character U+0001")
case(R, "ansi-escape", RUBRIC.replace("Reaches renewals", "\x1b[31mReaches renewals\x1b[0m"), "control character U+001B")
case(R, "charref-nul", RUBRIC.replace("Reaches renewals", "Reaches&#0;renewals"), "character reference '&#0;'")
case(R, "charref-control", RUBRIC.replace('title="Core"', 'title="Core&#x1B;"'), "character reference '&#x1B;'")
case(R, "charref-surrogate", RUBRIC.replace("Reaches renewals", "Reaches&#xD800;renewals"), "character reference '&#xD800;'")
case(R, "charref-huge", RUBRIC.replace("Reaches renewals", "Reaches&#99999999999999999999;"), "is not a character XML allows")
case(R, "charref-malformed", RUBRIC.replace("Reaches renewals", "Reaches&#xZZ;renewals"), "malformed character reference")

# --- Binary garbage ----------------------------------------------------------
case(R, "binary-elf", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "control character U+0002")
case(R, "binary-gzip", b"\x1f\x8b\x08\x00" + bytes((i * 97 + 13) % 256 for i in range(2048)), "control character U+001F")
case(R, "binary-png", b"\x89PNG\r\n\x1a\n" + bytes((i * 31 + 7) % 256 for i in range(2048)), "invalid UTF-8")
case(R, "binary-pdf", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".encode("latin-1") + b"1 0 obj\n", "invalid UTF-8")
case(R, "binary-ascii-noise", bytes((i * 7919) % 95 + 32 for i in range(4096)), NOT_WF)

# --- DOCTYPE and entities ----------------------------------------------------
laughs = "".join(f'  <!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10))
case(R, "doctype-billion-laughs",
     RUBRIC.replace("<rubric ", '<!DOCTYPE rubric [\n  <!ENTITY lol0 "lol">\n' + laughs + "]>\n<rubric ", 1)
     .replace("Reaches renewals on value.", "&lol9;"), "DOCTYPE declarations are not allowed")
case(R, "doctype-xxe-passwd",
     RUBRIC.replace("<rubric ", '<!DOCTYPE rubric [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rubric ', 1)
     .replace("Reaches renewals on value.", "&xxe;"), "DOCTYPE declarations are not allowed")
case(R, "doctype-external-dtd",
     RUBRIC.replace("<rubric ", '<!DOCTYPE rubric SYSTEM "http://attacker.example/evil.dtd">\n<rubric ', 1),
     "DOCTYPE declarations are not allowed")
case(R, "doctype-parameter-entity",
     RUBRIC.replace("<rubric ", '<!DOCTYPE rubric [<!ENTITY % p SYSTEM "file:///etc/shadow"> %p;]>\n<rubric ', 1),
     "DOCTYPE declarations are not allowed")
case(R, "doctype-quadratic-blowup",
     RUBRIC.replace("<rubric ", '<!DOCTYPE rubric [<!ENTITY a "' + "x" * 20000 + '">]>\n<rubric ', 1)
     .replace("Reaches renewals on value.", "&a;" * 500), "DOCTYPE declarations are not allowed")
case(R, "doctype-unterminated", RUBRIC.replace("<rubric ", '<!DOCTYPE rubric [<!ENTITY x "y"\n<rubric ', 1),
     "DOCTYPE declarations are not allowed")
case(B, "doctype-xxe-in-bank",
     BANK.replace("<questionbank ", '<!DOCTYPE questionbank [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<questionbank ', 1)
     .replace("Respond.", "&xxe;"), "DOCTYPE declarations are not allowed")
case(T, "doctype-xxe-in-template",
     TEMPLATE.replace("<template ", '<!DOCTYPE template [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<template ', 1)
     .replace("is hiring.", "&xxe;"), "DOCTYPE declarations are not allowed")

# --- Size and shape limits ---------------------------------------------------
def nested(depth, closed=True):
    return "<rubric>" + "<a>" * (depth - 1) + ("</a>" * (depth - 1) + "</rubric>\n" if closed else "")
case(R, "nesting-17-deep", nested(17), "nested more than 16 deep")
case(R, "nesting-10000-deep", nested(10000), "nested more than 16 deep")
case(R, "nesting-5000-unclosed", nested(5000, closed=False), "truncated?")
case(R, "children-1001", '<rubric id="core" version="1" title="Core">\n' + "<competency/>\n" * 1001 + "</rubric>\n",
     "<rubric> has more than 1000 child elements")
case(R, "attribute-9000-bytes", RUBRIC.replace('title="Core"', 'title="' + "A" * 9000 + '"'), "attribute 'title' is 9000 bytes long")
case(R, "text-9000-bytes", RUBRIC.replace("Reaches renewals on value.", "word " * 1800), "text is 9000 bytes long")
case(R, "attributes-40", RUBRIC.replace('title="Core"', 'title="Core" ' + " ".join(f'a{i}="x"' for i in range(40))),
     "<rubric> has more than 32 attributes")
case(R, "errors-150", '<rubric id="core" version="1" title="Core">\n' + "<bogus/>\n" * 150 + "</rubric>\n",
     "more than 100 errors in this file")

# --- CDATA tricks ------------------------------------------------------------
case(R, "cdata-text-in-root", RUBRIC.replace("  <competency", "  <![CDATA[<competency id=\"ghost\"/>]]>\n  <competency", 1),
     "unexpected text inside <rubric>")
case(R, "cdata-blank-anchor", RUBRIC.replace("Concedes price at the first objection.", "<![CDATA[   ]]>"), "<anchor> is empty")
case(R, "element-in-anchor", RUBRIC.replace("Concedes price", "Concedes <b>price</b>"), "<anchor> holds plain text")

# --- Content: ids, references, numbers ---------------------------------------
comp = RUBRIC[RUBRIC.index("  <competency"):RUBRIC.index("</rubric>")]
case(R, "duplicate-competency-id", RUBRIC.replace("</rubric>", comp + "</rubric>"), "duplicate competency id 'negotiation'")
case(R, "invalid-id", RUBRIC.replace('id="negotiation"', 'id="Negotiation Skills"'), "is not a valid id")
case(R, "unknown-attribute", RUBRIC.replace('weight="1.5"', 'weight="1.5" wieght="2"'), "unknown attribute 'wieght'")
case(R, "unknown-element", RUBRIC.replace("<description>", "<descripton>x</descripton>\n    <description>"), "unknown element <descripton>")
case(R, "weight-zero", sub(R, 'weight="1.5"', 'weight="0"'), "weight must be greater than 0")
case(R, "weight-negative", sub(R, 'weight="1.5"', 'weight="-3"'), "weight must be greater than 0")
case(R, "weight-huge", sub(R, 'weight="1.5"', 'weight="1e300"'), "it must be at most 100")
case(R, "weight-nan", sub(R, 'weight="1.5"', 'weight="nan"'), "'weight' must be a number")
case(R, "weight-infinity", sub(R, 'weight="1.5"', 'weight="inf"'), "'weight' must be a number")
case(R, "weight-hex", sub(R, 'weight="1.5"', 'weight="0x10"'), "'weight' must be a number")
case(R, "weight-comma", sub(R, 'weight="1.5"', 'weight="1,5"'), "'weight' must be a number")
case(R, "score-zero", sub(R, 'score="1"', 'score="0"'), "'score' is 0; it must be between 1 and 5")
case(R, "score-six", sub(R, 'score="5"', 'score="6"'), "'score' is 6; it must be between 1 and 5")
case(R, "score-fraction", sub(R, 'score="3"', 'score="2.5"'), "'score' must be a whole number")
case(R, "score-overflow", sub(R, 'score="3"', 'score="99999999999999999999999"'), "'score' must be a whole number")
case(R, "score-twice", sub(R, 'score="2"', 'score="1"'), "anchor for score 1 is given twice")
case(R, "metric-min-above-max", RUBRIC.replace("  </competency>", '    <evidence><metric id="retention" label="Retention" unit="percent" min="100" max="0"/></evidence>\n  </competency>'),
     "min 100 is greater than max 0")
case(R, "metric-unknown-unit", RUBRIC.replace("  </competency>", '    <evidence><metric id="retention" label="Retention" unit="furlongs" min="0" max="100"/></evidence>\n  </competency>'),
     "unknown unit 'furlongs'")
case(B, "duplicate-question-id", BANK.replace("</questionbank>", BANK[BANK.index("  <question"):BANK.index("</questionbank>")] + "</questionbank>"),
     "duplicate question id 'neg-1'")
case(B, "dangling-competency", sub(B, 'competency="negotiation"', 'competency="haggling"'), "refers to unknown competency 'haggling'")
case(B, "minutes-zero", sub(B, 'minutes="8"', 'minutes="0"'), "'minutes' is 0; it must be between 1 and 60")
case(B, "minutes-too-long", sub(B, 'minutes="8"', 'minutes="61"'), "'minutes' is 61; it must be between 1 and 60")
case(B, "minutes-negative", sub(B, 'minutes="8"', 'minutes="-5"'), "'minutes' is -5")
case(B, "minutes-overflow", sub(B, 'minutes="8"', 'minutes="18446744073709551617"'), "'minutes' must be a whole number")
case(B, "level-unknown", sub(B, 'levels="mid senior"', 'levels="mid expert"'), "unknown level 'expert'")
case(B, "levels-blank", sub(B, 'levels="mid senior"', 'levels="   "'), "'levels' on <question> is empty")
case(B, "kind-unknown", sub(B, 'kind="role-play"', 'kind="trivia"'), "unknown kind 'trivia'")
case(B, "question-without-text", BANK.replace("    <text>The client asks for 20% off at renewal. Respond.</text>\n", ""), "<question> has no <text>")
case(B, "questions-1001", '<questionbank id="bank" title="Bank">\n' + '<question id="q" competency="negotiation"/>\n' * 1001 + "</questionbank>\n",
     "<questionbank> has more than 1000 child elements")
case(T, "dangling-assess", sub(T, 'competency="negotiation"', 'competency="haggling"'), "assesses unknown competency 'haggling'")
case(T, "level-twice", TEMPLATE.replace("  <summary>", TEMPLATE[TEMPLATE.index("  <level"):TEMPLATE.index("  <summary>")] + "  <summary>"),
     "level 'mid' is defined twice")
case(T, "assess-twice", TEMPLATE.replace("</template>", '  <assess competency="negotiation" weight="1"/>\n</template>'),
     "competency 'negotiation' is assessed twice")
case(T, "level-unknown", sub(T, 'id="mid" years', 'id="principal" years'), "unknown level 'principal'")
case(T, "pay-reversed", sub(T, 'base-min="60000" base-max="80000"', 'base-min="90000" base-max="80000"'), "base-min 90000 is greater than base-max 80000")
case(T, "pay-negative", sub(T, 'base-min="60000"', 'base-min="-1"'), "'base-min' is -1")
case(T, "pay-huge", sub(T, 'ote-max="100000"', 'ote-max="9000000000"'), "'ote-max' is 9000000000; it must be between 0 and 100000000")
case(T, "ote-below-base", sub(T, 'ote-min="80000"', 'ote-min="50000"'), "ote-min 50000 is below base-min 60000")
case(T, "currency-lowercase", sub(T, 'currency="USD"', 'currency="usd"'), "currency 'usd' must be a three-letter ISO code")
case(T, "years-words", sub(T, 'years="3-5"', 'years="lots"'), "years 'lots' must look like 3, 3-5 or 8+")
case(T, "assess-min-six", sub(T, 'min="3"', 'min="6"'), "'min' is 6; it must be between 1 and 5")
case(T, "assess-weight-huge", sub(T, 'weight="2"', 'weight="1000"'), "it must be at most 100")
case(T, "placeholder-unknown", sub(T, "{company} is hiring.", "{company} is hiring at {salary}."), "unknown placeholder {salary}")
case(T, "item-level-not-offered", sub(T, "<requirement>", '<requirement levels="senior">'), "level 'senior' is not offered by this template")


def main():
    lines = []
    for rel, (data, fragment) in sorted(CASES.items()):
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        lines.append(f"{rel} ? {fragment}")
    # The fragments, with '?' for the location, to be filled in and checked
    # before they go into EXPECTED.txt.
    with open(sys.argv[1] if len(sys.argv) > 1 else os.devnull, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "cases")


if __name__ == "__main__":
    main()
