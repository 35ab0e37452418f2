using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Writing.Places;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// The dateline: the place (one the gazetteer knows; otherwise none) the sources' own datelines name ("GENEVA (Reuters) -") and the
/// event's date (AP style in English; "17 novembre 2026", "17. November 2026": <see cref="StoryWords"/>), from the articles' published times (their median, so one stale or
/// late article does not move it), else from a date written in the text. Never today's date.
/// </summary>
internal static partial class Dateline
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?(?:,?\s*(?<date>(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?))?\s*(?<credit>\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SourceDateline();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    /// <summary>Characters at the start of an article searched for its dateline (it may follow a photo caption).</summary>
    internal const int DatelineSearchChars = 1000;

    /// <summary>Words in capitals that open a text but are not places.</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal) { "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "LIVE", "NEW", "OPINION", "ANALYSIS" };

    /// <summary>The dateline, its date written as <paramref name="words"/>' language writes dates (English, AP style, when none is given); <paramref name="place"/> when the writer has found it (<see cref="Place"/>).</summary>
    public static string For(IReadOnlyList<Article> articles, StoryWords? words = null, string? place = null)
    {
        words ??= StoryWords.English;
        place ??= Place(articles, words.Language);
        var date = Date(articles, words);
        return (place, date) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"{place}, {date}",
            ({ Length: > 0 }, _) => place,
            _ => date,
        };
    }

    /// <summary>A sentence without the source's own dateline ("GENEVA (Reuters) - A storm..." -> "A storm..."): the story has its own.</summary>
    public static string StripSourceDateline(string sentence)
    {
        var m = SourceDateline().Match(sentence);
        var text = m.Success && m.Index == 0 && !NotPlaces.Contains(m.Groups["place"].Value) && m.Length < sentence.Length
            ? sentence[m.Length..]
            : sentence;
        // "(AP) — A Florida woman..." (the place was split off as a sentence of its own at "Fla.")
        // and "Washington (CNN) Vermont Sen. ...": the agency's credit is no part of the sentence.
        var credit = AgencyCredit().Match(text);
        return credit.Success && credit.Length < text.Length ? text[credit.Length..] : text;
    }

    [GeneratedRegex(@"^\s*(?:[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,3},?\s*(?:[A-Z][a-z]{1,4}\.\s*)?)?\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|AAP|PA|CNS|RNS|CBS|NBC|ABC|MarketWatch|CNNMoney|TheWrap|Variety|KABC|[A-Z]{3,5}(?:-TV)?)\)\s*(?:[-\u2013\u2014]+\s*)?(?=[A-Z\u201c""])", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    /// <summary>
    /// The place of the event, in capitals: the place named by the most articles, each article
    /// naming the place of its own dateline ("PORT CALDER, Nov 16 (MPA) -") and the places its
    /// headline and opening put the event in ("in Brennock", "near Port Calder"); ties go to a
    /// dateline's place. A continent or an ocean is no dateline's place ("highest death toll in
    /// Europe"). The story's event is its lede's: when the lede's article (<paramref name="lead"/>)
    /// names a place, the place is one it names (an earthquake bot's story of several quakes is
    /// dated where its lede's quake struck, not where most of the others did). "" when none is named.
    /// </summary>
    /// <param name="language">The story's language: the words that put an event in a place ("in", "à", "bei") and the agencies' datelines ("Weidenbrück (dpa) –") are its own.</param>
    /// <param name="lead">The index in <paramref name="articles"/> of the article the lede is taken from; -1 when none is known.</param>
    public static string Place(IReadOnlyList<Article> articles, string language = "en", int lead = -1)
    {
        var votes = new Dictionary<string, (int Articles, int Datelines, int First)>(StringComparer.Ordinal);
        var leads = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var dateline = SourceDateline().Match(article.Text.Length > DatelineSearchChars ? article.Text[..DatelineSearchChars] : article.Text);
            // A reporter's dateline in its full form (a date or an agency's credit: "PORT CALDER, Nov 16 (MPA) -")
            // names where the report was filed; a bare "FILE - " or "NAVY - " must be a place the gazetteer knows.
            var fromDateline = dateline.Success && !NotPlaces.Contains(dateline.Groups["place"].Value)
                && (dateline.Groups["date"].Success || dateline.Groups["credit"].Success || Gazetteer.IsDatelinePlace(dateline.Groups["place"].Value))
                ? dateline.Groups["place"].Value.Trim() : language == "en" ? "" : AgencyDatelinePlace(article.Text);
            var named = TextPlaces(article, language).Select(p => p.ToUpperInvariant()).Append(fromDateline)
                .Where(p => p.Length > 0 && !Gazetteer.IsRegion(p)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var place in named)
            {
                var current = votes.TryGetValue(place, out var v) ? v : (Articles: 0, Datelines: 0, First: i);
                votes[place] = (current.Articles + 1, current.Datelines + (place == fromDateline ? 1 : 0), current.First);
            }

            if (i == lead)
            {
                leads.UnionWith(named);
            }
        }

        var eligible = votes.Where(kv => leads.Count == 0 || leads.Contains(kv.Key));
        return eligible.OrderByDescending(kv => kv.Value.Articles + (DatelineWeight * kv.Value.Datelines)).ThenByDescending(kv => kv.Value.Datelines).ThenBy(kv => kv.Value.First)
            .Select(kv => kv.Key).FirstOrDefault() ?? "";
    }

    /// <summary>Extra votes a source's own dateline gives its place: a reporter filing from there outweighs a passing mention.</summary>
    internal const int DatelineWeight = 1;

    /// <summary>Characters of an article's text (after its title) searched for the place it puts the event in.</summary>
    internal const int PlaceSearchChars = 600;

    /// <summary>"in Pittsburgh", "near Kathmandu"; a hyphenated town is taken whole ("in Stockton-on-Tees", not "Stockton").</summary>
    [GeneratedRegex(@"\b(?:in|at|near|outside|across|around|off)\s+(?:the\s+)?(?<place>[A-Z][a-z]+(?:(?:[\s\-]|-[a-z]{1,4}-)[A-Z][a-z]+){0,2})\b(?!['\u2019]s\b)(?!\s+(?:de|la|du|del|der|von|van|di)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePhrase();

    /// <summary>German: "in Weidenbrück", "bei Kassel", "nahe Bad Hersfeld"; a noun after "in" ("in Sicherheit") is no place the gazetteer knows.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:in|bei|nahe|nahe bei|unweit von|im Raum)\s+(?<place>\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2})(?!\p{L})(?!\s+(?:de|la|du|del|der|von|van|di|am|an der|im)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex GermanPlacePhrase();

    /// <summary>French: "à Port-Vallière", "au Havre", "en Bretagne", "près de Lyon", "dans le Finistère".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:à|au|aux|en|près de|près d'|dans le|dans la|dans l'|aux abords de)\s*(?<place>\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2})(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchPlacePhrase();

    /// <summary>An agency's dateline in the case the German and French press write it: "Weidenbrück (dpa) – ", "Lyon (AFP) - ".</summary>
    [GeneratedRegex(@"^\s*(?<place>\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}[\p{L}'\-]+){0,2})\s*(?:/\s*\p{Lu}[\p{L}'\-]+\s*)?\((?:dpa|AFP|AP|KNA|epd|dts|APA|sda|SDA|Reuters|Belga|ANP|Keystone-SDA|dpa-AFX)\)\s*[-\u2013\u2014]", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    /// <summary>The place of an agency's dateline that the gazetteer knows, in capitals; "" when none.</summary>
    private static string AgencyDatelinePlace(string text)
    {
        var m = AgencyDateline().Match(text.Length > DatelineSearchChars ? text[..DatelineSearchChars] : text);
        return m.Success && Gazetteer.IsDatelinePlace(m.Groups["place"].Value) ? m.Groups["place"].Value.ToUpperInvariant() : "";
    }

    private static Regex PlacePhrase(string language) => language switch
    {
        "de" => GermanPlacePhrase(),
        "fr" => FrenchPlacePhrase(),
        _ => PlacePhrase(),
    };

    /// <summary>Last words that make a name an organisation, a building or a street rather than a dateline's place.</summary>
    private static readonly HashSet<string> NotPlaceHeads = new(StringComparer.Ordinal)
    {
        "Group", "Bank", "Office", "Ministry", "Police", "Council", "Museum", "University", "Hospital", "Stadium", "Association",
        "Union", "Service", "Services", "Agency", "Authority", "Company", "Board", "Committee", "Court", "Parliament", "Party",
        "School", "Centre", "Center", "Street", "Road", "Lane", "Avenue", "Square", "House", "Hall", "Church", "Station", "Airport",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter", "Parliament",
    };

    /// <summary>The places an article's headline and opening put the event in: after "in", "at", "near"...; not organisations, buildings, streets or dates.</summary>
    internal static IEnumerable<string> TextPlaces(Article article, string language = "en")
    {
        var text = Quotation().Replace(article.Title + ". " + (article.Text.Length > PlaceSearchChars ? article.Text[..PlaceSearchChars] : article.Text), "\"\"");
        // A name that goes on with "of" and a capital is a longer name's head ("the Bay of Plenty", "the Isle of Man"), not a town.
        // A headline in title case capitalises every word, so a capital after a town's name does not make a longer name there.
        var titleCase = Headline.TitleCase(article.Title);
        return PlacePhrase(language).Matches(text)
            .Where(m => !NameGoesOn().IsMatch(text.AsSpan(m.Index + m.Length)))
            .Where(m => !LeadersTime().IsMatch(text.AsSpan(m.Index + m.Length)))
            .Select(m => (Name: m.Groups["place"].Value, InTitleCase: titleCase && m.Index < article.Title.Length,
                Run: m.Groups["place"].Value + NameRunGoesOn().Match(text, m.Index + m.Length).Value))
            .Where(p => !NotPlaceHeads.Contains(p.Name.Split(' ', '-')[^1]) && !Schools.Contains(p.Run.Split(' ', '-')[^1]) && !NotPlaceHeads.Contains(p.Name.Split(' ', '-')[0]))
            .Select(p => LongestPlace(p.Name, p.InTitleCase))
            .Where(p => p.Length > 0 && (language != "en" || !NamesSomeoneHere(p, article)))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Last words of a school's name: a school is named after anything ("Golden West High School" is in Visalia), not only its town.</summary>
    private static readonly FrozenSet<string> Schools = new[] { "School", "College", "Academy", "University" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The capitalised words that carry a name on past the place phrase's three ("at Golden West High [School]").</summary>
    [GeneratedRegex(@"\G(?:\s[A-Z][a-z]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex NameRunGoesOn();

    /// <summary>A leader's time in office: "in the Obama and Clinton administrations" names a government, not Obama, Japan.</summary>
    [GeneratedRegex(@"^\s+(?:and\s+[A-Z][a-z]+\s+)?(?:administrations?|presidency|premiership|era)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadersTime();

    /// <summary>Words before a place's name that make a larger or a part of the place ("Central London", "Greater Manchester"), no given name.</summary>
    private static readonly FrozenSet<string> PlaceModifiers = new[]
    {
        "Central", "Greater", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Downtown", "Inner",
        "Outer", "Upper", "Lower", "Old", "New", "Metro", "Metropolitan", "Little", "Great", "Mid",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a name that put something in the place it names ("in Jordan", "from the Hague").</summary>
    private static readonly FrozenSet<string> Locating = new[] { "in", "at", "near", "outside", "from", "to" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the article uses the place's name (one word, in capitals) as someone's surname: it writes it after a given name
    /// (<see cref="GivenNames"/>: "Michael Jordan") at least as often as it puts something in the place ("in Jordan", "from
    /// Jordan"). "Security guard takes centre stage in Jordan doco" is about Michael Jordan, not the kingdom. A given name that
    /// is itself a place ("Austin", "Florence") or a word that makes a part of the place ("West", "Greater") does not count.
    /// </summary>
    private static bool NamesSomeoneHere(string place, Article article)
    {
        if (place.Contains(' '))
        {
            return false;
        }

        var name = place[..1] + place[1..].ToLowerInvariant();
        var text = article.Title + ". " + article.Text;
        var (someone, located) = (0, 0);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue; // part of a longer word
            }

            var (before, beforeBefore) = WordsBefore(text, at);
            // A sentence's first word may be any word in capitals: there only a word no stop word counts ("Michael Jordan's
            // history", not "When Jordan").
            // A given name opens a person's name: after another name word it is part of a longer name ("Notre Dame Australia").
            var givenName = GivenNames.Contains(before) && !(beforeBefore is "." or "" && Newsdesk.Text.StopWords.Contains(before.ToLowerInvariant()))
                && !(beforeBefore.Length > 0 && char.IsUpper(beforeBefore[0]))
                && !PlaceModifiers.Contains(before) && !Gazetteer.IsPlace(before + " " + name) && !Gazetteer.IsPlace(before);
            if (givenName)
            {
                someone++;
            }
            else if (Locating.Contains(before) || (before == "the" && Locating.Contains(beforeBefore)))
            {
                located++;
            }
        }

        return someone > 0 && someone >= located;
    }

    /// <summary>The word before <paramref name="at"/> and the one before it ("." when a sentence ends there, "" at the start).</summary>
    private static (string Before, string BeforeBefore) WordsBefore(string text, int at)
    {
        var (first, next) = PreviousWord(text, at);
        return (first, first is "." or "" ? "" : PreviousWord(text, next).Word);
    }

    private static (string Word, int Start) PreviousWord(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i < 0)
        {
            return ("", 0);
        }

        if (!char.IsLetter(text[i]))
        {
            return (".", i); // punctuation: no name runs on across it
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return (text[(i + 1)..end], i + 1);
    }

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NameGoesOn();

    /// <summary>
    /// The longest run of the name's first words that the gazetteer knows ("Pittsburgh City" -> "Pittsburgh"); "" when none,
    /// or when the word after that run names a feature that lies outside the town (<see cref="FeatureWords"/>: "Napa Valley",
    /// "Hudson River"), or the name is one of <see cref="FeaturesApart"/> ("near Pearl Harbor" is not in Pearl, Mississippi).
    /// A harbour, bridge, base or county after a town is mostly the town's own ("Sydney Harbour", "Tauranga Harbour"); any other
    /// name word after it makes a longer name that only starts with the town's: a person's ("in George Floyd case": George, South
    /// Africa), a building's or a district's ("in Crystal Palace Park", "at Robertson Quay", "at Imperial College London").
    /// </summary>
    /// <param name="titleCase">The name was read in a headline that capitalises every word: the words after the town's may be common words.</param>
    private static string LongestPlace(string name, bool titleCase)
    {
        var words = name.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            var candidate = string.Join(' ', words.Take(n));
            if (Gazetteer.IsPlace(candidate))
            {
                // The feature is read past "State": "Manresa State Beach" (Santa Cruz County) is no beach of Manresa, Spain.
                var next = n < words.Length ? words[n] : "";
                var feature = next == "State" && n + 1 < words.Length ? words[n + 1] : next;
                var apart = next.Length > 0 && (FeatureWords.Contains(feature) || FeaturesApart.Contains(candidate + " " + next) || (!titleCase && !TownsOwn.Contains(next)));
                return apart ? "" : candidate;
            }
        }

        return "";
    }

    /// <summary>
    /// Name words that, after a town's name, name a part of that town or the county around it ("Sydney Harbour", "Orange County",
    /// "Quezon City Hall"); "State" is read on to the word after it (<see cref="FeatureWords"/>). Our own list, from real feeds (May 2020).
    /// </summary>
    private static readonly FrozenSet<string> TownsOwn = new[]
    {
        "Harbour", "Harbor", "Bridge", "Base", "County", "City", "CBD", "State", "Metro", "Central", "North", "South", "East", "West",
        // A town's own buildings and grounds ("at Berlin Zoo", "at Windsor Castle", "at Darlington Speedway"); not a palace or a
        // college, which often carry a name from elsewhere (Blenheim Palace, Crystal Palace, Imperial College).
        "Zoo", "Castle", "Cathedral", "Prison", "Speedway", "Racecourse", "Showgrounds", "Expo", "Arena", "Capitol", "Convent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that make a name a natural feature's, a region's or a village's of its own, named after a town but not in it
    /// ("Hudson River", "Napa Valley", "San Francisco Bay Area", "Severn Beach" near Bristol). Our own list.
    /// </summary>
    private static readonly FrozenSet<string> FeatureWords = new[]
    {
        "River", "Bay", "Beach", "Island", "Islands", "Valley", "Lake", "Mountain", "Mountains", "Creek", "Canyon", "Park",
        "Falls", "Strait", "Sea", "Ocean", "Peninsula", "Coast", "Desert", "Forest", "Gulf", "Sound", "Channel", "Reservoir",
        "Dam", "Reef", "Springs", "Hills", "Ridge", "Point",
        // An area named after a town is a region around it ("the Bay Area" is not Bay, Arkansas). A county keeps its town:
        // the dateline of an Orange County or Riverside County story is the town the county is named after, as before.
        "Area",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Harbours known to lie away from the town whose name they carry. Our own list.</summary>
    private static readonly FrozenSet<string> FeaturesApart = new[]
    {
        "Pearl Harbor", "Pearl Harbour",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Quoted words: a place a speaker names ("the best years in America's history") is not where the event happened.</summary>
    [GeneratedRegex(@"[""\u201c][^""\u201c\u201d]{0,400}[""\u201d]", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    /// <summary>The event's date as <paramref name="words"/>' language writes it; "" when neither published times nor the texts give one.</summary>
    public static string Date(IReadOnlyList<Article> articles, StoryWords words)
    {
        if (PublishedDay(articles) is { } median)
        {
            return words.FormatDate(median);
        }

        foreach (var article in articles)
        {
            if (words.Language is "fr" or "de")
            {
                if (WrittenDates.FirstFull(article.Text, words.Language) is { } day)
                {
                    return words.FormatDate(day);
                }

                continue;
            }

            var m = WrittenDate().Match(article.Text);
            if (m.Success)
            {
                var month = Array.IndexOf(MonthNames, m.Groups["month"].Value.ToLowerInvariant()) + 1;
                var day = int.Parse(m.Groups["day"].Value);
                var year = int.Parse(m.Groups["year"].Value);
                if (day <= DateTime.DaysInMonth(year, month))
                {
                    return words.FormatDate(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));
                }
            }
        }

        return "";
    }

    /// <summary>The median of the articles' published times (UTC), as a day; null when none has one.</summary>
    public static DateTime? PublishedDay(IReadOnlyList<Article> articles)
    {
        var published = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.UtcDateTime).Order().ToList();
        return published.Count > 0 ? published[(published.Count - 1) / 2].Date : null;
    }

    /// <summary>A date in AP style ("Nov. 17, 2026"), the English dateline's.</summary>
    public static string ApDate(DateTime date) => StoryWords.English.FormatDate(date);
}
