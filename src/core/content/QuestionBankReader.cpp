#include <algorithm>

#include <fmt/format.h>

#include "core/content/ElementChildren.h"
#include "core/content/ElementReader.h"
#include "core/content/NameIs.h"
#include "core/content/Readers.h"

namespace amhire {

namespace {

constexpr int kMaxQuestionMinutes = 60;

// Sizes the lists of a question to its elements, so they are not grown one at a time.
void reserveForChildren(pugi::xml_node node, Question& q)
{
    size_t probes = 0, listenFor = 0, redFlags = 0;
    for (pugi::xml_node child : ElementChildren(node)) {
        const char* name = child.name();
        probes += nameIs(name, "probe");
        listenFor += nameIs(name, "listen-for");
        redFlags += nameIs(name, "red-flag");
    }
    q.probes.reserve(probes);
    q.listenFor.reserve(listenFor);
    q.redFlags.reserve(redFlags);
}

// The number of element children of `node`.
size_t elementCount(pugi::xml_node node)
{
    size_t count = 0;
    for ([[maybe_unused]] pugi::xml_node child : ElementChildren(node))
        ++count;
    return count;
}

std::optional<Question> readQuestion(const ElementReader& r, pugi::xml_node node, const std::string& bankId)
{
    r.checkAttributes(node, {"id", "competency", "kind", "levels", "minutes"});
    r.checkNoText(node);
    Question q;
    q.bankId = bankId;
    q.where = r.file().locate(node);
    auto id = r.id(node, "id");
    auto competency = r.id(node, "competency");
    auto kindText = r.required(node, "kind");
    auto levels = r.levels(node, "levels", true);
    auto minutes = r.integer(node, "minutes", 1, kMaxQuestionMinutes);
    if (kindText) {
        if (auto kind = parseQuestionKind(*kindText))
            q.kind = *kind;
        else
            r.error(node.attribute("kind"),
                    fmt::format("unknown kind '{}' (use behavioral, situational, role-play or technical)", *kindText));
    }
    if (levels && levels->empty())
        r.error(node.attribute("levels"), "'levels' names no level");
    // While checkAttributes' look-up of `node` is at hand: its children's replace it.
    q.competencyWhere = r.file().locate(r.attribute(node, "competency"));

    reserveForChildren(node, q);
    int texts = 0;
    for (pugi::xml_node child : ElementChildren(node)) {
        const char* name = child.name();
        r.checkAttributes(child, {});
        if (nameIs(name, "text")) {
            q.text = r.text(child);
            if (++texts == 2)
                r.error(child, "a question has one <text>");
        } else if (nameIs(name, "probe")) {
            q.probes.push_back(r.text(child));
        } else if (nameIs(name, "listen-for")) {
            q.listenFor.push_back(r.text(child));
        } else if (nameIs(name, "red-flag")) {
            q.redFlags.push_back(r.text(child));
        } else {
            r.unknownElement(child, node);
        }
    }
    if (texts == 0)
        r.error(node, "<question> has no <text>");
    if (!id || !competency)
        return std::nullopt;
    q.id = std::move(*id);
    q.competency = std::move(*competency);
    if (levels)
        q.levels = *levels;
    q.minutes = static_cast<int>(minutes.value_or(5));
    return q;
}

}  // namespace

void readQuestionBankFile(const XmlFile& file, Diagnostics& out, std::vector<QuestionBank>& banks,
                          std::vector<Question>& questions)
{
    ElementReader r(file, out);
    pugi::xml_node root = file.root();
    if (!nameIs(root.name(), "questionbank")) {
        r.error(root, fmt::format("expected a <questionbank> root element, found <{}>", root.name()));
        return;
    }
    r.checkAttributes(root, {"id", "title"});
    r.checkNoText(root);
    QuestionBank bank;
    bank.where = file.locate(root);
    auto id = r.id(root, "id");
    bank.id = id.value_or("");
    bank.title = r.required(root, "title").value_or("");
    // Doubling as push_back would: a reserve to the exact count moved every
    // question read so far at each bank, and freed the old block each time.
    const size_t needed = questions.size() + elementCount(root);
    if (needed > questions.capacity())
        questions.reserve(std::max(needed, 2 * questions.capacity()));
    int questionElements = 0;
    for (pugi::xml_node child : ElementChildren(root)) {
        if (!nameIs(child.name(), "question")) {
            r.unknownElement(child, root);
            continue;
        }
        ++questionElements;
        if (auto q = readQuestion(r, child, bank.id))
            questions.push_back(std::move(*q));
    }
    if (questionElements == 0)
        r.error(root, "<questionbank> has no <question>");
    if (id)
        banks.push_back(std::move(bank));
}

}  // namespace amhire
