#include "app/Settings.h"

#include <algorithm>
#include <functional>
#include <string>

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filehistory.h>
#include <wx/tokenzr.h>
#include <wx/toplevel.h>

#include "app/HtmlText.h"

namespace amhire::app {

void Settings::restoreGeometry(wxTopLevelWindow& window, const wxString& key, const wxSize& defaultSize) const
{
    const wxString base = "/Windows/" + key + "/";
    long x = config_.ReadLong(base + "x", wxDefaultCoord);
    long y = config_.ReadLong(base + "y", wxDefaultCoord);
    long w = config_.ReadLong(base + "width", defaultSize.x);
    long h = config_.ReadLong(base + "height", defaultSize.y);
    wxRect rect(wxPoint(static_cast<int>(x), static_cast<int>(y)), wxSize(static_cast<int>(w), static_cast<int>(h)));
    // Never larger than the screen it opens on (a laptop after a big monitor).
    const wxRect screen = wxDisplay(&window).GetClientArea();
    rect.width = std::min(rect.width, screen.width);
    rect.height = std::min(rect.height, screen.height);
    window.SetSize(rect.GetSize());
    if (x != wxDefaultCoord && y != wxDefaultCoord && wxDisplay::GetFromPoint(rect.GetTopLeft()) != wxNOT_FOUND)
        window.Move(rect.GetTopLeft());
    else
        window.Centre();
    if (config_.ReadBool(base + "maximized", false))
        window.Maximize();
}

void Settings::saveGeometry(const wxTopLevelWindow& window, const wxString& key)
{
    const wxString base = "/Windows/" + key + "/";
    config_.Write(base + "maximized", window.IsMaximized());
    if (window.IsMaximized() || window.IsIconized())
        return;  // keep the last normal geometry to restore to
    const wxRect rect = window.GetRect();
    config_.Write(base + "x", rect.x);
    config_.Write(base + "y", rect.y);
    config_.Write(base + "width", rect.width);
    config_.Write(base + "height", rect.height);
}

wxString Settings::lastInterviewer() const { return config_.Read("/Interview/lastInterviewer", wxString()); }
void Settings::setLastInterviewer(const wxString& name) { config_.Write("/Interview/lastInterviewer", name); }

wxString Settings::lastDatabase() const { return config_.Read("/Database/last", wxString()); }
void Settings::setLastDatabase(const wxString& path) { config_.Write("/Database/last", path); }

wxString Settings::contentFolder() const
{
    return config_.Read("/Content/folder", wxString());
}
void Settings::setContentFolder(const wxString& path)
{
    if (path.empty())
        config_.DeleteEntry("/Content/folder");
    else
        config_.Write("/Content/folder", path);
}

namespace {

double boundedShare(double share)
{
    return std::clamp(share, 0.2, 0.8);
}

} // namespace

double Settings::splitShare(const wxString& key, double fallback) const
{
    return boundedShare(config_.ReadDouble("/Splits/" + key, fallback));
}

void Settings::setSplitShare(const wxString& key, double share)
{
    config_.Write("/Splits/" + key, boundedShare(share));
}

CompareViewState Settings::compareView() const
{
    CompareViewState state;
    state.transposed = config_.ReadBool("/Compare/transposed", false);
    state.hideKnockedOut = config_.ReadBool("/Compare/hideKnockedOut", false);
    state.anonymised = config_.ReadBool("/Compare/anonymised", false);
    state.sashPosition = static_cast<int>(config_.ReadLong("/Compare/sashPosition", 0));
    // Stage ids, space-separated; one this version does not know is skipped.
    wxStringTokenizer ids(config_.Read("/Compare/stages", wxString()), " ");
    while (ids.HasMoreTokens())
        if (const auto stage = parseStage(toUtf8(ids.GetNextToken())))
            state.stages.push_back(*stage);
    return state;
}

void Settings::setCompareView(const CompareViewState& state)
{
    config_.Write("/Compare/transposed", state.transposed);
    config_.Write("/Compare/hideKnockedOut", state.hideKnockedOut);
    config_.Write("/Compare/anonymised", state.anonymised);
    config_.Write("/Compare/sashPosition", state.sashPosition);
    wxString stages;
    for (Stage stage : state.stages)
        stages += (stages.empty() ? "" : " ") + wxString(stageId(stage));
    config_.Write("/Compare/stages", stages);
}

namespace {
const wxString kDraft = "/PostingDraft";

// A database's entry under /LastOpening: its path, hashed, as a path holds
// the separators wxConfig uses for groups.
wxString lastOpeningKey(const wxString& databasePath)
{
    return wxString::Format("/LastOpening/%016zx", std::hash<std::string>{}(toUtf8(databasePath)));
}
} // namespace

std::optional<std::pair<InterviewKind, int>> Settings::lastInterviewSetup() const
{
    const auto kind = parseInterviewKind(toUtf8(config_.Read("/Interview/kind", wxString())));
    if (!kind)
        return std::nullopt;
    return std::pair{*kind, static_cast<int>(config_.ReadLong("/Interview/lengthMinutes", 60))};
}

void Settings::setLastInterviewSetup(InterviewKind kind, int lengthMinutes)
{
    config_.Write("/Interview/kind", wxString(interviewKindId(kind)));
    config_.Write("/Interview/lengthMinutes", lengthMinutes);
}

int64_t Settings::lastOpening(const wxString& databasePath) const
{
    wxLongLong_t id = 0;
    return config_.Read(lastOpeningKey(databasePath), &id) ? static_cast<int64_t>(id) : 0;
}

void Settings::setLastOpening(const wxString& databasePath, int64_t openingId)
{
    config_.Write(lastOpeningKey(databasePath), static_cast<wxLongLong_t>(openingId));
}

std::optional<PostingDraft> Settings::postingDraft() const
{
    if (!config_.HasGroup(kDraft))
        return std::nullopt;
    PostingDraft draft;
    draft.templateId = toUtf8(config_.Read(kDraft + "/template", wxString()));
    draft.level = parseLevel(toUtf8(config_.Read(kDraft + "/level", wxString())));
    draft.workModel = static_cast<int>(config_.ReadLong(kDraft + "/workModel", 0));
    draft.payTyped = config_.ReadBool(kDraft + "/payTyped", false);
    // Every field kept, by its name: the form puts back those it has.
    config_.SetPath(kDraft + "/fields");
    wxString name;
    long cookie = 0;
    for (bool more = config_.GetFirstEntry(name, cookie); more; more = config_.GetNextEntry(name, cookie))
        draft.texts.emplace_back(toUtf8(name), config_.Read(name, wxString()));
    config_.SetPath("/");
    return draft;
}

void Settings::setPostingDraft(const PostingDraft& draft)
{
    config_.Write(kDraft + "/template", fromUtf8(draft.templateId));
    config_.Write(kDraft + "/level", draft.level ? wxString(levelId(*draft.level)) : wxString());
    config_.Write(kDraft + "/workModel", draft.workModel);
    config_.Write(kDraft + "/payTyped", draft.payTyped);
    for (const auto& [name, text] : draft.texts)
        config_.Write(kDraft + "/fields/" + fromUtf8(name), text);
}

void Settings::forgetPostingDraft()
{
    config_.DeleteGroup(kDraft);
}

void Settings::loadFileHistory(wxFileHistory& history)
{
    config_.SetPath("/RecentDatabases");
    history.Load(config_);
    config_.SetPath("/");
}

void Settings::saveFileHistory(wxFileHistory& history)
{
    config_.SetPath("/RecentDatabases");
    history.Save(config_);
    config_.SetPath("/");
}

void Settings::flush() { config_.Flush(); }

}  // namespace amhire::app
