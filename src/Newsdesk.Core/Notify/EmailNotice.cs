using System.Globalization;
using System.Net;
using System.Text;
using Newsdesk.Publishing;
using Newsdesk.Writing;

namespace Newsdesk.Notify;

/// <summary>One story in a notice, with the address of its page.</summary>
public sealed record NoticeStory(PublishedStory Story, Uri Url);

/// <summary>An email ready to send: subject, HTML part and plain-text part.</summary>
public sealed record EmailMessage(string Subject, string Html, string Text);

/// <summary>
/// Composes notification emails: one story (immediate, e.g. breaking) in full, or a digest of
/// several (headline, lede and the first sentences of each). Every sentence keeps its citations
/// as links to the outlets' articles (numbered like the site's sources list); every email carries
/// the note that software wrote it and an unsubscribe link. Pure: no I/O.
/// </summary>
public static class EmailNotice
{
    /// <summary>Sentences of each story shown in a digest after its lede (the story page has the rest).</summary>
    public const int DigestSentencesPerStory = 3;

    /// <summary>The note every notice carries, as on every story page.</summary>
    public const string SoftwareNote =
        "These stories were written by software (Newsdesk) from the outlets' reporting, not by a reporter. " +
        "Each sentence cites the articles that support it; follow a number to the source.";

    public static EmailMessage Immediate(string followName, NoticeStory notice, Uri unsubscribe)
    {
        var subject = (notice.Story.Breaking ? "Breaking: " : "") + notice.Story.Content.Headline;
        return Compose(subject, $"New on your follow \u201c{followName}\u201d", [notice], int.MaxValue, unsubscribe);
    }

    public static EmailMessage Digest(string followName, DigestSchedule schedule, IReadOnlyList<NoticeStory> stories, Uri unsubscribe)
    {
        var period = schedule == DigestSchedule.Weekly ? "weekly" : "daily";
        var subject = $"Your {period} digest for \u201c{followName}\u201d: {stories.Count.ToString(CultureInfo.InvariantCulture)} " +
                      (stories.Count == 1 ? "story" : "stories");
        return Compose(subject, subject, stories, DigestSentencesPerStory, unsubscribe);
    }

    private static EmailMessage Compose(string subject, string intro, IReadOnlyList<NoticeStory> stories, int sentencesAfterLede, Uri unsubscribe)
    {
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head><body>\n");
        html.Append("<p>").Append(Encode(intro)).Append("</p>\n");
        text.Append(intro).Append("\n\n");
        foreach (var notice in stories)
        {
            AppendStory(html, text, notice, sentencesAfterLede);
        }

        html.Append("<hr><p><small>").Append(Encode(SoftwareNote)).Append("</small></p>\n");
        html.Append("<p><small><a href=\"").Append(Encode(unsubscribe.AbsoluteUri)).Append("\">Unsubscribe</a> from these emails.</small></p>\n");
        html.Append("</body></html>\n");
        text.Append("--\n").Append(SoftwareNote).Append('\n');
        text.Append("Unsubscribe: ").Append(unsubscribe.AbsoluteUri).Append('\n');
        return new EmailMessage(subject, html.ToString(), text.ToString());
    }

    private static void AppendStory(StringBuilder html, StringBuilder text, NoticeStory notice, int sentencesAfterLede)
    {
        var story = notice.Story.Content;
        var numbers = story.Sources.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
        html.Append("<h2><a href=\"").Append(Encode(notice.Url.AbsoluteUri)).Append("\">").Append(Encode(story.Headline)).Append("</a></h2>\n");
        text.Append(story.Headline).Append('\n').Append(notice.Url.AbsoluteUri).Append('\n');
        if (story.Dateline.Length > 0)
        {
            html.Append("<p><em>").Append(Encode(story.Dateline)).Append("</em></p>\n");
            text.Append(story.Dateline).Append('\n');
        }

        var sentences = new List<CitedSentence>();
        if (story.Lede.Length > 0)
        {
            sentences.Add(new CitedSentence(story.Lede, story.LedeCites));
        }

        sentences.AddRange(story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets))
            .Where(s => s.Text != story.Lede).Take(sentencesAfterLede));
        html.Append("<p>");
        text.Append('\n');
        foreach (var sentence in sentences)
        {
            html.Append(Encode(sentence.Text));
            text.Append(sentence.Text);
            foreach (var cite in sentence.Cites.Where(numbers.ContainsKey).Distinct(StringComparer.Ordinal))
            {
                var source = story.Sources[numbers[cite] - 1];
                var n = numbers[cite].ToString(CultureInfo.InvariantCulture);
                html.Append("<sup><a href=\"").Append(Encode(source.Url)).Append("\" title=\"").Append(Encode(source.Source)).Append("\">")
                    .Append(n).Append("</a></sup>");
                text.Append(" [").Append(n).Append(']');
            }

            html.Append(' ');
            text.Append(' ');
        }

        html.Append("</p>\n<p><small>Sources:</small></p>\n<ol>\n");
        text.Append("\n\nSources:\n");
        foreach (var (source, i) in story.Sources.Select((s, i) => (s, i + 1)))
        {
            html.Append("<li><a href=\"").Append(Encode(source.Url)).Append("\">").Append(Encode(source.Source)).Append(": ")
                .Append(Encode(source.Title)).Append("</a></li>\n");
            text.Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(source.Source).Append(": ")
                .Append(source.Title).Append(" <").Append(source.Url).Append(">\n");
        }

        html.Append("</ol>\n");
        text.Append('\n');
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
