using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>The page for 400, 401, 403, 404, 405 and 500: says what happened and where to go next.</summary>
internal static class ErrorPage
{
    public static string Render(SiteContext site, int status, string detail)
    {
        var title = status switch
        {
            400 => "That request could not be understood",
            401 => "Sign in needed",
            403 => "Not allowed",
            404 => "Page not found",
            405 => "Not allowed here",
            _ => "Something went wrong",
        };
        var meta = new PageMeta(title, detail, "/", [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
        {
            h.Open("div", ("class", "error-page")).Line();
            h.Element("h1", title, ("class", "page-title")).Line();
            h.Element("p", detail).Line();
            h.Open("p").Link("/", "Go to the front page").Text(" or search below.").Close("p").Line();
            h.Open("form", ("class", "search-page"), ("role", "search"), ("method", "get"), ("action", "/search"));
            h.Element("label", "Search stories", ("for", "error-q"));
            h.Void("input", ("type", "search"), ("id", "error-q"), ("name", "q"), ("maxlength", "200"));
            h.Element("button", "Search", ("type", "submit")).Close("form").Line();
            h.Close("div").Line();
        });
    }
}
