using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Web;

/// <summary>
/// A deterministic set of realistic published stories for the site's tests, the bench host and
/// trying the site without a pipeline. The events are invented; the outlets are example.org hosts.
/// </summary>
internal static class SampleStories
{
    private sealed record Event(
        string Headline, string Place, string Lede, string[] Topics, string[] Entities, double Significance, bool Breaking,
        (string Outlet, string Title)[] Sources, (string Heading, string[] Paragraph, string[] Bullets)[] Sections, (string Label, string Value)[] Facts);

    private static readonly Event[] Events =
    [
        new("Central bank holds rates at 4.25% as inflation cools to 2.6%", "LONDON",
            "The Bank of England held its main interest rate at 4.25% on Thursday after inflation eased to 2.6% in October, its lowest level in three years.",
            ["Business", "Politics"], ["Bank of England", "Andrew Bailey", "Monetary Policy Committee"], 8.5, true,
            [("Example Wire", "Bank of England keeps rates on hold"), ("The Daily Ledger", "Rates unchanged as inflation slows"), ("City Post", "MPC votes 7-2 to hold"), ("Market Watcher", "Pound slips after rate decision")],
            [("The decision", ["The Monetary Policy Committee voted 7-2 to keep the rate unchanged.", "Two members voted for a cut of a quarter point."], ["Governor Andrew Bailey said the committee needed more evidence that price pressures were fading.", "The two dissenting members said weak hiring justified an earlier cut."]),
             ("Market reaction", ["The pound fell 0.4% against the dollar within an hour of the announcement.", "Two-year gilt yields dropped to 3.9%."], []),
             ("What comes next", ["The committee meets again on 18 December.", "Economists polled by the outlets expect a first cut early next year."], [])],
            [("Bank rate", "4.25%"), ("Vote", "7-2 to hold"), ("October inflation", "2.6%"), ("Next meeting", "18 December")]),
        new("Magnitude 6.4 earthquake strikes off northern coast; no tsunami warning", "WELLINGTON",
            "A magnitude 6.4 earthquake struck off the northern coast early on Wednesday, shaking buildings across the region, and officials said no tsunami warning was issued.",
            ["Science"], ["GeoNet", "Civil Defence"], 9.1, true,
            [("Example Wire", "Strong quake shakes northern coast"), ("Pacific Herald", "6.4 quake: no tsunami threat, officials say"), ("Science Today", "Why the northern fault keeps moving")],
            [("The quake", ["The earthquake hit at 4:12 a.m. local time at a depth of 33 kilometres.", "More than 20,000 people reported feeling it."], ["Civil Defence said there were no reports of serious injuries.", "GeoNet recorded more than 40 aftershocks in the first three hours."]),
             ("What comes next", ["Engineers will inspect bridges on the coastal highway on Thursday."], [])],
            [("Magnitude", "6.4"), ("Depth", "33 km"), ("Time", "4:12 a.m. local"), ("Aftershocks", "More than 40")]),
        new("Chipmaker unveils 2-nanometre processor, shares rise 5%", "SAN JOSE",
            "A leading chipmaker unveiled its first 2-nanometre processor on Tuesday, saying it uses 30% less power than its predecessor; its shares rose 5%.",
            ["Technology", "Business"], ["Silicon Foundry Corp", "Maria Chen"], 6.2, false,
            [("Tech Ledger", "First 2nm chip arrives"), ("Example Wire", "Chipmaker shares jump on new processor"), ("Gadget Review", "Hands-on with the new 2nm silicon")],
            [("The chip", ["The processor will ship in laptops from March.", "It packs 40 billion transistors."], ["Chief executive Maria Chen called it the company's biggest leap in a decade."]),
             ("Investors", ["Shares closed up 5% at $212."], [])],
            [("Process", "2 nm"), ("Power saving", "30%"), ("Ships", "March"), ("Share move", "+5%")]),
        new("Heatwave pushes European power prices to record as rivers run low", "PARIS",
            "Electricity prices in France and Germany hit records on Monday as a late heatwave lowered rivers used to cool power stations.",
            ["Climate & environment", "Business"], ["EDF", "European Commission"], 7.4, false,
            [("Example Wire", "Power prices hit record in heatwave"), ("Energy Daily", "Low rivers force reactor cuts"), ("Continental Times", "Heat strains Europe's grid"), ("Climate Desk", "Warm autumns are becoming the norm")],
            [("Prices", ["Day-ahead power in France rose to 610 euros per megawatt hour.", "German prices reached 580 euros."], []),
             ("Reactors", ["EDF cut output at four reactors on the Rhône to protect river life."], ["The European Commission said it was monitoring supply.", "Grid operators asked industry to shift demand to the night."])],
            [("France day-ahead", "€610/MWh"), ("Germany day-ahead", "€580/MWh"), ("Reactors cut", "4")]),
        new("Health agency approves first nasal vaccine for seasonal flu in adults", "GENEVA",
            "Regulators approved a nasal spray flu vaccine for adults on Friday after trials showed it cut infections by 58%.",
            ["Health", "Science"], ["World Health Organization", "Nordvax"], 5.8, false,
            [("Health Report", "Nasal flu vaccine approved"), ("Example Wire", "Regulators clear needle-free flu shot"), ("Medical Letter", "Trial data: 58% fewer infections")],
            [("The vaccine", ["The spray is given as two doses a month apart.", "Nordvax said it would supply 20 million doses this winter."], ["The World Health Organization called needle-free vaccines a priority."])],
            [("Efficacy", "58%"), ("Doses", "Two, a month apart"), ("Supply this winter", "20 million")]),
        new("Parliament passes data protection bill after 14-hour debate", "BRUSSELS",
            "Lawmakers passed a data protection bill early on Thursday after a 14-hour debate, by 402 votes to 198.",
            ["Politics", "Technology"], ["European Parliament", "European Commission"], 6.7, false,
            [("Continental Times", "Data bill passes"), ("Example Wire", "Parliament approves data rules"), ("Tech Ledger", "What the new data rules mean for apps")],
            [("The vote", ["The bill passed by 402 votes to 198 with 31 abstentions."], ["Supporters said it closes loopholes used by data brokers.", "Opponents said it would burden small firms."]),
             ("What comes next", ["Member states must approve the text before it takes effect in 2028."], [])],
            [("For", "402"), ("Against", "198"), ("In force", "2028")]),
        new("Underdogs reach cup final with stoppage-time winner", "MANCHESTER",
            "A stoppage-time header sent the second-tier side into the cup final on Sunday, beating the league leaders 2-1.",
            ["Sport"], ["Northbridge FC", "City Athletic"], 4.9, false,
            [("Sports Page", "Late header stuns leaders"), ("Example Wire", "Northbridge reach final"), ("Matchday", "Ratings: Northbridge 2-1 City Athletic")],
            [("The match", ["Northbridge FC scored in the 94th minute.", "City Athletic had led at half-time."], ["The Northbridge manager said the players had earned it."])],
            [("Score", "2-1"), ("Winning goal", "94th minute")]),
        new("Mission sends back first images from ice moon's south pole", "PASADENA",
            "A space probe sent back the first close images of an ice moon's south pole on Saturday, showing plumes rising 200 kilometres.",
            ["Science"], ["NASA", "Europa Explorer"], 5.5, false,
            [("Science Today", "First images of the ice moon's pole"), ("Example Wire", "Probe photographs plumes"), ("Space Notes", "Plumes reach 200 km")],
            [("The images", ["The probe passed 50 kilometres above the surface.", "Scientists said the plumes suggest an ocean beneath the ice."], ["NASA said more passes are planned next year."])],
            [("Closest pass", "50 km"), ("Plume height", "200 km")]),
    ];

    /// <summary>
    /// <paramref name="count"/> stories: the sample events, repeated with later dates when more are
    /// asked for, timed back from <paramref name="now"/> so the front page ranks them.
    /// </summary>
    public static IReadOnlyList<PublishedStory> Create(int count, DateTimeOffset now)
    {
        var stories = new List<PublishedStory>(count);
        for (var i = 0; i < count; i++)
        {
            var e = Events[i % Events.Length];
            var round = i / Events.Length;
            var published = now.AddHours(-(i * 1.5) - 1);
            var updated = published.AddMinutes(40);
            var headline = round == 0 ? e.Headline : e.Headline + " (" + (round + 1).ToString(CultureInfo.InvariantCulture) + ")";
            var id = "story-" + (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            var sources = e.Sources.Select((s, n) => new StorySource(
                $"{id}-a{n + 1}", s.Outlet, s.Title,
                $"https://{Slug.ForTerm(s.Outlet)}.example.org/{published:yyyy/MM/dd}/{Slug.ForTerm(s.Title)}",
                published.AddMinutes(-30 + (n * 7)))).ToList();
            var cite = (int n) => new[] { sources[n % sources.Count].Id };
            var sentenceIndex = 0;
            var sections = e.Sections.Select(s => new StorySection(
                s.Heading,
                [s.Paragraph.Select(t => new CitedSentence(t, cite(sentenceIndex++))).ToList()],
                s.Bullets.Select(t => new CitedSentence(t, cite(sentenceIndex++))).ToList())).ToList();
            var facts = e.Facts.Select((f, n) => new StoryFact(f.Label, f.Value, cite(n))).ToList();
            var content = new Story(headline, $"{e.Place}, {published:d MMMM yyyy}", e.Lede, [sources[0].Id, sources[1].Id], sections, facts, sources);
            var sentences = 1 + sections.Sum(s => s.Paragraphs.Sum(p => p.Count) + s.Bullets.Count);
            var revisions = new List<StoryRevision>
            {
                new(1, published, "First published from " + sources.Count.ToString(CultureInfo.InvariantCulture) + " sources."),
                new(2, updated, "Added reporting from " + sources[^1].Source + "."),
            };
            stories.Add(new PublishedStory(
                id, Slug.ForStory(e.Headline, published) + (round == 0 ? "" : "-" + (round + 1).ToString(CultureInfo.InvariantCulture)), content, published, updated,
                e.Significance, e.Breaking && round == 0, e.Topics, e.Entities, sources.Select(s => s.Source).Distinct().Count(),
                new VerificationSummary(sentences, sentences, 0), revisions));
        }

        return stories;
    }

    /// <summary>A few sources in different states of health, for the admin area.</summary>
    public static IReadOnlyList<SourceHealth> Sources(DateTimeOffset now) =>
    [
        new("example-wire", "Example Wire", "https://example-wire.example.org/rss.xml", now.AddMinutes(-2), now.AddMinutes(-2), 0, null, 48),
        new("daily-ledger", "The Daily Ledger", "https://the-daily-ledger.example.org/feed.atom", now.AddMinutes(-5), now.AddHours(-1), 2, "HTTP 503 from origin", 12),
        new("city-post", "City Post", "https://city-post.example.org/feed.json", now.AddMinutes(-9), now.AddDays(-2), 7, "timed out after 10 s", 0),
        new("new-source", "Science Today", "https://science-today.example.org/rss", null, null, 0, null, 0),
    ];

    /// <summary>A catalog holding <paramref name="count"/> sample stories and the sample sources.</summary>
    public static InMemoryStoryCatalog Catalog(int count, TimeProvider time)
    {
        var catalog = new InMemoryStoryCatalog(time);
        foreach (var story in Create(count, time.GetUtcNow()))
        {
            catalog.Publish(story);
        }

        catalog.SetSources(Sources(time.GetUtcNow()));
        return catalog;
    }
}
