using System.Text;
using Newsdesk.Articles;

namespace Newsdesk.Bench;

/// <summary>
/// A synthetic news stream for the scale test: events that start and end over time, each with its
/// own words and names, articles of about 2 KB drawing mostly on a shared Zipf vocabulary.
/// Deterministic (fixed seed); articles are made one at a time so the stream never sits in memory.
/// </summary>
internal sealed class SyntheticStream
{
    public const int GeneralWords = 8_000;
    public const int EventWords = 10;
    public const int EventNames = 3;
    public const double EventWordShare = 0.12;
    public const int BodyWords = 300;
    public const int Paragraphs = 5;

    private readonly Random _random;
    private readonly string[] _general;
    private readonly double[] _zipf;
    private readonly List<(int Start, int End, string[] Words, string[] Names)> _events = [];
    private readonly DateTimeOffset _start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TimeSpan _step;
    private readonly string[] _sources = Enumerable.Range(1, 200).Select(i => "outlet" + i).ToArray();

    private readonly int _bodyWords;
    private readonly int _paragraphs;

    /// <param name="articles">Articles in the stream.</param>
    /// <param name="span">Time the stream covers.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="bodyWords">Words per article body (<see cref="BodyWords"/>, about 2 KB, unless given).</param>
    /// <param name="paragraphs">Paragraphs per article body.</param>
    public SyntheticStream(int articles, TimeSpan span, int seed = 20140310, int bodyWords = BodyWords, int paragraphs = Paragraphs)
    {
        Count = articles;
        _bodyWords = bodyWords;
        _paragraphs = paragraphs;
        _random = new Random(seed);
        _step = span / articles;
        _general = Enumerable.Range(0, GeneralWords).Select(_ => Word(_random.Next(3, 9))).ToArray();
        _zipf = new double[GeneralWords];
        var sum = 0.0;
        for (var i = 0; i < GeneralWords; i++)
        {
            sum += 1.0 / (i + 1);
            _zipf[i] = sum;
        }

        for (var i = 0; i < GeneralWords; i++)
        {
            _zipf[i] /= sum;
        }

        // About one event per 40 articles, each lasting 1,000 to 12,000 articles (8 h to 4 days at the default rate).
        var events = articles / 40;
        for (var e = 0; e < events; e++)
        {
            var start = _random.Next(articles);
            var end = Math.Min(articles, start + _random.Next(1_000, 12_000));
            var words = Enumerable.Range(0, EventWords).Select(_ => Word(_random.Next(5, 11))).ToArray();
            var names = Enumerable.Range(0, EventNames).Select(_ => Capitalise(Word(_random.Next(4, 9)))).ToArray();
            _events.Add((start, end, words, names));
        }

        _events.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public int Count { get; }

    public IEnumerable<(Article Article, int Event)> Articles()
    {
        var active = new List<int>();
        var next = 0;
        var body = new StringBuilder(4096);
        for (var i = 0; i < Count; i++)
        {
            while (next < _events.Count && _events[next].Start <= i)
            {
                active.Add(next++);
            }

            active.RemoveAll(e => _events[e].End <= i);
            if (active.Count == 0)
            {
                active.Add(Math.Min(next, _events.Count - 1));
            }

            var ev = active[_random.Next(active.Count)];
            var (_, _, words, names) = _events[ev];
            var title = $"{names[_random.Next(names.Length)]} {Pick(words)} {General()} {Pick(words)} {General()} {names[_random.Next(names.Length)]} {General()}";
            body.Clear();
            for (var p = 0; p < _paragraphs; p++)
            {
                var sentenceStart = true;
                for (var w = 0; w < _bodyWords / _paragraphs; w++)
                {
                    var roll = _random.NextDouble();
                    var word = roll < EventWordShare / 3 ? names[_random.Next(names.Length)]
                        : roll < EventWordShare ? Pick(words)
                        : General();
                    body.Append(sentenceStart ? Capitalise(word) : word);
                    sentenceStart = w % 15 == 14;
                    body.Append(sentenceStart ? ". " : " ");
                }

                body.Append("\n\n");
            }

            var article = new Article("a" + i, "https://example.test/" + i, _sources[_random.Next(_sources.Length)],
                Capitalise(title), body.ToString(), _start + (_step * i));
            yield return (article, ev);
        }
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private string General()
    {
        var index = Array.BinarySearch(_zipf, _random.NextDouble());
        return _general[index < 0 ? Math.Min(~index, GeneralWords - 1) : index];
    }

    private string Word(int length)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = letters[_random.Next(letters.Length)];
        }

        return new string(chars);
    }

    private static string Capitalise(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];
}
