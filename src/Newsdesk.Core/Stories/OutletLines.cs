namespace Newsdesk.Stories;

/// <summary>
/// The lines an outlet repeats across its items, learned online from its earlier items only: a feed's
/// sign-up prompt ("SIGN UP TO OUR COVID-19 NEWSLETTER."), a live page's standing advice ("If you suspect
/// you or a family member has coronavirus..."), "Here's what you need to know.", and the rubric before a
/// headline's or a lede's colon ("RICHARD LITTLEJOHN:", "Coronavirus UK:", "Herald morning quiz:"). Such a
/// line says which series or page an item belongs to, not what happened, so a thread link does not count
/// its words (<see cref="StoryThreads"/>). A line counts as repeated when at least
/// <see cref="StoryClustererOptions.RepeatedLineItems"/> earlier items of the same outlet held it. Lines
/// are compared without case, punctuation or digits. Bounded: lines per outlet and outlets remembered,
/// the least recently seen forgotten first; deterministic (the order of arrival decides).
/// </summary>
internal sealed class OutletLines(int repeatedAfter)
{
    /// <summary>Characters of an article's text read for lines (repeated lines are short and come early or are short feed texts).</summary>
    public const int MaxTextChars = 2_000;

    /// <summary>Shortest line, in letters and digits, that is compared (shorter ones are words, not lines).</summary>
    public const int MinLineChars = 10;

    /// <summary>Most words before a colon that make a rubric ("DR MICHAEL MOSLEY:", "Coronavirus LIVE Queensland updates:").</summary>
    public const int MaxRubricWords = 6;

    /// <summary>Lines remembered per outlet; beyond it the least recently seen half is forgotten.</summary>
    public const int MaxLinesPerOutlet = 20_000;

    /// <summary>Outlets remembered; beyond it the least recently seen is forgotten.</summary>
    public const int MaxOutlets = 4_096;

    private readonly Dictionary<string, Dictionary<ulong, (int Items, long Seen)>> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _outletSeen = new(StringComparer.Ordinal);
    /// <summary>The lines of the item being read, each with whether its outlet had already repeated it.</summary>
    private readonly Dictionary<ulong, bool> _item = [];
    private long _stamp;

    /// <summary>Outlets remembered (for tests).</summary>
    public int Outlets => _outlets.Count;

    /// <summary>How many items of the outlet have held the line so far (those remembered).</summary>
    public int Items(string? source, ulong line) =>
        _outlets.TryGetValue(source ?? "", out var lines) && lines.TryGetValue(line, out var seen) ? seen.Items : 0;

    /// <summary>
    /// The lines of this item (title or text, <c>InTitle</c>) that its outlet already repeated, as (start, length)
    /// ranges, its other lines, and the rubrics of its title and lede (the words before a colon, <see cref="Rubric"/>) with their line
    /// hashes, repeated or not (a rubric met again later shows a series: <see cref="Items"/>); then remembers the item's lines.
    /// </summary>
    public (List<(bool InTitle, int Start, int Length)>? Repeated, List<(bool InTitle, int Start, int Length)>? Others, List<(bool InTitle, int Start, int Length, ulong Hash)>? Rubrics) Read(string? source, string title, string text)
    {
        var outlet = source ?? "";
        _stamp++;
        if (!_outlets.TryGetValue(outlet, out var lines))
        {
            if (_outlets.Count >= MaxOutlets)
            {
                var oldest = _outletSeen.MinBy(kv => kv.Value).Key;
                _outlets.Remove(oldest);
                _outletSeen.Remove(oldest);
            }

            lines = [];
            _outlets.Add(outlet, lines);
        }

        _outletSeen[outlet] = _stamp;
        _item.Clear();
        _units.Clear();
        _lines = lines;
        Units(title, title.Length, true);
        Units(text, Math.Min(text.Length, MaxTextChars), false);
        _lines = null;
        if (lines.Count > MaxLinesPerOutlet)
        {
            var cut = lines.Values.Select(v => v.Seen).Order().ElementAt(lines.Count / 2);
            foreach (var key in lines.Where(kv => kv.Value.Seen <= cut).Select(kv => kv.Key).ToList())
            {
                lines.Remove(key);
            }
        }

        // Lists are made only for an item that has a repeated line or a rubric (most have neither).
        List<(bool, int, int)>? repeated = null;
        List<(bool, int, int)>? others = null;
        List<(bool, int, int, ulong)>? rubrics = null;
        foreach (var unit in _units)
        {
            if (unit.Rubric)
            {
                (rubrics ??= []).Add((unit.InTitle, unit.Start, unit.Length, unit.Hash));
            }
            else if (unit.Repeated)
            {
                (repeated ??= []).Add((unit.InTitle, unit.Start, unit.Length));
            }
        }

        if (repeated is not null)
        {
            others = _units.Where(u => !u.Rubric && !u.Repeated).Select(u => (u.InTitle, u.Start, u.Length)).ToList();
        }

        return (repeated, others, rubrics);
    }

    /// <summary>The lines of the outlet being read (<see cref="Read(string?, string, string)"/>), and the units of its item.</summary>
    private Dictionary<ulong, (int Items, long Seen)>? _lines;
    private readonly List<(bool InTitle, int Start, int Length, ulong Hash, bool Rubric, bool Repeated)> _units = [];

    /// <summary>Counts one line of the item (once per item) and notes whether the outlet had already repeated it.</summary>
    private void Line(bool inTitle, string s, int start, int length, bool rubric)
    {
        if (Hash(s.AsSpan(start, length)) is not { } hash)
        {
            _units.Add((inTitle, start, length, 0, false, false));
            return;
        }

        if (!_item.TryGetValue(hash, out var repeated))
        {
            _lines!.TryGetValue(hash, out var seen);
            repeated = seen.Items >= repeatedAfter;
            _lines[hash] = (seen.Items + 1, _stamp);
            _item.Add(hash, repeated);
        }

        _units.Add((inTitle, start, length, hash, rubric, repeated));
    }

    /// <summary>Reads the title whole with its rubric, or each sentence or line of the first <paramref name="length"/> characters of a text with the rubric of the first.</summary>
    private void Units(string s, int length, bool isTitle) => Read(s, length, isTitle, Line);

    /// <summary>Calls <paramref name="line"/> with the whole title, its rubric, and each sentence or line of the text with the rubric of the first.</summary>
    internal static void Read(string s, int length, bool isTitle, Action<bool, string, int, int, bool> line)
    {
        if (length == 0)
        {
            return;
        }

        if (isTitle)
        {
            line(true, s, 0, length, false);
            Rubric(s, 0, length, true, line);
            return;
        }

        var start = 0;
        var first = true;
        for (var i = 0; i <= length; i++)
        {
            var end = i == length || s[i] == '\n' || (s[i] is '.' or '!' or '?' && (i + 1 == length || char.IsWhiteSpace(s[i + 1])));
            if (!end)
            {
                continue;
            }

            var stop = i < length && s[i] != '\n' ? i + 1 : i;
            if (stop > start)
            {
                line(false, s, start, stop - start, false);
                if (first)
                {
                    Rubric(s, start, stop - start, false, line);
                    first = false;
                }
            }

            start = i + 1;
        }
    }

    /// <summary>The words before the first colon of a line when they are few (a rubric or a byline).</summary>
    private static void Rubric(string s, int start, int length, bool inTitle, Action<bool, string, int, int, bool> line)
    {
        var colon = s.IndexOf(':', start, length);
        if (colon <= start)
        {
            return;
        }

        var words = 0;
        var inWord = false;
        for (var i = start; i < colon; i++)
        {
            var letter = char.IsLetterOrDigit(s[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        if (words <= MaxRubricWords)
        {
            line(inTitle, s, start, colon - start, true);
        }
    }

    /// <summary>FNV-1a of the line's letters lower-cased, digits as 0, other runs as one space; null when it is too short to be a line.</summary>
    internal static ulong? Hash(ReadOnlySpan<char> line)
    {
        var hash = 14695981039346656037UL;
        var letters = 0;
        var space = false;
        foreach (var c in line)
        {
            char x;
            if (char.IsLetter(c))
            {
                x = char.ToLowerInvariant(c);
            }
            else if (char.IsDigit(c))
            {
                x = '0';
            }
            else
            {
                space = letters > 0;
                continue;
            }

            if (space)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
                space = false;
            }

            hash = (hash ^ x) * 1099511628211UL;
            letters++;
        }

        return letters >= MinLineChars ? hash : null;
    }
}
