using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Testing;

namespace Newsdesk.Writing.Tests;

/// <summary>The writing fixtures (tests/fixtures/writing) and small article builders.</summary>
internal static class StoryFixtures
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<Article> Storm() => Load("storm.json");

    public static IReadOnlyList<Article> Load(string name)
    {
        var path = Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "writing", name);
        return JsonSerializer.Deserialize<Input>(File.ReadAllText(path), Json)!.Articles;
    }

    public static Article Article(string id, string source, string title, string text, DateTimeOffset? published = null) =>
        new(id, $"https://{source.ToLowerInvariant().Replace(' ', '-')}.example/{id}", source, title, text, published);

    private sealed record Input(List<Article> Articles);
}
