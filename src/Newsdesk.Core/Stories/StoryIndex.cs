namespace Newsdesk.Stories;

/// <summary>
/// The inverted index term -> open stories, so candidates come from the article's strongest terms
/// and never from a scan of every story. Each posting list keeps only its most recently added
/// stories, so a common term cannot make the cost per article grow with the window.
/// </summary>
internal sealed class StoryIndex
{
    /// <summary>Stories kept per term (the most recently indexed).</summary>
    public const int MaxPostingsPerTerm = 64;

    private readonly Dictionary<string, List<StoryState>> _postings = new(StringComparer.Ordinal);

    public int Terms => _postings.Count;

    public IReadOnlyList<StoryState> Postings(string term) =>
        _postings.TryGetValue(term, out var list) ? list : [];

    public void Index(StoryState story, string term)
    {
        if (story.IndexedTerms.Count >= StoryState.MaxIndexedTerms || !story.IndexedTerms.Add(term))
        {
            return;
        }

        if (!_postings.TryGetValue(term, out var list))
        {
            list = new List<StoryState>(4);
            _postings.Add(term, list);
        }

        if (list.Count >= MaxPostingsPerTerm)
        {
            list[0].IndexedTerms.Remove(term);
            list.RemoveAt(0);
        }

        list.Add(story);
    }

    /// <summary>Removes a story from every list it is on (expiry or merge).</summary>
    public void Remove(StoryState story)
    {
        foreach (var term in story.IndexedTerms)
        {
            if (_postings.TryGetValue(term, out var list))
            {
                list.Remove(story);
                if (list.Count == 0)
                {
                    _postings.Remove(term);
                }
            }
        }

        story.IndexedTerms.Clear();
    }
}
