#include "app/InterviewPages.h"

#include <wx/intl.h>

#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "core/content/Competency.h"
#include "core/content/Question.h"

namespace amhire::app {
namespace {

wxString section(const wxString& title, const std::vector<std::string>& items, const wxString& colour)
{
    if (items.empty())
        return {};
    wxString html = "<p>" + coloured(colour, "<b>" + title + "</b>") + "</p><ul>";
    for (const std::string& item : items)
        html += "<li>" + escapeHtml(item) + "</li>";
    return html + "</ul>";
}

}  // namespace

wxString questionPage(const Question& question)
{
    wxString html = "<p><font size=\"+1\"><b>" + escapeHtml(question.text) + "</b></font></p>";
    const HtmlPalette& palette = HtmlPalette::forPages();
    html += section(_("Probes"), question.probes, palette.probes);
    html += section(_("Listen for"), question.listenFor, palette.listenFor);
    html += section(_("Red flags"), question.redFlags, palette.redFlags);
    return html;
}

wxString anchorsPage(const Competency& competency, std::optional<std::optional<int>> score, bool readOnly)
{
    // Pale shades from red to green, with the selected row strongly marked so
    // the score can be read at a glance from across the table.
    const HtmlPalette& palette = HtmlPalette::forPages();
    const int selected = score && *score ? **score : -1;
    wxString html = "<table border=\"0\" cellpadding=\"3\" cellspacing=\"2\" width=\"100%\">";
    for (int value = kMinScore; value <= kMaxScore; ++value) {
        const bool on = value == selected;
        const wxString& bg = on ? palette.chosen : palette.anchorShades[static_cast<size_t>(value - 1)];
        const wxString& fg = on ? palette.chosenText : palette.anchorText;
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
        html += "<p><a href=\"score:0\">" + label + "</a> " + coloured(palette.quiet, _("(key 0)")) + "</p>";
    return html;
}

}  // namespace amhire::app
