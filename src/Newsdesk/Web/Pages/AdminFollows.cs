using System.Globalization;
using Newsdesk.Notify;
using Newsdesk.Storage;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>What the admin area shows of notifications: every follow with its delivery counts and last error, and the deliveries parked as failed.</summary>
internal sealed record NotifyOverview(IReadOnlyList<Follow> Follows, IReadOnlyDictionary<long, FollowDeliveryCounts> Counts, IReadOnlyList<OutboxEntry> Failed);

/// <summary>The follows section of /admin: the table, the failed deliveries with their last error, and the add and remove forms.</summary>
internal static class AdminFollows
{
    /// <summary>Failed deliveries listed (newest first).</summary>
    public const int FailedShown = 50;

    public static void Render(HtmlBuilder h, NotifyOverview overview, Action<HtmlBuilder> csrf)
    {
        h.Open("section", ("aria-labelledby", "follows-heading")).Line();
        h.Element("h2", $"Follows ({overview.Follows.Count.ToString(CultureInfo.InvariantCulture)})", ("id", "follows-heading")).Line();
        h.Open("div", ("class", "table-scroll")).Open("table", ("class", "admin-follows")).Line();
        h.Open("thead").Open("tr");
        foreach (var column in new[] { "Follow", "Rule", "Destination", "Pending", "Sent", "Failed", "Last error", "" })
        {
            h.Element("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var follow in overview.Follows)
        {
            var counts = overview.Counts.GetValueOrDefault(follow.Id) ?? new FollowDeliveryCounts(follow.Id, 0, 0, 0, 0);
            h.Open("tr");
            h.Open("td").Link("/follow/" + follow.Slug, follow.Spec.Name).Text(follow.Active ? "" : " (unsubscribed)").Close("td");
            h.Element("td", Commands.FollowsCommand.Rule(follow.Spec));
            h.Open("td").Text(Commands.FollowsCommand.Destination(follow.Spec));
            if (follow.Spec.Channel == Channel.Webhook)
            {
                // The HMAC key the receiver checks the signature with; shown to admins only, never put in a URL.
                h.Open("details").Element("summary", "signing secret").Element("code", follow.Secret).Close("details");
            }

            h.Close("td");
            h.Element("td", counts.Pending.ToString(CultureInfo.InvariantCulture));
            h.Element("td", counts.Sent.ToString(CultureInfo.InvariantCulture));
            h.Element("td", counts.Failed.ToString(CultureInfo.InvariantCulture), ("class", counts.Failed > 0 ? "state-failing" : null));
            h.Element("td", follow.LastError ?? "");
            h.Open("td").Open("form", ("method", "post"), ("action", "/admin/follows/remove"));
            csrf(h);
            h.Void("input", ("type", "hidden"), ("name", "slug"), ("value", follow.Slug));
            h.Element("button", "Remove", ("type", "submit")).Close("form").Close("td");
            h.Close("tr").Line();
        }

        h.Close("tbody").Close("table").Close("div").Line();

        h.Element("h3", $"Failed deliveries ({overview.Failed.Count.ToString(CultureInfo.InvariantCulture)})").Line();
        if (overview.Failed.Count > 0)
        {
            var slugs = overview.Follows.ToDictionary(f => f.Id, f => f.Slug);
            h.Open("div", ("class", "table-scroll")).Open("table", ("class", "admin-failed-deliveries")).Line();
            h.Open("thead").Open("tr");
            foreach (var column in new[] { "Delivery", "Follow", "Story", "Tries", "Last error" })
            {
                h.Element("th", column, ("scope", "col"));
            }

            h.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var entry in overview.Failed)
            {
                h.Open("tr");
                h.Element("td", entry.DeliveryId);
                h.Element("td", slugs.GetValueOrDefault(entry.FollowId, "?"));
                h.Element("td", $"{entry.StoryId.ToString(CultureInfo.InvariantCulture)} r{entry.Revision.ToString(CultureInfo.InvariantCulture)}");
                h.Element("td", entry.Attempts.ToString(CultureInfo.InvariantCulture));
                h.Element("td", entry.LastError ?? "");
                h.Close("tr").Line();
            }

            h.Close("tbody").Close("table").Close("div").Line();
        }

        h.Element("h3", "Add a follow").Line();
        h.Open("form", ("method", "post"), ("action", "/admin/follows/add"), ("class", "admin-form")).Line();
        csrf(h);
        h.Element("label", "Name", ("for", "follow-name"));
        h.Void("input", ("type", "text"), ("id", "follow-name"), ("name", "name"), ("required", ""), ("maxlength", FollowRules.MaxNameChars.ToString(CultureInfo.InvariantCulture)));
        Select(h, "follow-kind", "kind", "Follows", ["breaking", "topic", "entity", "query"]);
        h.Element("label", "Topic, entity or query", ("for", "follow-term"));
        h.Void("input", ("type", "text"), ("id", "follow-term"), ("name", "term"), ("maxlength", "200"));
        Select(h, "follow-on", "on", "Deliver", ["new", "revision"]);
        Select(h, "follow-channel", "channel", "Channel", ["none", "webhook", "ntfy", "apprise", "email"]);
        h.Element("label", "URL or email address", ("for", "follow-target"));
        h.Void("input", ("type", "text"), ("id", "follow-target"), ("name", "target"), ("maxlength", FollowRules.MaxTargetChars.ToString(CultureInfo.InvariantCulture)));
        Select(h, "follow-digest", "digest", "Email", ["immediate", "daily", "weekly"]);
        h.Element("button", "Add follow", ("type", "submit")).Close("form").Line();
        h.Close("section").Line();
    }

    private static void Select(HtmlBuilder h, string id, string name, string label, string[] values)
    {
        h.Element("label", label, ("for", id));
        h.Open("select", ("id", id), ("name", name));
        foreach (var value in values)
        {
            h.Element("option", value, ("value", value));
        }

        h.Close("select");
    }
}
