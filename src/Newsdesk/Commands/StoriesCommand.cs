using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Workers;
using Newsdesk.Writing;
using Newsdesk.Writing.Rendering;

namespace Newsdesk.Commands;

/// <summary><c>newsdesk stories list|show</c>: the published stories in the database.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var data = HostOptions.Data();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var list = new Command("list", "List the published stories, newest first") { json };
        list.SetAction((parse, ct) => WithStoriesAsync(parse.GetValue(data), ct, async revisions =>
        {
            // "Breaking" as of now: the stored flag was true when the revision was written.
            var now = TimeProvider.System.GetUtcNow();
            var stories = revisions.Select(Published).OfType<PublishedStory>().Select(s => s.AsOf(now)).OrderByDescending(s => s.Updated).ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(stories.Select(s => s.ToSummary()), StageTool.Indented));
                return 0;
            }

            Console.WriteLine($"{"id",5}  {"rev",3}  {"outlets",7}  {"updated (UTC)",-16}  headline");
            foreach (var s in stories)
            {
                var flag = s.Breaking ? " [breaking]" : "";
                Console.WriteLine($"{s.Id,5}  {s.Revision,3}  {s.DistinctOutlets,7}  {s.Updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),-16}  {s.Content.Headline}{flag}  ({s.Slug})");
            }

            await Console.Out.WriteLineAsync($"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")}");
            return 0;
        }));

        var which = new Argument<string>("story") { Description = "The story's id or slug" };
        var format = new Option<string>("--format") { Description = "json, md or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var show = new Command("show", "Print one published story") { which, format };
        show.SetAction((parse, ct) => WithStoriesAsync(parse.GetValue(data), ct, async revisions =>
        {
            var key = parse.GetValue(which)!;
            var story = revisions.Where(r => r.Slug == key || r.StoryId.ToString(CultureInfo.InvariantCulture) == key)
                .Select(Published).FirstOrDefault();
            if (story is null)
            {
                await Console.Error.WriteLineAsync($"newsdesk: no published story '{key}'");
                return 1;
            }

            Console.WriteLine(parse.GetValue(format) switch
            {
                "json" => JsonSerializer.Serialize(story.Content, StageTool.Indented),
                "html" => StoryHtml.Render(story.Content),
                _ => StoryMarkdown.Render(story.Content),
            });
            return 0;
        }));

        return new Command("stories", "The published stories") { data, list, show };
    }

    private static PublishedStory? Published(StoredRevision revision) =>
        JsonSerializer.Deserialize<PublishedStory>(revision.Json, WritingStage.Json);

    private static async Task<int> WithStoriesAsync(string? dataDir, CancellationToken ct, Func<IReadOnlyList<StoredRevision>, Task<int>> act)
    {
        try
        {
            using var host = await NewsdeskHost.StartAsync(dataDir, ct);
            var stories = new StoryStore(host.Services.GetRequiredService<Database>());
            return await act(await stories.LatestRevisionsAsync(ct));
        }
        catch (StorageUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {e.Message}");
            return 1;
        }
    }
}
