#include "app/ContentBrowser.h"

#include <map>

#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include "app/ContentPages.h"
#include "app/HtmlText.h"
#include "app/ThemedHtmlWindow.h"
#include "app/TreeExpanders.h"
#include "core/content/Content.h"

namespace amhire::app {

namespace {

enum class ItemKind { Rubric, Competency, Question, Template, Group };

class ItemData : public wxTreeItemData {
public:
    ItemData(ItemKind kind, std::string id) : kind(kind), id(std::move(id)) {}
    ItemKind kind;
    std::string id;
};

}  // namespace

ContentBrowser::ContentBrowser(wxWindow* parent, const Content& content)
    : wxPanel(parent, wxID_ANY), content_(content)
{
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    tree_ = new wxTreeCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE);
    useDrawnExpanders(*tree_);
    details_ =
        new ThemedHtmlWindow(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    splitter->SetMinimumPaneSize(180);
    splitter->SplitVertically(tree_, details_, FromDIP(380));
    splitter->SetSashGravity(0.0);  // extra width goes to the details, which wrap text

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND);
    SetSizer(sizer);

    tree_->Bind(wxEVT_TREE_SEL_CHANGED, &ContentBrowser::onSelectionChanged, this);
    populate();
}

void ContentBrowser::populate()
{
    tree_->DeleteAllItems();
    const wxTreeItemId root = tree_->AddRoot("content");

    const wxTreeItemId rubrics = tree_->AppendItem(
        root, wxString::Format(wxPLURAL("Rubrics (%zu competency)", "Rubrics (%zu competencies)",
                                        content_.competencies().size()),
                               content_.competencies().size()));
    for (const Rubric& r : content_.rubrics()) {
        auto rubric = tree_->AppendItem(rubrics, fromUtf8(r.title), -1, -1, new ItemData(ItemKind::Rubric, r.id));
        for (const auto& id : r.competencyIds)
            if (const Competency* c = content_.competency(id))
                tree_->AppendItem(rubric, fromUtf8(c->name), -1, -1, new ItemData(ItemKind::Competency, c->id));
    }

    const wxTreeItemId bank = tree_->AppendItem(
        root, wxString::Format(wxPLURAL("Question bank (%zu question)", "Question bank (%zu questions)",
                                        content_.questions().size()),
                               content_.questions().size()));
    for (const Competency& c : content_.competencies()) {
        auto questions = content_.questionsFor(c.id);
        auto group = tree_->AppendItem(bank, wxString::Format("%s (%zu)", fromUtf8(c.name), questions.size()), -1, -1,
                                       new ItemData(ItemKind::Competency, c.id));
        for (const Question* q : questions)
            tree_->AppendItem(group, fromUtf8(q->text), -1, -1, new ItemData(ItemKind::Question, q->id));
    }

    const wxTreeItemId templates = tree_->AppendItem(
        root, wxString::Format(_("Templates (%zu)"), content_.templates().size()));
    std::map<std::string, wxTreeItemId> industries;
    for (const JobTemplate& t : content_.templates()) {
        auto [it, added] = industries.emplace(t.industry, wxTreeItemId());
        if (added)
            it->second = tree_->AppendItem(templates, fromUtf8(t.industry), -1, -1, new ItemData(ItemKind::Group, {}));
        wxString levels;
        for (const LevelBand& b : t.levels)
            levels += (levels.empty() ? "" : ", ") + wxString(levelId(b.level));
        tree_->AppendItem(it->second, fromUtf8(t.title) + " [" + levels + "]", -1, -1,
                          new ItemData(ItemKind::Template, t.id));
    }

    tree_->Expand(rubrics);
    tree_->Expand(templates);
    details_->SetPage("<p>" + wxString(_("Select a competency, question or template to see its details.")) + "</p>");
}

wxTreeItemId ContentBrowser::findItem(const std::function<bool(const wxTreeItemId&)>& match) const
{
    std::vector<wxTreeItemId> stack{tree_->GetRootItem()};
    while (!stack.empty()) {
        wxTreeItemId item = stack.back();
        stack.pop_back();
        if (item != tree_->GetRootItem() && match(item))
            return item;
        wxTreeItemIdValue cookie;
        std::vector<wxTreeItemId> children;
        for (auto child = tree_->GetFirstChild(item, cookie); child.IsOk(); child = tree_->GetNextChild(item, cookie))
            children.push_back(child);
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return {};
}

bool ContentBrowser::select(const wxTreeItemId& item)
{
    if (!item.IsOk())
        return false;
    tree_->EnsureVisible(item); // expands the items above it
    tree_->SelectItem(item);
    return true;
}

bool ContentBrowser::selectByLabel(const wxString& label)
{
    return select(findItem([&](const wxTreeItemId& item) { return tree_->GetItemText(item) == label; }));
}

std::string ContentBrowser::ownKey(const wxTreeItemId& item) const
{
    if (!item.IsOk() || item == tree_->GetRootItem())
        return {};
    const auto* data = dynamic_cast<const ItemData*>(tree_->GetItemData(item));
    if (!data) {
        // A heading: by its place, since its label counts what is under it.
        size_t place = 0;
        wxTreeItemIdValue cookie;
        for (auto child = tree_->GetFirstChild(tree_->GetRootItem(), cookie); child.IsOk() && child != item;
             child = tree_->GetNextChild(tree_->GetRootItem(), cookie))
            ++place;
        return "heading:" + std::to_string(place);
    }
    if (data->kind == ItemKind::Group)
        return "group:" + toUtf8(tree_->GetItemText(item));
    return std::to_string(static_cast<int>(data->kind)) + ":" + data->id;
}

std::string ContentBrowser::itemKey(const wxTreeItemId& item) const
{
    // With its parent's: a competency is listed under its rubric and again
    // over its questions.
    return ownKey(item) + "<" + ownKey(tree_->GetItemParent(item));
}

std::string ContentBrowser::chosenItemKey() const
{
    const wxTreeItemId chosen = tree_->GetSelection();
    return chosen.IsOk() ? itemKey(chosen) : std::string();
}

bool ContentBrowser::selectByKey(const std::string& key)
{
    return !key.empty() && select(findItem([&](const wxTreeItemId& item) { return itemKey(item) == key; }));
}

void ContentBrowser::onSelectionChanged(wxTreeEvent& event)
{
    auto* data = dynamic_cast<ItemData*>(tree_->GetItemData(event.GetItem()));
    if (!data)
        return;
    wxString page;
    switch (data->kind) {
    case ItemKind::Rubric:
        if (const Rubric* r = content_.rubric(data->id))
            page = rubricPage(*r, content_);
        break;
    case ItemKind::Competency:
        if (const Competency* c = content_.competency(data->id))
            page = competencyPage(*c);
        break;
    case ItemKind::Question:
        if (const Question* q = content_.question(data->id))
            page = questionPage(*q, content_);
        break;
    case ItemKind::Template:
        if (const JobTemplate* t = content_.jobTemplate(data->id))
            page = templatePage(*t, content_);
        break;
    case ItemKind::Group:
        return;
    }
    details_->SetPage(page);
}

}  // namespace amhire::app
