namespace Newsdesk.Writing.Rendering;

/// <summary>Citation numbers: an article's 1-based place in the story's sources list.</summary>
internal sealed class Citations(Story story)
{
    private readonly Dictionary<string, int> numbers = story.Sources
        .Select((s, i) => (s.Id, Number: i + 1))
        .DistinctBy(x => x.Id)
        .ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);

    public IEnumerable<int> For(IEnumerable<string> cites) =>
        cites.Select(id => numbers.GetValueOrDefault(id)).Where(n => n > 0).Distinct().Order();
}
