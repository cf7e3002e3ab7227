#include "app/InterviewPages.h"

#include <wx/intl.h>

#include "app/HtmlText.h"
#include "core/content/Competency.h"
#include "core/content/Question.h"

namespace amhire::app {
namespace {

wxString section(const wxString& title, const std::vector<std::string>& items, const char* colour)
{
    if (items.empty())
        return {};
    wxString html = wxString::Format("<p><font color=\"%s\"><b>%s</b></font></p><ul>", colour, title);
    for (const std::string& item : items)
        html += "<li>" + escapeHtml(item) + "</li>";
    return html + "</ul>";
}

}  // namespace

wxString questionPage(const Question& question)
{
    wxString html = "<p><font size=\"+1\"><b>" + escapeHtml(question.text) + "</b></font></p>";
    html += section(_("Probes"), question.probes, "#444444");
    html += section(_("Listen for"), question.listenFor, "#1d6b3a");
    html += section(_("Red flags"), question.redFlags, "#9a3a12");
    return html;
}

wxString anchorsPage(const Competency& competency, std::optional<std::optional<int>> score, bool readOnly)
{
    // Pale shades from red to green, with the selected row strongly marked so
    // the score can be read at a glance from across the table.
    static const char* const shades[] = {"#f8d7d3", "#fbe6cf", "#f4f1d0", "#dcefd6", "#c9e7cf"};
    const int selected = score && *score ? **score : -1;
    wxString html = "<table border=\"0\" cellpadding=\"3\" cellspacing=\"2\" width=\"100%\">";
    for (int value = kMinScore; value <= kMaxScore; ++value) {
        const bool on = value == selected;
        const wxString bg = on ? wxString("#2b6cb0") : wxString(shades[value - 1]);
        const wxString fg = on ? "#ffffff" : "#222222";
        const wxString key = readOnly ? wxString::Format("%d", value)
                                      : wxString::Format("<a href=\"score:%d\"><font color=\"%s\">%d</font></a>",
                                                         value, fg, value);
        html += wxString::Format("<tr><td bgcolor=\"%s\" width=\"28\" align=\"center\" valign=\"top\">"
                                 "<a name=\"score%d\"></a>"
                                 "<font color=\"%s\"><b>%s</b></font></td><td bgcolor=\"%s\"><font color=\"%s\">",
                                 bg, value, fg, key, bg, fg);
        html += (on ? "<b>" : "") + escapeHtml(competency.anchor(value)) + (on ? "</b>" : "") +
                "</font></td></tr>";
    }
    html += "</table>";
    const bool notAssessed = score && !*score;
    const wxString label = _("Not assessed");
    if (notAssessed)
        html += "<p><b>" + label + "</b> " + _("(this interview did not show this competency)") + "</p>";
    else if (!readOnly)
        html += "<p><a href=\"score:0\">" + label + "</a> <font color=\"#666666\">" + _("(key 0)") + "</font></p>";
    return html;
}

}  // namespace amhire::app
