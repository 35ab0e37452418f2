using System.Collections.Frozen;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Verification;
using Newsdesk.Writing.Places;
using Newsdesk.Writing.Text;

namespace Newsdesk.Stories;

/// <summary>
/// Topics and entities of a story, for topic pages, entity pages and related stories. Topics come
/// from keyword lists (our own, below); entities are capitalised names that more than one article
/// uses, or that the headlines use.
/// </summary>
public static class StoryTags
{
    /// <summary>Most topics a story carries.</summary>
    public const int MaxTopics = 2;

    /// <summary>Most entities a story carries.</summary>
    public const int MaxEntities = 8;

    /// <summary>Most names of a story grouped into entities, the most used first (bounds the grouping's cost on a large story).</summary>
    private const int MaxNamesGrouped = 400;

    /// <summary>Weighted keyword hits per thousand words (at least this many in all) that make a topic.</summary>
    public const int MinTopicScore = 3;

    /// <summary>What a strong keyword counts; a weak one counts 1.</summary>
    private const int StrongWeight = 2;

    /// <summary>Longest text read per article.</summary>
    private const int MaxCharsPerArticle = 20_000;

    /// <summary>
    /// Topic keywords, written for Newsdesk. A topic needs at least one strong keyword: a word that
    /// names the topic on its own ("rugby", "parliament"). Weak keywords ("team", "final", "season",
    /// "market") add to a topic only beside a strong one, because alone they are as common in other
    /// news ("a tracing team", "finally"). A keyword matches a whole word and its plain inflections
    /// ("vote", "votes", "voted", "voting"); a keyword ending in '*' matches as a word prefix. The
    /// pandemic's words are weak for Health: in 2020 they were in most news, whatever its topic.
    /// Measured against the outlets' own sections on real feeds: bench/tags (docs/site.md).
    /// </summary>
    public static readonly FrozenDictionary<string, TopicWords> TopicKeywords = new Dictionary<string, TopicWords>
    {
        ["Politics"] = new(
            ["election*", "parliament*", "senat*", "legislat*", "ballot*", "voter*", "lawmaker*", "congress*", "democrat*", "republican*", "minister*", "mps", "referendum*"],
            ["vote", "campaign", "coalition", "president", "premier", "opposition", "mayor", "council", "party", "government", "policy", "bill"]),
        ["Business"] = new(
            ["economy", "economic*", "economist*", "inflation", "investor*", "stocks", "revenue*", "profit*", "earnings", "merger*", "shareholder*", "ceo", "layoff*", "gdp", "recession*", "unemployment", "dividend*", "bankrupt*", "tariff*", "retailer*", "wall street", "asx", "nasdaq"],
            ["market", "shares", "stock", "company", "companies", "bank", "price", "trade", "job", "factory", "business", "businesses", "sales", "industry", "firm", "billion", "jobless", "retail"]),
        ["Science"] = new(
            ["scientist*", "telescope*", "species", "fossil*", "astronom*", "nasa", "physicist*", "biolog*", "genome*", "spacecraft", "asteroid*", "planet*", "laborator*", "archaeolog*", "evolution*"],
            ["study", "studies", "research", "researcher", "space", "discovery", "discovered", "university", "universities", "journal"]),
        ["Health"] = new(
            ["hospital*", "patient*", "disease*", "vaccin*", "medical", "clinic*", "nurse*", "doctor*", "infection*", "infected", "symptom*", "cancer*", "dementia", "diabetes", "surgery", "surgeon*", "epidemiolog*"],
            ["health", "care", "test", "tests", "testing", "cases", "deaths", "treatment", "drug", "virus", "coronavirus", "covid-19", "covid", "pandemic", "outbreak"]),
        ["Climate & environment"] = new(
            ["climate", "emission*", "wildfire*", "bushfire*", "drought*", "heatwave*", "pollut*", "environment*", "flood*", "hurricane*", "cyclone*", "typhoon*", "tornado*", "rainfall", "deforest*", "glacier*"],
            ["storm", "weather", "carbon", "rain", "temperature", "warming", "wildlife"]),
        ["Sport"] = new(
            ["sport", "sports", "sporting", "football*", "soccer", "rugby", "cricket*", "tennis", "golf", "golfer*", "basketball", "baseball", "hockey", "athlete*", "olympic*", "olympics", "championship*", "tournament*", "league", "premiership", "stadium*", "nfl", "nba", "mlb", "nrl", "afl", "nhl", "fifa", "uefa", "wicket*", "innings", "quarterback*", "midfielder*", "goalkeeper*", "batsman", "batsmen", "boxing", "boxer", "cyclist*", "jockey*", "wimbledon", "netball", "formula one", "grand prix", "super bowl"],
            ["match", "cup", "goal", "coach", "player", "season", "final", "team", "game", "games", "fans", "club", "win", "scored", "striker", "racing", "medal"]),
        ["Technology"] = new(
            ["software", "cyber*", "hacker*", "hacked", "hacking", "internet", "smartphone*", "iphone*", "android", "robot*", "semiconductor*", "app", "apps", "microsoft", "algorithm*", "5g", "artificial intelligence", "tech", "technology", "chipmaker*"],
            ["digital", "data", "online", "google", "facebook", "apple", "amazon", "computer", "device", "chip", "users", "platform"]),
        ["Crime & justice"] = new(
            ["police", "court*", "judge*", "trial", "arrest*", "charged", "prosecut*", "crime*", "criminal*", "murder*", "lawsuit*", "sentenced", "jail*", "prison*", "convicted", "homicide*", "manslaughter", "indicted", "detective*"],
            ["investigation", "investigators", "sentence", "officers", "alleged", "suspect", "victim", "shooting", "shot", "killed"]),
        ["Transport"] = new(
            ["railway*", "airport*", "airline*", "trains", "traffic", "transit", "ferry", "ferries", "buses", "motorway*", "derail*", "aviation", "commuter*", "rail"],
            ["train", "flight", "bridge", "road", "bus", "highway", "passengers", "planes", "plane"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Every topic <see cref="Topics"/> gives, in the order the site's navigation lists them (the
    /// keys of <see cref="TopicKeywords"/>; a test holds them equal). The navigation lists these and
    /// nothing else, so every entry leads to stories the tagger can file there.
    /// </summary>
    public static readonly IReadOnlyList<string> TopicOrder =
        ["Politics", "Business", "Technology", "Science", "Health", "Climate & environment", "Crime & justice", "Transport", "Sport"];

    /// <summary>A topic's strong and weak keywords (see <see cref="TopicKeywords"/>).</summary>
    public sealed record TopicWords(string[] Strong, string[] Weak);

    /// <summary>Capitalised words that start sentences or name months and days (and their abbreviations: the demo had an entity "Nov" from "KESSINGTON, Nov 16"), never entities on their own.</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "But", "And", "Or", "If", "As", "By", "For",
        "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "After", "Before", "When", "While",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Read",
        "More", "Photo", "Updated", "According", "Officials", "Some", "Many", "Most", "One", "Two", "Three", "Here",
        "What", "Why", "How", "Who", "Where", "Follow", "Watch", "Sign", "Click", "Subscribe");

    /// <summary>
    /// The story's topics: those with at least one strong keyword and <see cref="MinTopicScore"/> weighted
    /// hits per thousand words (at least that many in all), most hits first, at most <see cref="MaxTopics"/>.
    /// The keywords are English; a story in another language gets no topics rather than false ones.
    /// </summary>
    public static IReadOnlyList<string> Topics(IReadOnlyList<Article> articles)
    {
        var strong = new Dictionary<string, int>(StringComparer.Ordinal);
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        foreach (var article in articles)
        {
            if (!IsEnglish(article))
            {
                continue;
            }

            var text = Words(article.Title + " . " + Clip(article.Text)).Select(w => w.ToLowerInvariant()).ToList();
            words += text.Count;
            for (var i = 0; i < text.Count; i++)
            {
                var pair = i + 1 < text.Count ? text[i] + " " + text[i + 1] : null;
                foreach (var (topic, keys) in TopicKeywords)
                {
                    if (keys.Strong.Any(k => Matches(k, text[i], pair)))
                    {
                        strong[topic] = strong.GetValueOrDefault(topic) + 1;
                        score[topic] = score.GetValueOrDefault(topic) + StrongWeight;
                    }
                    else if (keys.Weak.Any(k => Matches(k, text[i], pair)))
                    {
                        score[topic] = score.GetValueOrDefault(topic) + 1;
                    }
                }
            }
        }

        var needed = Math.Max(MinTopicScore, words / 1000 * MinTopicScore);
        return score.Where(h => h.Value >= needed && strong.ContainsKey(h.Key))
            .OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(MaxTopics).Select(h => h.Key).ToList();
    }

    /// <summary>Whether a keyword matches the word (or, for a two-word keyword, the word and the next).</summary>
    internal static bool Matches(string keyword, string word, string? pair)
    {
        if (keyword.Contains(' ', StringComparison.Ordinal))
        {
            return pair is not null && pair.StartsWith(keyword, StringComparison.Ordinal)
                && (pair.Length == keyword.Length || Inflection(pair.AsSpan(keyword.Length)));
        }

        if (keyword[^1] == '*')
        {
            return word.StartsWith(keyword.AsSpan(0, keyword.Length - 1), StringComparison.Ordinal);
        }

        return word.StartsWith(keyword, StringComparison.Ordinal)
            && (word.Length == keyword.Length || Inflection(word.AsSpan(keyword.Length)));
    }

    /// <summary>The plain endings a keyword may take: plural, possessive, past, participle, agent ("voter").</summary>
    private static bool Inflection(ReadOnlySpan<char> rest) =>
        rest is "s" or "es" or "'s" or "\u2019s" or "d" or "ed" or "ing" or "er" or "ers";

    /// <summary>English, or too short to tell (a headline alone is read as English).</summary>
    private static bool IsEnglish(Article article) =>
        LanguageDetector.Detect(article.Title + " " + Clip(article.Text)) is null or "en";

    /// <summary>
    /// The story's entities: names that more than one article uses (or, for a story of one report,
    /// its headline's names), most used first, at most <see cref="MaxEntities"/>. One person is one
    /// entity: names whose words, without a leading title, are a subset of another's ("Trump",
    /// "President Trump", "Trump's" beside "President Donald Trump") count together and are shown
    /// once, by their fullest form without the title ("Donald Trump"). A one-word name is a common
    /// word, not an entity, when the reports also write it in lower case, when they only ever write
    /// it opening a sentence ("About 23,000 homes", "Retailers warned", "Cops say"), or when a German
    /// report uses it as a noun ("der Deich"); page furniture's sentences name nothing.
    /// </summary>
    public static IReadOnlyList<string> Entities(IReadOnlyList<Article> articles)
    {
        var articlesUsing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var inHeadline = new HashSet<string>(StringComparer.Ordinal);
        var insideSentences = new HashSet<string>(StringComparer.Ordinal);
        var titleInside = new HashSet<string>(StringComparer.Ordinal);
        var commonNouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var text = WithoutFurniture(Clip(article.Text));
            foreach (var (name, opensSentence) in NamesFound(text))
            {
                if (!articlesUsing.TryGetValue(name, out var ids))
                {
                    articlesUsing[name] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(article.Id);
                if (!opensSentence)
                {
                    insideSentences.Add(name);
                }
            }

            if (LanguageDetector.Detect(article.Title + " " + text) is { } language && CommonNouns.Capitalises(language))
            {
                commonNouns.UnionWith(CommonNouns.Of(article.Title + "\n" + text, language));   // German: "der Deich", "am Donnerstag"
            }

            foreach (var (name, opensTitle) in NamesFound(article.Title))
            {
                inHeadline.Add(name);
                if (!opensTitle)
                {
                    titleInside.Add(name);
                }
            }
        }

        // The most used names (a bounded number) are grouped, fullest first, so that a short form
        // ("Trump") joins the person it names and the group counts every article using any form. A
        // form is compared with each group's fullest name only, so short forms never chain two
        // people ("Trump" to "Trump Tower").
        // A one-word name the reports only write opening a sentence is a name when a name written
        // elsewhere holds it ("Rojo, currently on loan" beside the headline's "Marcos Rojo"), or a
        // headline opens with it and it is no common word of English ("Lufthansa" is a name, "Cops"
        // of "Cops say the raid was planned" under "Cops hunt museum thieves" is not; WordNet, when
        // installed, says which), or it is a place ("Germany's court"); else it is a common word
        // ("About 23,000 homes").
        var common = CommonWords.Installed;
        var namedElsewhere = insideSentences.Concat(titleInside)
            .Concat(inHeadline.Where(n => common is null || n.Contains(' ') || !common.Contains(n.ToLowerInvariant())))
            .SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var cores = articlesUsing.Keys.ToDictionary(n => n, CoreWords, StringComparer.Ordinal);
        var lowerCase = LowerCaseWords(articles);
        var grouped = articlesUsing
            .Where(e => cores[e.Key].Count > 0 && !(e.Key.IndexOf(' ') < 0 && (lowerCase.Contains(e.Key.ToLowerInvariant())
                || !(namedElsewhere.Contains(e.Key) || Gazetteer.IsPlace(e.Key)) || commonNouns.Contains(e.Key.ToLowerInvariant()))))
            .OrderByDescending(e => e.Value.Count + (inHeadline.Contains(e.Key) ? 1 : 0)).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(MaxNamesGrouped)
            .OrderByDescending(e => cores[e.Key].Count).ThenByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal);
        var groups = new List<EntityGroup>();
        foreach (var (name, ids) in grouped)
        {
            var group = groups.FirstOrDefault(g => g.Core.IsSupersetOf(cores[name]) && !(IsInstitution(g.Fullest) && Gazetteer.IsPlace(name)));
            if (group is null)
            {
                groups.Add(group = new EntityGroup(name, cores[name]));
            }

            group.Articles.UnionWith(ids);
            group.InHeadline |= inHeadline.Contains(name);
        }

        return groups
            .Where(g => g.Articles.Count >= 2 || (articles.Count == 1 && g.InHeadline))
            .OrderByDescending(g => g.Articles.Count + (g.InHeadline ? 1 : 0))
            .ThenByDescending(g => g.Core.Count)
            .ThenBy(g => g.Shown, StringComparer.Ordinal)
            .Take(MaxEntities)
            .Select(g => g.Shown)
            .ToList();
    }

    /// <summary>
    /// The text without its page furniture's sentences (<see cref="Furniture"/>): the health advice
    /// the Sydney Morning Herald appended to 110 coronavirus items in May 2020 ("... ring the national
    /// Coronavirus Health Information Hotline on 1800 020 080") made that hotline an entity of 14
    /// stories. A text with no furniture is returned as it is, unsplit.
    /// </summary>
    private static string WithoutFurniture(string text)
    {
        if (!Furniture.Is(text))
        {
            return text;
        }

        return string.Join(' ', Sentences.Split(text).Where(sentence => !Furniture.Is(sentence)));
    }

    /// <summary>
    /// The words the reports write in lower case. A one-word name that the reports also write in lower
    /// case is a common word met at a sentence start ("Bottled water is being handed out", "Here's
    /// what we know", "the Government" beside "the government"), not an entity.
    /// </summary>
    private static HashSet<string> LowerCaseWords(IReadOnlyList<Article> articles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var word in Words(Clip(article.Text)))
            {
                if (word.Length > 0 && char.IsLower(word[0]))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Whether a name is an institution's ("Minneapolis Police Department"): the place it is named after
    /// ("Minneapolis") is another entity, not a short form of it ("Labour" of "Labour Party" is one).
    /// </summary>
    private static bool IsInstitution(string name) => InstitutionHeads.Contains(name[(name.LastIndexOf(' ') + 1)..]);

    /// <summary>Names that are one entity: the form shown, the fullest form's own words, the articles using any form.</summary>
    private sealed class EntityGroup(string fullest, HashSet<string> core)
    {
        public string Fullest { get; } = fullest;

        public string Shown { get; } = WithoutTitle(fullest);

        public HashSet<string> Core { get; } = core;

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public bool InHeadline { get; set; }
    }

    /// <summary>
    /// Titles that stand before a person's name ("President Donald Trump", "Mayor Jacob Frey"),
    /// written for Newsdesk from the forms read on real feeds (May 2020). The words up to the last of
    /// these are no part of the name ("Health Minister Chris Hipkins", "Former President Barack Obama",
    /// "Tesla CEO Elon Musk"); "Premier" is not one, because
    /// "Premier League" is a name ("Premier Daniel Andrews" keeps it). The ranks and roles from
    /// "Commander" on were read on the demo's stories ("Station Commander Ruth Ellery", "Detective Chief
    /// Inspector Maya Castellano", "Substitute Jamie Colquhoun", "Manager Steve Harland",
    /// "Bürgermeister Jens Albrecht") and the real feeds ("Entrepreneur Elon Musk's SpaceX").
    /// </summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
        "President", "Minister", "Chancellor", "Senator", "Sen", "Governor", "Gov", "Mayor", "Secretary", "Judge",
        "Commissioner", "Treasurer", "Speaker", "Leader", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Rep", "Representative",
        "Congressman", "Congresswoman", "Coach", "Captain", "Director", "Spokesman", "Spokeswoman", "Professor", "CEO",
        "Chairman", "Chairwoman", "Councilman", "Councilwoman", "Councillor", "Archbishop", "Bishop", "Cardinal",
        "Commander", "Inspector", "Detective", "Superintendent", "Sergeant", "Constable", "Officer", "Manager", "Substitute",
        "Entrepreneur", "Lieutenant", "Colonel", "Brigadier", "Corporal", "Admiral", "Marshal", "Bürgermeister", "Bürgermeisterin");

    /// <summary>
    /// Words that qualify a title ("Prime Minister", "Vice President", "Health Minister") and also
    /// begin names of their own ("Home Office", "General Motors", "Health Department"): part of a
    /// title only when a <see cref="Titles"/> word follows them (same source).
    /// </summary>
    private static readonly FrozenSet<string> TitleQualifiers = FrozenSet.Create(StringComparer.Ordinal,
        "Former", "Acting", "Vice", "Prime", "Deputy", "Opposition", "Health", "Foreign", "Finance", "Home", "Police",
        "Chief", "Attorney", "General", "Defence", "Defense", "Education", "Trade", "Interior", "Justice", "State", "Federal");

    /// <summary>
    /// The name without the title before it ("Secretary of State Mike Pompeo" is "Mike Pompeo", and so
    /// is "US Secretary of State Mike Pompeo"; "NSW Transport Minister Andrew Constance" is "Andrew
    /// Constance"): the words after its last <see cref="Titles">title</see>. "Premier League" stays; the
    /// name itself when nothing would be left.
    /// </summary>
    internal static string WithoutTitle(string name)
    {
        var words = name.Split(' ');
        var start = 0;   // where the name begins: after the last title word
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (words[i + 1] == "of")
            {
                if (Titles.Contains(words[i]) && i + 3 < words.Length)
                {
                    start = i + 3;   // "Secretary of State", "Minister of Health"; "Lord Mayor of Sydney" is a title alone
                    i += 2;
                }
            }
            else if (Titles.Contains(words[i]) || (words[i] == "Premier" && i + 2 < words.Length))
            {
                start = i + 1;   // "Premier Daniel Andrews"; "Premier League" stays
            }
        }

        while (start > 0 && start < words.Length - 1 && TitleQualifiers.Contains(words[start]))
        {
            start++;   // "Director General Tedros Adhanom Ghebreyesus"
            if (start + 2 < words.Length && words[start] == "of")
            {
                start += 2;   // "Director General of Health Ashley Bloomfield"
            }
        }

        return start > 0 && start < words.Length ? string.Join(' ', words[start..]) : name;
    }

    /// <summary>A name's own words: without its leading title and its connectors.</summary>
    private static HashSet<string> CoreWords(string name) =>
        WithoutTitle(name).Split(' ').Where(w => w is not ("of" or "de" or "van" or "von" or "al") && !NotNames.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Runs of capitalised words (with "of", "de", "van" inside), not at a sentence start unless two
    /// words long. "and", "for" and "&amp;" join words into one name only when the run ends on an
    /// <see cref="InstitutionWords">institution's word</see> ("Food and Drug Administration",
    /// "Centers for Disease Control and Prevention"); otherwise they separate names ("Trump and Biden").
    /// An acronym before a capitalised word belongs to its name ("VE Day", "L.A. County", "NHS England";
    /// before a title it does not: "US President Donald Trump"); a middle initial ("Michael M. Gilday")
    /// and an abbreviation ("Dr.", "Jr.", "U.S.") end no sentence. An acronym alone is no name (it
    /// cannot be told from a shouted word).
    /// </summary>
    internal static IEnumerable<string> Names(string text) => NamesFound(text).Select(n => n.Name);

    /// <summary>
    /// The names of <see cref="Names"/>, each with whether it opens a sentence: a capitalised word
    /// there may be a common word ("About 23,000 homes", "Retailers warned"), not a name.
    /// </summary>
    private static IEnumerable<(string Name, bool OpensSentence)> NamesFound(string text)
    {
        var run = new List<string>();
        var runOpensSentence = false;
        var sentenceStart = true;
        var raws = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < raws.Length; i++)
        {
            var raw = raws[i];
            if (raw[0] == '(' || raw[0] == '[')
            {
                foreach (var name in Flushed(run, runOpensSentence))   // "Victory in Europe (VE) Day": no name spans a bracket
                {
                    yield return name;
                }
            }

            var word = Bare(raw);
            var capitalised = IsCapitalised(word) && !(run.Count == 0 && IsLowerCompound(word));
            var initial = run.Count > 0 && word.Length == 1 && char.IsUpper(word[0]) && raw.EndsWith('.');
            var acronym = !capitalised && !initial && IsAcronym(word) && i + 1 < raws.Length
                && IsCapitalised(Bare(raws[i + 1])) && !Titles.Contains(Bare(raws[i + 1])) && !TitleQualifiers.Contains(Bare(raws[i + 1]));
            if (initial || (acronym && word.Contains('.')))
            {
                word += ".";   // shown as written: "Michael M. Gilday", "L.A. County"
            }

            var connector = run.Count > 0 && (IsConnector(word) || IsInstitutionConnector(word));
            if ((capitalised && !(sentenceStart && run.Count == 0 && IsCommonStart(word))) || initial || acronym)
            {
                if (run.Count == 0)
                {
                    runOpensSentence = sentenceStart;
                }

                run.Add(word);
            }
            else if (!connector)
            {
                foreach (var name in Flushed(run, runOpensSentence))
                {
                    yield return name;
                }
            }
            else
            {
                run.Add(word);
            }

            sentenceStart = (raw.EndsWith('.') && !initial && !acronym && !Abbreviations.Contains(raw.TrimStart('"', '(', '\u201c')))
                || raw.EndsWith('!') || raw.EndsWith('?') || raw is "-" or "\u2013" or "\u2014";   // "KESSINGTON, Nov 16 (MPA) - About 23,000 homes"
            var clauseEnd = raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':') || (raw.Contains(')') && !acronym);   // "Kamloops, British Columbia" is two names
            if (sentenceStart || clauseEnd)
            {
                foreach (var name in Flushed(run, runOpensSentence))
                {
                    yield return name;
                }
            }
        }

        foreach (var name in Flushed(run, runOpensSentence))
        {
            yield return name;
        }
    }

    /// <summary>The names of a run (<see cref="Flush"/>); only the first can open the sentence.</summary>
    private static IEnumerable<(string Name, bool OpensSentence)> Flushed(List<string> run, bool opensSentence) =>
        Flush(run).Select((name, i) => (name, opensSentence && i == 0));

    /// <summary>A word without the punctuation around it (a dotted acronym keeps its inner dots: "L.A", "U.S").</summary>
    private static string Bare(string raw) =>
        raw.Trim('"', '\'', '(', ')', ',', ';', ':', '.', '!', '?', '\u201c', '\u201d', '\u2018', '\u2019');

    /// <summary>A capitalised word with lower-case letters after its first ("Trump", "McDonald's"), not a sentence word of <see cref="NotNames"/>.</summary>
    private static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !NotNames.Contains(word);

    /// <summary>
    /// A compound whose last part is a lower-case word ("Super-sub", "Two-year", "Drought-stricken",
    /// "US-based"): before a name it describes it, and is no part of it ("Super-sub Jamie Colquhoun" is
    /// Jamie Colquhoun). Inside a name it stays ("Kim Jong-un"), and so do "Co-op" and "Covid-19".
    /// </summary>
    private static bool IsLowerCompound(string word) =>
        word.LastIndexOf('-') is var hyphen and > 0 && word.Length - hyphen - 1 >= 3 && word.Skip(hyphen + 1).All(char.IsLower);

    /// <summary>
    /// An acronym: two or three capitals ("VE", "NHS"), or capitals with dots ("L.A", "U.S"), and no
    /// English word written in capitals for shouting ("THE Queen", "IS").
    /// </summary>
    private static bool IsAcronym(string word) =>
        word.Length >= 2 && !ShoutedWords.Contains(word)
        && (word.Length <= 3 && word.All(char.IsUpper)
            || word.Contains('.') && word.Length <= 5 && word.All(c => char.IsUpper(c) || c == '.'));

    /// <summary>
    /// Short English words that a shouting headline writes in capitals ("Trump IS right", "THE Queen"),
    /// and capitals that stand before a name without being part of it ("5:00 AM Singapore", "Tesla CEO Elon Musk").
    /// </summary>
    private static readonly FrozenSet<string> ShoutedWords = FrozenSet.Create(StringComparer.Ordinal,
        "THE", "AND", "FOR", "NOT", "BUT", "YOU", "HIS", "HER", "ITS", "WAS", "ARE", "HAS", "HAD", "CAN", "OUR", "WHO", "WHY",
        "HOW", "NEW", "OLD", "TOO", "ALL", "ONE", "TWO", "SIX", "TEN", "GET", "GOT", "OUT", "OFF", "NOW", "SAY", "SEE", "WAY",
        "IS", "IT", "TO", "OF", "IN", "ON", "AT", "BY", "AN", "AS", "BE", "DO", "GO", "HE", "ME", "MY", "NO", "OR", "SO", "UP",
        "WE", "IF", "OK", "AM", "PM", "CEO", "MP", "MPs", "GP", "DJ", "TV");

    /// <summary>
    /// Abbreviations whose full stop ends no sentence ("Dr. Anthony Fauci", "Martin Luther King Jr. Day").
    /// A title's ("Gov.", "Sen.") still ends the name before it: "Michigan Democratic Gov. Gretchen
    /// Whitmer" keeps "Gretchen Whitmer" a name of her own.
    /// </summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Ft.", "Mt.");

    private static bool IsCommonStart(string word) => word.Length < 4;

    private static bool IsConnector(string word) => word is "of" or "de" or "van" or "von" or "al";

    private static bool IsInstitutionConnector(string word) => word is "and" or "for" or "&";

    /// <summary>
    /// Last words of an institution's name, whose name may hold "and" or "for" ("Food and Drug
    /// Administration", "Bill and Melinda Gates Foundation", "Department of Health and Human
    /// Services"), written for Newsdesk from the names met in the May 2020 feeds.
    /// </summary>
    private static readonly FrozenSet<string> InstitutionWords = FrozenSet.Create(StringComparer.Ordinal,
        "Administration", "Foundation", "Department", "Commission", "Agency", "Institute", "Institutes", "Association",
        "Council", "Prevention", "Bureau", "Service", "Services", "Society", "Board", "Authority", "Office", "Committee",
        "University", "College", "School", "Company", "Museum", "Center", "Centre", "Centers", "Hospital", "Party",
        "Industry", "Development", "Affairs", "Security", "Justice", "Welfare", "Research", "Technology", "Union", "Trust",
        "Fund", "Organization", "Organisation", "Network", "Group", "Bank", "Corporation", "Court", "Front", "Alliance",
        "Movement", "Partnership", "Exchange", "Trade", "Commerce", "Enforcement", "Protection", "Rights", "Freedom", "Rescue");

    /// <summary>"Trump's" is Trump: a possessive ending a name is no part of it ("Mother's Day" keeps its own).</summary>
    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>
    /// The names a run holds, and the run emptied: the parts between its "and"/"for"/"&amp;", or
    /// one institution's name when it ends on an institution's word. A possessive followed by two or
    /// more words, or after an acronym, ends a name ("Britain's Queen Elizabeth", "CNN's Melissa Bell",
    /// "Melania Trump's Be Best"); before one word it ends the name too ("Elon Musk's SpaceX", "Joe
    /// Biden's Senate", "Port Calder's Baltmar"), unless that word is a <see cref="NameHeads">name's
    /// head</see> ("Mother's Day", "Hawke's Bay", "America's Cup").
    /// </summary>
    private static List<string> Flush(List<string> run)
    {
        var names = new List<string>();
        var from = 0;
        for (var i = 0; i < run.Count - 1; i++)
        {
            if (IsPossessive(run[i]) && (run.Count - i - 1 >= 2 || IsAcronym(WithoutPossessive(run[i])) || !NameHeads.Contains(WithoutPossessive(run[^1]))))
            {
                names.AddRange(NamesOf(run.GetRange(from, i + 1 - from)));
                from = i + 1;
            }
        }

        names.AddRange(NamesOf(run.GetRange(from, run.Count - from)));
        run.Clear();
        return names;
    }

    /// <summary>The last words (initialised after <see cref="InstitutionWords"/>, which it holds) of an institution's name: <see cref="InstitutionWords"/> and "Police" ("Kent Police").</summary>
    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.Create(StringComparer.Ordinal, [.. InstitutionWords, "Police"]);

    /// <summary>
    /// Words that end a name after a possessive ("Mother's Day", "Hawke's Bay", "America's Cup", "St
    /// James's Park", "New Year's Eve", "Los Angeles County Sheriff's Department"), with
    /// <see cref="InstitutionWords"/>; written for Newsdesk from the possessive names of the May 2020
    /// feeds' entity tags. After any other word a possessive ends the name before it.
    /// </summary>
    private static readonly FrozenSet<string> NameHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        .. InstitutionWords, "Day", "Eve", "Birthday", "Night", "Week", "Bay", "Cup", "Park", "Beach", "Street", "Road", "Square",
        "Island", "Islands", "Church", "Cathedral", "Basilica", "Chapel", "Abbey", "Army", "Republic", "Stadium", "Hall", "House",
        "Palace", "Garden", "Gardens", "Inn", "Hill", "Lane", "Bridge", "Championship", "League", "Refuge", "Prize", "Award",
        "Awards", "Club", "Home", "Hotel", "Point", "Head", "Harbour", "Harbor", "Lake", "River", "Creek", "Valley", "Wood", "Cross", "Syndrome", "Disease",
    ]);

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>The names one part of a run holds (see <see cref="Flush"/>); an acronym or initial alone is none.</summary>
    private static List<string> NamesOf(List<string> run)
    {
        while (run.Count > 0 && (IsConnector(run[^1]) || IsInstitutionConnector(run[^1])))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count == 0)
        {
            return [];
        }

        run[^1] = WithoutPossessive(run[^1]);
        var of = TitledPersonOf(run);
        if (of > 0)
        {
            // "Station Commander Ruth Ellery of Port Calder Fire and Rescue": the person, then their service.
            var names = NamesOf(run.GetRange(0, of));
            names.AddRange(NamesOf(run.GetRange(of + 1, run.Count - of - 1)));
            return names;
        }

        var parts = Split(run, institution: InstitutionWords.Contains(run[^1]));
        var found = new List<string>();
        foreach (var part in parts)
        {
            while (part.Count > 0 && IsConnector(part[^1]))
            {
                part.RemoveAt(part.Count - 1);
            }

            var name = WithoutPossessive(string.Join(' ', part));
            if (name.Length >= 3 && part.Any(IsCapitalised) && !part.All(w => Titles.Contains(w) || TitleQualifiers.Contains(w)))
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>
    /// Where an "of" follows a person named after a title ("Detective Chief Inspector Maya Castellano
    /// of Kessington Police"): what follows is the person's organisation or town, not part of their
    /// name. 0 when there is none; "Secretary of State Mike Pompeo" and "Director General of Health
    /// Ashley Bloomfield" have no name between their title and the "of".
    /// </summary>
    private static int TitledPersonOf(List<string> run)
    {
        var afterTitle = -1;   // words of a name since the last title word
        for (var i = 0; i < run.Count; i++)
        {
            if (Titles.Contains(run[i]) || (afterTitle >= 0 && afterTitle == 0 && TitleQualifiers.Contains(run[i])))
            {
                afterTitle = 0;
            }
            else if (run[i] == "of")
            {
                if (afterTitle > 0 && i + 1 < run.Count)
                {
                    return i;
                }

                afterTitle = -1;
            }
            else if (afterTitle >= 0)
            {
                afterTitle++;
            }
        }

        return 0;
    }

    /// <summary>
    /// A run cut at its connectors. An institution's name is cut at an "and" that follows a whole
    /// institution or a person with a title ("Republican Party and Democratic Party", "President Xi
    /// Jinping and World Health Organization" are two), and at a "for" that does not follow an
    /// institution's word ("Centers for Disease Control" is one, "Hunt for Justice" is two).
    /// </summary>
    private static List<List<string>> Split(List<string> run, bool institution)
    {
        var parts = new List<List<string>> { new() };
        foreach (var word in run)
        {
            var before = parts[^1];
            var cut = !institution
                ? IsInstitutionConnector(word)
                : word is "for"
                    ? before.Count == 0 || !InstitutionWords.Contains(before[^1])
                    : word is "and" or "&" && before.Count > 0 && (InstitutionWords.Contains(before[^1]) || before.Any(Titles.Contains));
            if (cut)
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(word);
            }
        }

        return parts;
    }

    private static string Clip(string text) => text.Length > MaxCharsPerArticle ? text[..MaxCharsPerArticle] : text;

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', '(', ')', ',', ';', ':', '.', '!', '?'));
}
