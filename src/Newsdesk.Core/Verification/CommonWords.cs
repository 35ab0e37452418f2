using System.Collections.Frozen;

namespace Newsdesk.Verification;

/// <summary>
/// The common words of English: every single-word lemma that WordNet 3.0 writes in lowercase in one
/// of its synsets (Debian's <c>wordnet-base</c>, read from <see cref="DefaultFolder"/> at first use;
/// "hospital", "evacuate", but not "Lausanne", which WordNet writes only capitalised). Inflected forms
/// are taken back to their lemma by WordNet's own exception lists and its suffix rules ("hospitals",
/// "evacuated", "geese"). A sentence's first word is capitalised whatever it is, so it says nothing
/// about being a name; when it is no common word and no source writes it, it is one (<see
/// cref="FeatureExtractor"/>: "Lausanne hospitals evacuated"). Without WordNet installed the check
/// is off: <see cref="Installed"/> is null.
/// </summary>
internal sealed class CommonWords
{
    /// <summary>Where Debian installs WordNet's database.</summary>
    public const string DefaultFolder = "/usr/share/wordnet";

    /// <summary>Environment variable naming another folder (or "none" for no WordNet).</summary>
    public const string FolderVariable = "NEWSDESK_WORDNET";

    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];

    /// <summary>WordNet's suffix rules (its "morphy"): an ending and what replaces it, tried in turn.</summary>
    private static readonly (string Ending, string Base)[] Suffixes =
    [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"),
        ("est", "e"), ("ly", ""), ("ily", "y"),
    ];

    private static readonly Lazy<CommonWords?> Default = new(() => Load(Environment.GetEnvironmentVariable(FolderVariable) ?? DefaultFolder));

    private readonly FrozenSet<string> lemmas;

    /// <summary>Single-word lemmas WordNet writes only capitalised, lowercased ("london", "devon", "english"): <see cref="IsProperOnly"/>.</summary>
    private FrozenSet<string> properOnly = FrozenSet<string>.Empty;
    private readonly FrozenDictionary<string, string> exceptions;

    /// <summary>Noun lemma -> its first (most frequent) sense's synset and that synset's direct hypernyms (<see cref="Siblings"/>).</summary>
    private readonly FrozenDictionary<string, NounSense> firstSenses;

    /// <summary>Words whose first sense names a way of killing (<see cref="NamesAKilling"/>): murder, execute, assassinate, massacre, ...</summary>
    private readonly FrozenSet<string> killingWords;

    /// <summary>Words that say only that someone died or was killed (<see cref="NamesADeath"/>): die, perish, kill, death, killing, dead.</summary>
    private readonly FrozenSet<string> deathWords;

    private CommonWords(FrozenSet<string> lemmas, FrozenDictionary<string, string> exceptions, FrozenDictionary<string, NounSense>? firstSenses = null,
        (FrozenSet<string> Killing, FrozenSet<string> Death)? deaths = null)
    {
        this.lemmas = lemmas;
        this.exceptions = exceptions;
        this.firstSenses = firstSenses ?? FrozenDictionary<string, NounSense>.Empty;
        killingWords = deaths?.Killing ?? FrozenSet<string>.Empty;
        deathWords = deaths?.Death ?? FrozenSet<string>.Empty;
    }

    /// <summary>A list of the given lemmas, with words for a way of killing and words for a death (tests).</summary>
    public static CommonWords Of(IEnumerable<string> lemmas, IEnumerable<string> killing, IEnumerable<string> death) =>
        new(lemmas.Concat(killing).Concat(death).ToFrozenSet(StringComparer.Ordinal), FrozenDictionary<string, string>.Empty, null,
            (killing.ToFrozenSet(StringComparer.Ordinal), death.ToFrozenSet(StringComparer.Ordinal)));

    /// <summary>
    /// Whether a lowercase word names a way of killing, a crime or a punishment ("murdered",
    /// "executed", "assassination", "massacre"): its first sense is, as a verb, below WordNet's
    /// kill.v.01 ("cause to die"), or, as a noun, below killing.n.02 ("the act of terminating a
    /// life") or the act of such a verb ("execution"). Says more than <see cref="NamesADeath"/>.
    /// </summary>
    public bool NamesAKilling(string word) => Lemmas(word).Any(killingWords.Contains);

    /// <summary>Whether a lowercase word says only that someone died or was killed: a lemma of die.v.01 or kill.v.01, their nouns ("death", "killing"), or "dead".</summary>
    public bool NamesADeath(string word) => Lemmas(word).Any(deathWords.Contains);

    /// <summary>Whether two lowercase words may be forms of one lemma ("murdered" and "murder"; the light stemmer keeps them apart).</summary>
    public bool SameLemma(string a, string b) => a == b || Lemmas(a).Any(l => lemmas.Contains(l) && Lemmas(b).Contains(l));

    /// <summary>The word and the lemmas WordNet's exception lists and suffix rules take it back to.</summary>
    private IEnumerable<string> Lemmas(string word)
    {
        yield return word;
        if (exceptions.TryGetValue(word, out var lemma))
        {
            yield return lemma;
        }

        foreach (var (ending, replacement) in Suffixes)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement);
            }
        }

        foreach (var ending in (string[])["ed", "ing"])
        {
            var stemLength = word.Length - ending.Length;
            if (stemLength >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && word[stemLength - 1] == word[stemLength - 2])
            {
                yield return word[..(stemLength - 1)];   // "stabbed" -> "stab"
            }
        }
    }

    /// <summary>A noun's first sense: its synset, and the hypernyms it shares with few enough others to be a class (<see cref="MaxSiblings"/>).</summary>
    internal sealed record NounSense(string Synset, IReadOnlyList<string> Hypernyms);

    /// <summary>
    /// Most hyponyms a hypernym may have for its hyponyms to be read as one closed class of
    /// alternatives ("adult": man, woman, ...; "income": sales, profit, ...); a larger one ("time
    /// period", 138) gathers words that do not exclude one another.
    /// </summary>
    internal const int MaxSiblings = 30;

    /// <summary>The list read from the installed WordNet, or null when it is not installed.</summary>
    public static CommonWords? Installed => Default.Value;

    /// <summary>A list of the given lemmas (tests).</summary>
    public static CommonWords Of(IEnumerable<string> lemmas) =>
        new(lemmas.ToFrozenSet(StringComparer.Ordinal), FrozenDictionary<string, string>.Empty);

    /// <summary>A list of the given lemmas with classes of alternatives: each array is one hypernym's hyponyms, first senses (tests).</summary>
    public static CommonWords Of(IEnumerable<string> lemmas, IEnumerable<string[]> classes)
    {
        var senses = new Dictionary<string, NounSense>(StringComparer.Ordinal);
        var n = 0;
        foreach (var members in classes)
        {
            var hypernym = "class" + n++;
            foreach (var member in members)
            {
                senses[member] = new NounSense(hypernym + ":" + member, [hypernym]);
            }
        }

        return new(lemmas.Concat(senses.Keys).ToFrozenSet(StringComparer.Ordinal), FrozenDictionary<string, string>.Empty, senses.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether two lowercase words are alternatives of one small class: as nouns, their first senses
    /// are distinct synsets under one direct hypernym of at most <see cref="MaxSiblings"/> hyponyms
    /// ("man" and "woman" under "adult"; "sales" and "profit" under "income"). Synonyms share a
    /// synset and are not siblings. Inflections are taken back to their lemma ("women").
    /// </summary>
    public bool Siblings(string a, string b)
    {
        if (firstSenses.Count == 0 || a == b || NounSenseOf(a) is not { } x || NounSenseOf(b) is not { } y || x.Synset == y.Synset)
        {
            return false;
        }

        foreach (var h in x.Hypernyms)
        {
            if (y.Hypernyms.Contains(h))
            {
                return true;
            }
        }

        return false;
    }

    private NounSense? NounSenseOf(string word)
    {
        if (firstSenses.TryGetValue(word, out var sense))
        {
            return sense;
        }

        if (exceptions.TryGetValue(word, out var lemma) && firstSenses.TryGetValue(lemma, out sense))
        {
            return sense;
        }

        foreach (var (ending, replacement) in NounSuffixes)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && firstSenses.TryGetValue(string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement), out sense))
            {
                return sense;
            }
        }

        return null;
    }

    /// <summary>WordNet's suffix rules for nouns.</summary>
    private static readonly (string Ending, string Base)[] NounSuffixes =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    /// <summary>Reads WordNet's data and exception files from <paramref name="folder"/>; null when they are not there.</summary>
    public static CommonWords? Load(string folder)
    {
        if (!Parts.All(p => File.Exists(Path.Combine(folder, "data." + p))))
        {
            return null;
        }

        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "data." + part)))
            {
                AddLowercaseWords(line, lemmas, capitalised);
            }
        }

        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in Parts)
        {
            var path = Path.Combine(folder, part + ".exc");
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && !fields[0].Contains('_'))
                {
                    exceptions.TryAdd(fields[0], fields[1]);
                }
            }
        }

        var firstSenses = ReadFirstSenses(folder);
        capitalised.ExceptWith(lemmas);
        return new CommonWords(lemmas.ToFrozenSet(StringComparer.Ordinal), exceptions.ToFrozenDictionary(StringComparer.Ordinal), firstSenses, ReadDeathWords(folder, firstSenses))
        {
            properOnly = capitalised.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Words read as saying only that someone is dead, beside WordNet's die/kill synsets and their nouns.</summary>
    private static readonly string[] DeadWords = ["dead", "death", "deaths"];

    /// <summary>
    /// The words for a way of killing and the words for a death (<see cref="NamesAKilling"/>,
    /// <see cref="NamesADeath"/>): the synsets below kill.v.01 and killing.n.02 are read by their
    /// byte offsets in data.verb/data.noun (a WordNet offset is the line's place in its file), so only
    /// those few hundred lines are read; first senses come from index.verb and the nouns' first senses
    /// already read (<paramref name="nounSenses"/>).
    /// </summary>
    private static (FrozenSet<string> Killing, FrozenSet<string> Death)? ReadDeathWords(string folder, FrozenDictionary<string, NounSense> nounSenses)
    {
        var firstVerb = ReadFirstSenseOffsets(Path.Combine(folder, "index.verb"));
        if (!firstVerb.TryGetValue("kill", out var kill) || !firstVerb.TryGetValue("die", out var die) || !nounSenses.TryGetValue("death", out var death))
        {
            return null;
        }

        using var verbs = new SynsetFile(Path.Combine(folder, "data.verb"));
        using var nouns = new SynsetFile(Path.Combine(folder, "data.noun"));
        if (verbs.At(kill) is not { } killSynset)
        {
            return null;
        }

        // killing.n.02, "the act of terminating a life": the noun kill.v.01 derives that has hyponyms.
        var killingNoun = killSynset.Pointers.Where(p => p.Symbol == "+" && p.Pos == 'n' && nouns.At(p.Offset) is { } n && n.Pointers.Any(q => q.Symbol == "~"))
            .Select(p => p.Offset).FirstOrDefault();
        var killingVerbs = Below(kill, verbs);
        var killingNouns = killingNoun is null ? [] : Below(killingNoun, nouns);
        foreach (var offset in killingVerbs)
        {
            killingNouns.UnionWith((verbs.At(offset)?.Pointers ?? []).Where(p => p.Symbol == "+" && p.Pos == 'n').Select(p => p.Offset));
        }

        var killing = firstVerb.Where(f => killingVerbs.Contains(f.Value)).Select(f => f.Key)
            .Concat(nounSenses.Where(f => killingNouns.Contains(f.Value.Synset)).Select(f => f.Key))
            .ToHashSet(StringComparer.Ordinal);

        // The noun a killing verb derives names that killing whatever the noun's first sense
        // ("assassinate" -> "assassination", first character assassination in WordNet): the derived
        // synsets' own lemmas that are formed on the verb ("assassinat-"), from first-sense verbs only,
        // so "shoot" (first sense: hit) gives no "shooting".
        var verbsByFirstSense = firstVerb.Where(f => killingVerbs.Contains(f.Value)).ToList();
        foreach (var (verb, offset) in verbsByFirstSense)
        {
            var root = verb.EndsWith('e') ? verb[..^1] : verb;
            foreach (var derived in (verbs.At(offset)?.Pointers ?? []).Where(p => p.Symbol == "+" && p.Pos == 'n'))
            {
                killing.UnionWith((nouns.At(derived.Offset)?.Lemmas ?? []).Where(l => !l.Contains('_') && l.StartsWith(root, StringComparison.Ordinal)));
            }
        }

        var deaths = new[] { verbs.At(kill), verbs.At(die), nouns.At(death.Synset), killingNoun is null ? null : nouns.At(killingNoun) }
            .SelectMany(synset => synset?.Lemmas ?? [])
            .Concat(DeadWords)
            .Where(w => !w.Contains('_'))
            .ToHashSet(StringComparer.Ordinal);
        killing.ExceptWith(deaths);
        return (killing.ToFrozenSet(StringComparer.Ordinal), deaths.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The synsets below <paramref name="root"/> by hyponym pointers (~, ~i), transitively, the root excluded.</summary>
    private static HashSet<string> Below(string root, SynsetFile synsets)
    {
        var below = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([root]);
        while (queue.Count > 0 && synsets.At(queue.Dequeue()) is { } synset)
        {
            foreach (var p in synset.Pointers.Where(p => p.Symbol is "~" or "~i"))
            {
                if (below.Add(p.Offset))
                {
                    queue.Enqueue(p.Offset);
                }
            }
        }

        return below;
    }

    private sealed record Synset(string[] Lemmas, (string Symbol, string Offset, char Pos)[] Pointers);

    /// <summary>A WordNet data file read synset by synset at its byte offset.</summary>
    private sealed class SynsetFile(string path) : IDisposable
    {
        private readonly FileStream? stream = File.Exists(path) ? File.OpenRead(path) : null;
        private readonly Dictionary<string, Synset?> read = new(StringComparer.Ordinal);

        public Synset? At(string offset)
        {
            if (read.TryGetValue(offset, out var known))
            {
                return known;
            }

            Synset? synset = null;
            if (stream is not null && long.TryParse(offset, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) && at < stream.Length)
            {
                stream.Seek(at, SeekOrigin.Begin);
                var bytes = new List<byte>(256);
                int b;
                while ((b = stream.ReadByte()) is >= 0 and not '\n')
                {
                    bytes.Add((byte)b);
                }

                synset = Parse(System.Text.Encoding.UTF8.GetString(bytes.ToArray()), offset);
            }

            read[offset] = synset;
            return synset;
        }

        public void Dispose() => stream?.Dispose();

        /// <summary>A data line: offset, lexicographer file, part of speech, word count (hex), word and lexical id pairs, pointer count, pointers.</summary>
        private static Synset? Parse(string line, string offset)
        {
            var fields = line.Split(' ');
            if (fields.Length < 4 || fields[0] != offset
                || !int.TryParse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var words))
            {
                return null;
            }

            var lemmas = new List<string>();
            for (var i = 0; i < words && 4 + (2 * i) < fields.Length; i++)
            {
                var word = fields[4 + (2 * i)];
                var bracket = word.IndexOf('(', StringComparison.Ordinal);
                lemmas.Add((bracket > 0 ? word[..bracket] : word).ToLowerInvariant());
            }

            var at = 4 + (2 * words);
            if (at >= fields.Length || !int.TryParse(fields[at], System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            var pointers = new List<(string, string, char)>();
            for (var i = 0; i < count && at + 3 + (4 * i) < fields.Length; i++)
            {
                pointers.Add((fields[at + 1 + (4 * i)], fields[at + 2 + (4 * i)], fields[at + 3 + (4 * i)][0]));
            }

            return new Synset([.. lemmas], [.. pointers]);
        }
    }

    /// <summary>Each single-word lemma of an index file with the offset of its first (most frequent) sense.</summary>
    private static Dictionary<string, string> ReadFirstSenseOffsets(string path)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return first;
        }

        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Length == 0 || line[0] == ' ' ? [] : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 6 && !fields[0].Contains('_') && int.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, out var kinds)
                && 6 + kinds < fields.Length)
            {
                first[fields[0]] = fields[6 + kinds];
            }
        }

        return first;
    }

    /// <summary>
    /// Each lowercase single-word noun lemma's first sense (index.noun lists a lemma's synsets most
    /// frequent first) with those of its direct hypernyms (@, @i) that have at most
    /// <see cref="MaxSiblings"/> hyponyms (~, ~i) in data.noun. Empty when the files are missing.
    /// </summary>
    private static FrozenDictionary<string, NounSense> ReadFirstSenses(string folder)
    {
        var index = Path.Combine(folder, "index.noun");
        var data = Path.Combine(folder, "data.noun");
        if (!File.Exists(index) || !File.Exists(data))
        {
            return FrozenDictionary<string, NounSense>.Empty;
        }

        var hypernyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hyponymCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(data))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var fields = line.Split(' ');
            if (fields.Length < 4 || !int.TryParse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var words))
            {
                continue;
            }

            var at = 4 + (2 * words);
            if (at >= fields.Length || !int.TryParse(fields[at], System.Globalization.CultureInfo.InvariantCulture, out var pointers))
            {
                continue;
            }

            var up = new List<string>();
            var down = 0;
            for (var i = 0; i < pointers && at + 4 + (4 * i) < fields.Length; i++)
            {
                var symbol = fields[at + 1 + (4 * i)];
                if (symbol is "@" or "@i")
                {
                    up.Add(fields[at + 2 + (4 * i)]);
                }
                else if (symbol is "~" or "~i")
                {
                    down++;
                }
            }

            hypernyms[fields[0]] = [.. up];
            hyponymCount[fields[0]] = down;
        }

        var senses = new Dictionary<string, NounSense>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(index))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[0].Contains('_') || !int.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, out var kinds)
                || 6 + kinds >= fields.Length)
            {
                continue;
            }

            var first = fields[6 + kinds];
            if (hypernyms.TryGetValue(first, out var up))
            {
                senses[fields[0]] = new NounSense(first, up.Where(h => hyponymCount.GetValueOrDefault(h) <= MaxSiblings).ToArray());
            }
        }

        return senses.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a lowercase key is a word WordNet writes only capitalised, a name ("london", "devon"), as written (no inflection).</summary>
    public bool IsProperOnly(string key) => properOnly.Contains(key);

    /// <summary>
    /// Whether a lowercase word is a common English word: a lemma written in lowercase, or an
    /// inflection of one; a hyphenated word when each part is ("well-known").
    /// </summary>
    public bool Contains(string key)
    {
        if (key.Contains('-') && !IsWord(key))
        {
            var parts = key.Split('-', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 0 && parts.All(IsWord);
        }

        return IsWord(key);
    }

    private bool IsWord(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (lemmas.Contains(word) || (exceptions.TryGetValue(word, out var lemma) && lemmas.Contains(lemma)))
        {
            return true;
        }

        foreach (var (ending, replacement) in Suffixes)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && lemmas.Contains(string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement)))
            {
                return true;
            }
        }

        // A doubled consonant before -ed/-ing/-er/-est ("stopped", "bigger").
        foreach (var ending in (string[])["ed", "ing", "er", "est"])
        {
            var stemLength = word.Length - ending.Length;
            if (stemLength >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && word[stemLength - 1] == word[stemLength - 2]
                && lemmas.Contains(word[..(stemLength - 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the single-word lemmas a data line writes in lowercase. A line: offset, lexicographer
    /// file, part of speech, word count (hex), then word and lexical id pairs; an adjective may carry
    /// a marker in brackets ("galore(ip)"). Licence lines start with spaces.
    /// </summary>
    private static void AddLowercaseWords(string line, HashSet<string> lemmas, HashSet<string> capitalised)
    {
        if (line.Length == 0 || line[0] == ' ')
        {
            return;
        }

        var fields = line.Split(' ');
        if (fields.Length < 4 || !int.TryParse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return;
        }

        for (var i = 0; i < count && 4 + (2 * i) < fields.Length; i++)
        {
            var word = fields[4 + (2 * i)];
            var bracket = word.IndexOf('(', StringComparison.Ordinal);
            if (bracket > 0)
            {
                word = word[..bracket];
            }

            if (!word.Contains('_') && word.Length > 0 && !word.Any(char.IsUpper))
            {
                lemmas.Add(word);
            }
            else if (!word.Contains('_') && word.Length > 0 && word.All(char.IsLetter))
            {
                capitalised.Add(word.ToLowerInvariant());
            }
        }
    }
}
