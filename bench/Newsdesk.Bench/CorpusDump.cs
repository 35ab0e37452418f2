using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Writing;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Bench;

/// <summary>
/// `write --real-feeds ... --corpus TEXT [--save FILE]`: how the extractive writer reads the story whose headline holds TEXT
/// (standard error): per article its usable sentences and words, whether it is the spine or left out, and its closeness
/// to the spine (text centroids; text and headline), with its first sentence; --save writes the story's articles as
/// `newsdesk write` input.
/// </summary>
internal static class CorpusDump
{
    public static void Print(Story story, IReadOnlyList<Article> articles, string? save)
    {
        var corpus = StoryCorpus.Build(articles, new ExtractiveWriterOptions());
        var n = corpus.Articles.Count;
        var centroids = Enumerable.Range(0, n).Select(_ => new Dictionary<string, double>(StringComparer.Ordinal)).ToArray();
        foreach (var s in corpus.Sentences.Where(s => !s.IsFurniture))
        {
            Vectors.AddTo(centroids[s.Article], s.Vector);
        }

        foreach (var c in centroids)
        {
            Vectors.Normalise(c);
        }

        var about = Enumerable.Range(0, n).Select(a =>
        {
            var v = new Dictionary<string, double>(centroids[a], StringComparer.Ordinal);
            if (centroids[a].Count > 0)
            {
                Vectors.AddTo(v, Vectors.TfIdf(Newsdesk.Writing.Text.Tokens.Terms(corpus.Articles[a].Title), corpus.Idf));
            }

            return Vectors.Normalise(v);
        }).ToArray();
        Dictionary<string, double> Rest(Dictionary<string, double>[] vs, int except)
        {
            var sum = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var o = 0; o < n; o++)
            {
                if (o != except && vs[o].Count > 0)
                {
                    Vectors.AddTo(sum, vs[o]);
                }
            }

            return Vectors.Normalise(sum);
        }

        Console.Error.WriteLine($"CORPUS {story.Headline} | spine {corpus.Spine} | cites {string.Join(",", story.Sources.Select(s => s.Id))}");
        for (var a = 0; a < n; a++)
        {
            var usable = corpus.Sentences.Where(s => s.Article == a && s.Usable).ToList();
            var toSpine = corpus.Spine >= 0 ? Vectors.Cosine(centroids[a], centroids[corpus.Spine]) : 0;
            var first = usable.FirstOrDefault()?.Text ?? "";
            Console.Error.WriteLine($"  [{a}] {(a == corpus.Spine ? "SPINE" : corpus.OffTopic.Contains(a) ? "off" : "on")} usable {usable.Count} words {usable.Sum(s => s.Words)} cos-spine {toSpine:0.000} rest {Vectors.Cosine(centroids[a], Rest(centroids, a)):0.000} about-spine {(corpus.Spine >= 0 ? Vectors.Cosine(about[a], about[corpus.Spine]) : 0):0.000} about-rest {Vectors.Cosine(about[a], Rest(about, a)):0.000} {corpus.Articles[a].Source}: {corpus.Articles[a].Title} || {first[..Math.Min(first.Length, 160)]}");
        }

        if (save is not null)
        {
            var json = JsonSerializer.Serialize(new
            {
                articles = articles.Select(a => new { id = a.Id, url = a.Url, source = a.Source, title = a.Title, text = a.Text, published = a.Published }),
            }, new JsonSerializerOptions { WriteIndented = true });
            File.WriteAllText(save, json);
        }
    }
}
