#include "app/ContentPages.h"

#include <wx/intl.h>
#include <wx/numformatter.h>

#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "core/content/Content.h"

namespace amhire::app {

namespace {

wxString list(const std::vector<std::string>& items)
{
    wxString html = "<ul>";
    for (const auto& item : items)
        html += "<li>" + escapeHtml(item) + "</li>";
    return html + "</ul>";
}

wxString itemList(const std::vector<TemplateItem>& items)
{
    wxString html = "<ul>";
    for (const auto& item : items) {
        html += "<li>" + escapeHtml(item.text);
        if (!item.levels.empty())
            html += " " + coloured(HtmlPalette::forPages().quiet,
                                   "<i>(" + escapeHtml(item.levels.toString()) + ")</i>");
        html += "</li>";
    }
    return html + "</ul>";
}

wxString formatMoney(long amount)
{
    return wxNumberFormatter::ToString(amount, wxNumberFormatter::Style_WithThousandsSep);
}

}  // namespace

wxString competencyPage(const Competency& c)
{
    const HtmlPalette& palette = HtmlPalette::forPages();
    wxString html = "<h3>" + escapeHtml(c.name) + "</h3>";
    html += "<p>" +
            coloured(palette.quiet,
                     escapeHtml(c.category) + wxString::Format(_(" &middot; default weight %g"), c.weight)) +
            "</p>";
    html += "<p>" + escapeHtml(c.description) + "</p>";
    html += "<table border=\"0\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">";
    for (int score = 1; score <= 5; ++score) {
        const wxString& shade = palette.anchorShades[static_cast<size_t>(score - 1)];
        html += wxString::Format("<tr><td bgcolor=\"%s\" width=\"32\" align=\"center\">", shade) +
                coloured(palette.anchorText, wxString::Format("<b>%d</b>", score)) + "</td>" +
                wxString::Format("<td bgcolor=\"%s\">", shade) +
                coloured(palette.anchorText, escapeHtml(c.anchor(score))) + "</td></tr>";
    }
    html += "</table>";
    if (!c.metrics.empty()) {
        html += "<h4>" + wxString(_("Evidence to record")) + "</h4><ul>";
        for (const Metric& m : c.metrics)
            html += "<li>" + escapeHtml(m.label) + " " +
                    coloured(palette.quiet, "(" + wxString(metricUnitId(m.unit)) +
                                                wxString::Format(", %g&ndash;%g)", m.min, m.max)) +
                    "</li>";
        html += "</ul>";
    }
    return html;
}

wxString questionPage(const Question& q, const Content& content)
{
    const Competency* c = content.competency(q.competency);
    const HtmlPalette& palette = HtmlPalette::forPages();
    wxString html = "<h3>" + escapeHtml(q.text) + "</h3>";
    html += "<p>" +
            coloured(palette.quiet, wxString(questionKindTitle(q.kind)) + " &middot; " +
                                        escapeHtml(q.levels.toString()) +
                                        wxString::Format(_(" &middot; %d min"), q.minutes) +
                                        (c ? " &middot; " + escapeHtml(c->name) : wxString())) +
            "</p>";
    if (!q.probes.empty())
        html += "<h4>" + wxString(_("Follow-up probes")) + "</h4>" + list(q.probes);
    if (!q.listenFor.empty())
        html += "<h4>" + wxString(_("Listen for")) + "</h4>" + list(q.listenFor);
    if (!q.redFlags.empty())
        html += "<h4>" + coloured(palette.redFlags, _("Red flags")) + "</h4>" + list(q.redFlags);
    return html;
}

wxString templatePage(const JobTemplate& t, const Content& content)
{
    wxString html = "<h3>" + escapeHtml(t.title) + "</h3><p>" +
                    coloured(HtmlPalette::forPages().quiet, escapeHtml(t.industry)) + "</p>";
    html += "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>" + wxString(_("Level")) + "</th><th>" +
            _("Years") + "</th><th>" + _("Base") + "</th><th>" + _("OTE") + "</th></tr>";
    for (const LevelBand& b : t.levels)
        html += "<tr><td>" + wxString(levelTitle(b.level)) + "</td><td>" + escapeHtml(b.years) + "</td><td>" +
                formatMoney(b.baseMin) + "&ndash;" + formatMoney(b.baseMax) + " " + escapeHtml(b.currency) + "</td><td>" +
                formatMoney(b.oteMin) + "&ndash;" + formatMoney(b.oteMax) + "</td></tr>";
    html += "</table>";
    html += "<h4>" + wxString(_("Summary")) + "</h4>" + itemList(t.summaries);
    html += "<h4>" + wxString(_("Responsibilities")) + "</h4>" + itemList(t.responsibilities);
    html += "<h4>" + wxString(_("Requirements")) + "</h4>" + itemList(t.requirements);
    if (!t.skills.empty())
        html += "<h4>" + wxString(_("Skills")) + "</h4>" + itemList(t.skills);
    if (!t.benefits.empty())
        html += "<h4>" + wxString(_("Benefits")) + "</h4>" + itemList(t.benefits);
    html += "<h4>" + wxString(_("Scored on")) + "</h4><ul>";
    for (const Assessment& a : t.assessments) {
        const Competency* c = content.competency(a.competency);
        html += "<li>" + escapeHtml(c ? c->name : a.competency) + wxString::Format(_(" &mdash; weight %g"), a.weight);
        if (a.minimum)
            html += wxString::Format(_(", must-have minimum %d"), *a.minimum);
        html += "</li>";
    }
    return html + "</ul>";
}

wxString rubricPage(const Rubric& r, const Content& content)
{
    wxString html =
        "<h3>" + escapeHtml(r.title) + "</h3><p>" +
        coloured(HtmlPalette::forPages().quiet,
                 wxString::Format(wxPLURAL("Version %s &middot; %zu competency",
                                           "Version %s &middot; %zu competencies", r.competencyIds.size()),
                                  fromUtf8(r.version), r.competencyIds.size())) +
        "</p><ul>";
    for (const auto& id : r.competencyIds)
        if (const Competency* c = content.competency(id))
            html += "<li><b>" + escapeHtml(c->name) + "</b> &mdash; " + escapeHtml(c->description) + "</li>";
    return html + "</ul>";
}

}  // namespace amhire::app
