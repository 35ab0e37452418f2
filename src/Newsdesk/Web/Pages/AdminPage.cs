using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>The admin area: a login form, and the dashboard of sources with add, remove and re-run forms.</summary>
internal static class AdminPage
{
    public static string Login(SiteContext site, string? message)
    {
        var meta = new PageMeta("Admin sign-in", "Sign in to the Newsdesk admin area.", "/admin", [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", "Admin sign-in", ("class", "page-title")).Line();
            if (message is not null)
            {
                h.Element("p", message, ("class", "notice"), ("role", "alert")).Line();
            }

            h.Open("form", ("method", "post"), ("action", "/admin/login"), ("class", "admin-form")).Line();
            h.Element("label", "Admin key", ("for", "key"));
            h.Void("input", ("type", "password"), ("id", "key"), ("name", "key"), ("required", ""), ("autocomplete", "current-password"), ("maxlength", "512"));
            h.Element("button", "Sign in", ("type", "submit")).Close("form").Line();
        });
    }

    public static string Dashboard(SiteContext site, IReadOnlyList<SourceHealth> sources, string csrf, string? message, NotifyOverview? notify = null)
    {
        var meta = new PageMeta("Admin", "Sources and stories.", "/admin", [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", "Admin", ("class", "page-title")).Line();
            if (message is not null)
            {
                h.Element("p", message, ("class", "notice"), ("role", "status")).Line();
            }

            h.Open("section", ("aria-labelledby", "sources-heading")).Line();
            h.Element("h2", $"Sources ({sources.Count.ToString(CultureInfo.InvariantCulture)})", ("id", "sources-heading")).Line();
            h.Open("div", ("class", "table-scroll")).Open("table", ("class", "admin-sources")).Line();
            h.Open("thead").Open("tr");
            foreach (var column in new[] { "Source", "State", "Last success", "Failures", "Articles (24 h)", "Last error", "" })
            {
                h.Element("th", column, ("scope", "col"));
            }

            h.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var source in sources)
            {
                h.Open("tr");
                h.Open("td").Element("strong", source.Name).Void("br").Link(source.Url, source.Url, ("rel", "noopener nofollow")).Close("td");
                h.Element("td", source.State.ToString(), ("class", "state-" + source.State.ToString().ToLowerInvariant()));
                h.Open("td");
                if (source.LastSuccess is { } success)
                {
                    Layout.Time(h, success);
                }
                else
                {
                    h.Text("never");
                }

                h.Close("td");
                h.Element("td", source.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture));
                h.Element("td", source.ArticlesLast24Hours.ToString(CultureInfo.InvariantCulture));
                h.Element("td", source.LastError ?? "");
                h.Open("td").Open("form", ("method", "post"), ("action", "/admin/sources/remove"));
                Csrf(h, csrf);
                h.Void("input", ("type", "hidden"), ("name", "id"), ("value", source.Id));
                h.Element("button", "Remove", ("type", "submit")).Close("form").Close("td");
                h.Close("tr").Line();
            }

            h.Close("tbody").Close("table").Close("div").Line();
            h.Element("h3", "Add a source").Line();
            h.Open("form", ("method", "post"), ("action", "/admin/sources/add"), ("class", "admin-form")).Line();
            Csrf(h, csrf);
            h.Element("label", "Feed URL", ("for", "url"));
            h.Void("input", ("type", "url"), ("id", "url"), ("name", "url"), ("required", ""), ("maxlength", "2048"));
            h.Element("label", "Name (optional)", ("for", "name"));
            h.Void("input", ("type", "text"), ("id", "name"), ("name", "name"), ("maxlength", "200"));
            h.Element("button", "Add source", ("type", "submit")).Close("form").Line();
            h.Close("section").Line();

            if (notify is not null)
            {
                AdminFollows.Render(h, notify, b => Csrf(b, csrf));
            }

            h.Open("section", ("aria-labelledby", "rerun-heading")).Line();
            h.Element("h2", "Re-run a story", ("id", "rerun-heading")).Line();
            h.Element("p", "Writes and verifies the story again from its current articles.").Line();
            h.Open("form", ("method", "post"), ("action", "/admin/stories/rerun"), ("class", "admin-form")).Line();
            Csrf(h, csrf);
            h.Element("label", "Story slug", ("for", "slug"));
            h.Void("input", ("type", "text"), ("id", "slug"), ("name", "slug"), ("required", ""), ("maxlength", Slug.MaxLength.ToString(CultureInfo.InvariantCulture)));
            h.Element("button", "Re-run", ("type", "submit")).Close("form").Line();
            h.Close("section").Line();

            h.Open("form", ("method", "post"), ("action", "/admin/logout"), ("class", "logout")).Line();
            Csrf(h, csrf);
            h.Element("button", "Sign out", ("type", "submit")).Close("form").Line();
        });
    }

    private static void Csrf(HtmlBuilder h, string csrf) =>
        h.Void("input", ("type", "hidden"), ("name", AdminAuth.CsrfField), ("value", csrf));
}
