using Newsdesk.Articles;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Writing.Tests;

public class ExtractiveWriterTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    private static Task<Story> Write(IReadOnlyList<Article> articles, int words = 400) =>
        new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = words }).WriteAsync(articles, CancellationToken.None);

    private static List<CitedSentence> AllSentences(Story story) =>
        story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)).ToList();

    [Fact]
    public async Task Storm_story_has_every_part_of_a_news_story()
    {
        var articles = StoryFixtures.Storm();
        var story = await Write(articles);

        Assert.Equal("GENEVA, Nov. 24, 2026", story.Dateline);
        Assert.Contains("Geneva", story.Lede);
        Assert.NotEmpty(story.LedeCites);
        Assert.InRange(story.Sections.Count, 2, 5);
        Assert.Equal("What comes next", story.Sections[^1].Heading);
        Assert.All(story.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Heading)));
        Assert.Contains(story.Sections, s => s.Bullets.Any(b => b.Text.Contains("Kitsos", StringComparison.Ordinal)));
        Assert.Contains(story.Facts, f => f.Value.Contains("4,000", StringComparison.Ordinal) && f.Cites.Count == 3);
        Assert.Equal(["reuters-1", "ap-1", "swissinfo-1"], story.Sources.Select(s => s.Id));
        Assert.Equal("Reuters", story.Sources[0].Source);
    }

    /// <summary>Real feeds (May 2020): feed items of a headline alone were published with that headline again as the lede, pointing at nothing.</summary>
    [Theory]
    [InlineData("This is how hotels will change after Covid-19")]
    [InlineData("'She was very tiny': The 1.2kg lockdown miracle baby")]
    [InlineData("\"Can I get a mortgage if I'm only on 80% pay?\"")] // real feeds 10 May: a question asks, a lede tells
    [InlineData("Coronavirus: Will we ever shake hands again?")]
    public async Task A_headline_that_does_not_stand_alone_is_no_lede(string title)
    {
        var story = await Write([StoryFixtures.Article("a1", "Outlet", title, "", Monday)]);

        Assert.Equal("", story.Lede);
        Assert.Empty(story.LedeCites);
        Assert.False(string.IsNullOrWhiteSpace(story.Headline));
        Assert.Single(story.Sources);
        var markdown = Newsdesk.Writing.Rendering.StoryMarkdown.Render(story);
        Assert.DoesNotContain("\u2014", markdown.Split('\n')[2], StringComparison.Ordinal);
        Assert.DoesNotContain(StoryLint.Check(story, [StoryFixtures.Article("a1", "Outlet", title, "", Monday)]), f => f.Kind is LintKind.DanglingPronoun or LintKind.TeaserSentence);
    }

    /// <summary>A feed item of a teaser headline alone ("Here are eight things that have helped us cope") reports nothing: a teaser is never the headline, so the story is not written.</summary>
    [Theory]
    [InlineData("Here are eight things that have helped us cope")]
    [InlineData("A Timeline of the George Floyd Protests")]
    public async Task A_teaser_headline_alone_is_not_written(string title)
    {
        var story = await Write([StoryFixtures.Article("a1", "Outlet", title, "", Monday)]);

        Assert.Equal("", story.Headline);
        Assert.True(StoryLint.NotWritten(story));
    }

    [Fact]
    public async Task A_headline_that_reads_as_a_sentence_is_the_lede_of_a_story_of_headlines()
    {
        var story = await Write([StoryFixtures.Article("a1", "Outlet", "Storm floods Geneva's old town as river bursts its banks", "", Monday)]);

        Assert.Equal("Storm floods Geneva's old town as river bursts its banks.", story.Lede);
        Assert.NotEmpty(story.LedeCites);
    }

    [Fact]
    public async Task Developing_wire_story_reads_as_news()
    {
        // 17 articles from six outlets over three days (the demo's derailment); the wire's datelines
        // carry a date ("PORT CALDER, Nov 16 (MPA) -"); one tabloid reports 14 injured, the rest 12.
        var articles = StoryFixtures.Load("derailment.json");
        var story = await Write(articles);
        var sentences = ExtractiveWriter.Sentences(story).ToList();

        // As the pipeline publishes it: every sentence, the disputes section's too, passes the verifier.
        var verifier = new Newsdesk.Verification.Verifier();
        var prepared = verifier.Prepare(articles);
        Assert.All(AllSentences(story), s => Assert.True(verifier.Check(s.Text, s.Cites, prepared).Supported, "unsupported: " + s.Text));

        Assert.Equal("PORT CALDER, Nov. 16, 2026", story.Dateline);
        Assert.All(sentences, s => Assert.DoesNotMatch(@"^[A-Z]{3,}[A-Z ]*, \w+\.? \d+ \(", s));
        Assert.InRange(sentences.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), 250, 600);
        Assert.InRange(story.Sections.Count, 2, 5);
        Assert.All(story.Sections, s => Assert.DoesNotContain(": ", s.Heading, StringComparison.Ordinal));
        var dispute = Assert.Single(story.Sections, s => s.Heading == "Reports differ on the number injured");
        Assert.Contains("Buzzline reported 14", dispute.Paragraphs[0][0].Text, StringComparison.Ordinal);
        Assert.Contains(dispute.Bullets, b => b.Text.Contains("14 people", StringComparison.Ordinal));
        Assert.Contains(dispute.Bullets, b => b.Text.Contains("injured 12", StringComparison.Ordinal) || b.Text.Contains("12 people", StringComparison.Ordinal)
            || b.Text.StartsWith("Twelve people", StringComparison.Ordinal));
        Assert.DoesNotContain(story.Facts, f => f.Value is "58" or "12" or "14");
        Assert.All(AllSentences(story), s => Assert.NotEmpty(s.Cites));
    }

    [Theory]
    [InlineData("derailment.json")]
    [InlineData("storm.json")]
    public async Task A_section_opens_with_the_sentence_its_subhead_comes_from(string fixture)
    {
        var story = await Write(StoryFixtures.Load(fixture));
        var body = story.Sections.Where(s => s.Paragraphs.Count > 0 && s.Heading != "What comes next"
            && !s.Heading.StartsWith("Reports differ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, s => Assert.Equal(s.Heading, Newsdesk.Writing.Extractive.SubheadClause.Of(s.Paragraphs[0][0].Text)));
    }

    [Theory]
    [InlineData("Storm Orla: amber wind warning for the coast on Wednesday", true)]   // published on a Tuesday
    [InlineData("Weather office issues red warning as Storm Orla nears coast", true)]
    [InlineData("Software firm Brightloop to cut 600 jobs", true)]
    [InlineData("Storm Orla heads for Port Calder", true)]
    [InlineData("Hero student smashed window to free trapped train passengers", false)]
    [InlineData("Commuter train derails on river bridge near Port Calder", false)]
    [InlineData("Storm Orla: 8,000 homes without power as 94mph gust recorded", false)]
    [InlineData("Council approved the budget on Monday", false)]
    public void Headlines_that_look_ahead_are_recognised(string title, bool looksAhead)
    {
        var tuesday = new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(looksAhead, Newsdesk.Writing.Extractive.Headline.LooksAhead(new Article("a", "https://a.example/", "Outlet", title, "", tuesday)));
    }

    [Fact]
    public async Task A_forecast_overtaken_by_newer_reports_is_left_out()
    {
        var tuesday = new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero);
        const string Before =
            "Storm Orla is expected to bring gusts of 80 mph to the coast around Port Calder. " +
            "The storm will reach Port Calder at dawn on Wednesday, the weather office said. " +
            "Ferry sailings from Port Calder have been cancelled and the council is handing out sandbags to residents.";
        const string After =
            "Storm Orla left 8,000 homes around Port Calder without power after a gust of 94 mph was recorded on the coast. " +
            "The harbour wall at Port Calder was damaged and ferry sailings remain cancelled, the council said. " +
            "Engineers expect to restore power to most homes around Port Calder by the evening, the power company said.";
        var early = new Article("a1", "https://a.example/1", "Harbour Gazette", "Storm Orla heads for Port Calder", Before, tuesday);
        var same = new Article("b1", "https://b.example/1", "Coast Daily", "Storm Orla nears Port Calder", Before, tuesday.AddHours(2));
        var late = new Article("c1", "https://c.example/1", "Northmark", "Storm Orla: 8,000 homes without power", After, tuesday.AddHours(23));

        var story = await Write([early, same, late]);
        Assert.Equal("Storm Orla: 8,000 homes without power", story.Headline);   // not "heads for" a day after it hit
        var overtaken = ExtractiveWriter.Sentences(story).ToList();
        Assert.DoesNotContain(overtaken, s => s.Contains("will reach Port Calder at dawn", StringComparison.Ordinal));
        Assert.Contains(overtaken, s => s.Contains("8,000 homes", StringComparison.Ordinal));

        // Before the storm, the same forecast is what comes next.
        var before = await Write([early, same]);
        Assert.Contains("Port Calder", before.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("8,000", before.Headline, StringComparison.Ordinal);
        var current = ExtractiveWriter.Sentences(before).ToList();
        Assert.Contains(current, s => s.Contains("will reach Port Calder at dawn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_story_over_several_days_the_newer_reports_come_first_in_a_section()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
        const string First =
            "The harbour board voted on Monday to extend the eastern quay at Port Calder by 120 metres. " +
            "Board chair Ellen Marsh said the longer quay at Port Calder would let larger container ships berth. " +
            "The harbour board said the quay extension at Port Calder would be paid for from port fees.";
        const string Second =
            "Dock workers at Port Calder said the harbour board's quay extension would need 40 more crane drivers. " +
            "Port Calder's dock workers' union asked the harbour board for talks about the quay extension. " +
            "The quay extension at Port Calder drew objections from residents near the harbour board's offices.";
        var day1 = new Article("d1", "https://a.example/1", "Harbour Gazette", "Harbour board votes to extend quay", First, monday);
        var day2 = new Article("d2", "https://b.example/2", "Coast Daily", "Dock workers seek talks on quay extension", Second, monday.AddDays(1));

        var story = await Write([day1, day2]);
        foreach (var section in story.Sections.Where(s => s.Paragraphs.Count > 0))
        {
            var order = section.Paragraphs.SelectMany(p => p).Skip(1)
                .Select(c => c.Cites.SequenceEqual(["d2"]) ? 2 : c.Cites.SequenceEqual(["d1"]) ? 1 : 0).Where(d => d > 0).ToList();
            Assert.Equal(order.OrderByDescending(d => d), order);
        }
    }

    [Fact]
    public async Task A_paragraph_that_names_its_subject_once_is_taken_whole()
    {
        // Multi-News c053's shape: the subject named once, then "She" and "her" twice. Before, a
        // sentence could lean only on a self-contained one, so the third was never used.
        const string First =
            "A 7-year-old girl was killed by a stray bullet at a candy stand in front of her home in Chicago on Wednesday night, police said. " +
            "Heaven Sutton was selling candy with her mother when someone down the street opened fire on a group of young men. " +
            "She ran toward her home when the bullet struck her in the back. " +
            "She had just had her hair done for a family trip to Disney World, a reward for good grades.";
        const string Second =
            "A girl of 7 selling candy in front of her home in Chicago was killed by a stray bullet on Wednesday night, police said. " +
            "Police said the gunman was aiming at a group of young men near the candy stand on the west side of Chicago.";
        var story = await Write([StoryFixtures.Article("a", "Tribune", "Girl, 7, killed at candy stand", First, Monday), StoryFixtures.Article("b", "ABC", "Stray bullet kills girl", Second, Monday)]);

        var paragraph = Assert.Single(story.Sections.SelectMany(s => s.Paragraphs), p => p.Any(c => c.Text.StartsWith("She had just had her hair done", StringComparison.Ordinal)));
        var at = paragraph.ToList().FindIndex(c => c.Text.StartsWith("She had just had her hair done", StringComparison.Ordinal));
        Assert.True(at > 1, "the chain's last sentence follows the two it leans on");
        Assert.StartsWith("She ran toward her home", paragraph[at - 1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Heaven Sutton was selling candy", paragraph[at - 2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_reports_of_three_events_make_a_story_of_one()
    {
        // Multi-News c122's shape: no article agrees with another. Before, the story interleaved all three.
        const string Daycare =
            "A 3-year-old boy died after he was given a grilled cheese sandwich at a Harlem daycare despite a documented dairy allergy. " +
            "A spokesman for the Fire Department said that no ambulances were called to the pre-K center on Friday. " +
            "Ruben Porras, a cousin of the boy's father, said the school called the boy's mother instead of an ambulance. " +
            "The city health department closed the center and is investigating whether it had an EpiPen on site. " +
            "The family has started a fundraiser to pay for a second autopsy and the funeral.";
        const string Court =
            "A 33-year-old Denver woman faces sexual assault charges after allegedly having two children with a teenage boy she met in a park. " +
            "Alicia Hernandez met the boy at Garfield Park in 2011 or 2012, according to the district attorney's office.";
        const string Vatican =
            "Pope Francis met representatives of the Conference of European Rabbis at the Vatican on Thursday. " +
            "The pope told the rabbis that dialogue between Catholics and Jews had borne fruit over fifty years.";
        var story = await Write([
            StoryFixtures.Article("care", "Times", "", Daycare, Monday),
            StoryFixtures.Article("court", "Denver7", "", Court, Monday),
            StoryFixtures.Article("pope", "AP", "", Vatican, Monday)]);

        Assert.Equal(["care"], story.Sources.Select(s => s.Id));
        Assert.DoesNotContain(ExtractiveWriter.Sentences(story), s => s.Contains("Hernandez", StringComparison.Ordinal) || s.Contains("rabbis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_sentence_cites_all_the_articles_that_carry_it()
    {
        var story = await Write(StoryFixtures.Storm());
        var all = AllSentences(story);
        Assert.All(all, s => Assert.NotEmpty(s.Cites));
        var army = Assert.Single(all, s => s.Text.StartsWith("The Swiss army will send 300 soldiers", StringComparison.Ordinal));
        Assert.Equal(["reuters-1", "swissinfo-1"], army.Cites);
        Assert.Equal(["reuters-1", "ap-1", "swissinfo-1"], story.LedeCites);
    }

    [Fact]
    public async Task Disputed_death_toll_is_reported_outlet_by_outlet()
    {
        var story = await Write(StoryFixtures.Storm());
        var fact = Assert.Single(story.Facts, f => f.Label.StartsWith("Deaths", StringComparison.Ordinal));
        Assert.Equal("Reuters: 12; AP: 14", fact.Value);
        Assert.Contains(AllSentences(story), s => s.Text == "Reports differ on the number killed: Reuters reported 12; AP reported 14.");
        Assert.DoesNotContain("12", story.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("14", story.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Furniture_and_dangling_sentences_never_appear()
    {
        var story = await Write(StoryFixtures.Storm());
        var text = string.Join('\n', ExtractiveWriter.Sentences(story));
        Assert.DoesNotContain("Read more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Anna Keller", text, StringComparison.Ordinal);
        Assert.All(ExtractiveWriter.Sentences(story), s => Assert.False(s.StartsWith("However", StringComparison.Ordinal) && !text.Contains("century,\" Mayor Christina Kitsos told reporters. However", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Story_keeps_to_its_length()
    {
        var storm = StoryFixtures.Storm();
        var many = Enumerable.Range(0, 6).SelectMany(i => storm.Select(a => a with { Id = $"{a.Id}-{i}", Text = a.Text + "\n\n" + Filler(i) })).ToList();
        var story = await Write(many, words: 250);
        var words = ExtractiveWriter.Sentences(story).Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 150, 250 + SentenceFilters.MaxWords);
    }

    public sealed record BadInput(string Name, Func<IReadOnlyList<Article>> Articles, Action<Story> Expect)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<BadInput> BadInputs => new()
    {
        new("no articles", () => [], s => Assert.Empty(s.Sections)),
        new("one article", () => [StoryFixtures.Storm()[0]], s =>
        {
            Assert.NotEmpty(s.Lede);
            Assert.All(s.Sections.SelectMany(x => x.Paragraphs.SelectMany(p => p)), c => Assert.Equal(["reuters-1"], c.Cites));
        }),
        new("headlines only", () => StoryFixtures.Storm().Select(a => a with { Text = "" }).ToList(), s =>
        {
            Assert.NotEmpty(s.Headline);
            Assert.NotEmpty(s.Lede);
            Assert.Equal("Nov. 24, 2026", s.Dateline);
        }),
        new("500 articles", () => Enumerable.Range(0, 500).Select(i => StoryFixtures.Article($"a{i}", $"Outlet {i % 40}", $"Storm hits Geneva {i}", StoryFixtures.Storm()[i % 3].Text, Monday)).ToList(), s =>
        {
            Assert.NotEmpty(s.Lede);
            Assert.InRange(s.Sources.Count, 1, 500);
        }),
        new("whitespace and one-word texts", () => [StoryFixtures.Article("x", "X", "", " \n\n ", null), StoryFixtures.Article("y", "Y", "Hi", "Hello.", null)], s => Assert.NotNull(s.Lede)),
        new("no published times: the date comes from the text", () =>
        [
            StoryFixtures.Article("a", "A", "Quake hits town", "A strong earthquake struck the town of Perugia on August 24, 2016, and damaged the old basilica badly.", null),
            StoryFixtures.Article("b", "B", "Quake in Perugia", "A strong earthquake struck the town of Perugia and damaged the old basilica badly, officials said on Wednesday.", null),
        ], s => Assert.Equal("PERUGIA, Aug. 24, 2016", s.Dateline)),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_handled_without_a_crash(BadInput input)
    {
        var story = await Write(input.Articles());
        input.Expect(story);
    }

    [Fact]
    public async Task Five_hundred_articles_read_a_bounded_number_of_sentences()
    {
        var options = new ExtractiveWriterOptions();
        var articles = Enumerable.Range(0, 500).Select(i => StoryFixtures.Article($"a{i}", "O", "T", StoryFixtures.Storm()[i % 3].Text, Monday)).ToList();
        var corpus = StoryCorpus.Build(articles, options);
        Assert.InRange(corpus.Sentences.Count, 1, options.MaxSentences);
        var story = await Write(articles);
        Assert.NotEmpty(story.Sections);
    }

    [Fact]
    public async Task Writes_from_the_dominant_language()
    {
        var storm = StoryFixtures.Storm();
        var french = StoryFixtures.Article("fr-1", "Le Temps", "Tempête à Genève", "Une violente tempête a inondé une grande partie de la ville de Genève lundi, et les secours sont sur place depuis le matin. Le Rhône est sorti de son lit près du pont de la Machine, selon les autorités de la ville.", Monday);
        var story = await Write([french, .. storm]);
        Assert.DoesNotContain(ExtractiveWriter.Sentences(story), s => s.Contains("Rhône", StringComparison.Ordinal));
        Assert.DoesNotContain(story.Sources, s => s.Id == "fr-1");
    }

    [Fact]
    public async Task Feed_summaries_whose_headlines_agree_are_the_story_not_the_longest_odd_one()
    {
        // Real feeds, 5 May 2020: two one-line summaries of Judi Dench's Vogue cover share almost no
        // words of text; the longest summary is Vogue's Forces for Change. The story was Sofia of
        // Sweden's, and the lint called it another event than the cluster's.
        var articles = new List<Article>
        {
            StoryFixtures.Article("bbc-1", "BBC", "Dame Judi Dench becomes British Vogue's oldest cover star at 85", "The Oscar-winner says she hopes \"a great deal of kindness comes out of this\" current global crisis.", Monday),
            StoryFixtures.Article("cnn-1", "CNN", "Judi Dench, 85, becomes British Vogue's oldest cover star", "Oscar-winning actor Judi Dench has become the oldest person ever to feature on the cover of British Vogue at the age of 85.", Monday.AddMinutes(5)),
            StoryFixtures.Article("dm-1", "Daily Mail", "Sofia of Sweden and doctor leading coronavirus vaccine race are amoung Vogue's Forces for Change", "Princess Sofia of Sweden, 35, and Professor Sarah Gilbert, 58, have been named as Vogue's latest Forces for Change after Meghan Markle, 38, introduced the principle in the September issue.", Monday.AddMinutes(10)),
        };
        var story = await Write(articles);
        Assert.Contains("Judi Dench", story.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain(ExtractiveWriter.Sentences(story), s => s.Contains("Sofia", StringComparison.Ordinal));
        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind == LintKind.OffTopicSentence);
    }

    [Fact]
    public async Task One_line_summaries_that_agree_are_the_story_not_the_one_longer_item_that_agrees_with_none()
    {
        // Real feeds, 30 May 2020: the month's largest story (89 reports of the George Floyd protests,
        // feed summaries of one sentence each) was written from its only two-sentence item, Jamie Foxx
        // joining the protesters, and every other report was left out as another event.
        string[][] summaries =
        [
            ["Protests over George Floyd's death spread across the US", "Protesters marched in cities across the US on Friday over the death of George Floyd in police custody."],
            ["Curfews ordered as protests over Floyd's death grow", "Several US cities ordered curfews on Saturday as protests over the death of George Floyd grew."],
            ["National Guard deployed as protests spread", "The National Guard was deployed in Minneapolis as protests spread to other cities."],
            ["Atlanta protesters clash with police", "Protesters clashed with police in Atlanta on Friday night as anger spread."],
            ["Police station set on fire in Minneapolis", "Demonstrators set fire to a police station in Minneapolis on Thursday night."],
            ["Los Angeles protesters block freeway", "Hundreds of protesters blocked a freeway in downtown Los Angeles over the killing of George Floyd."],
            ["Ex-officer charged with murder", "The former officer who knelt on George Floyd's neck was charged with third-degree murder."],
            ["Trump blames radical left for violence", "President Trump blamed the radical left for violence at protests across the country."],
            ["Unrest spreads to New York", "Protesters and police clashed in New York as unrest over Floyd's death spread."],
        ];
        var articles = summaries.Select((s, i) => StoryFixtures.Article($"s-{i}", $"Outlet {i % 6}", s[0], s[1], Monday.AddMinutes(i))).ToList();
        articles.Add(StoryFixtures.Article("e-1", "E", "Jamie Foxx lends support to protesters", "Actor Jamie Foxx, 52, joined protesters in Minneapolis angry over the death of George Floyd. 'We are not afraid of the moment,' Foxx said on Friday.", Monday.AddMinutes(30)));
        var story = await Write(articles);
        Assert.DoesNotContain("Foxx", story.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("Foxx", story.Lede, StringComparison.Ordinal);
        Assert.DoesNotContain("e-1", story.LedeCites);
    }

    [Fact]
    public async Task A_headline_is_never_the_title_of_an_item_with_no_text_that_the_story_does_not_cite()
    {
        // Real feeds, 10-11 May 2020: 26 reports of Boris Johnson's lockdown address were headed
        // "Comedian's spoof of Boris Johnson speech goes viral", the title of a CNN video item with
        // no text, closer than any other title to what the reports say.
        const string Spoof = "Comedian's spoof of Boris Johnson speech goes viral";
        var articles = new List<Article>
        {
            StoryFixtures.Article("a", "A", "Relief for the fun police", "Boris Johnson set out a plan in a speech to ease the lockdown from Wednesday. People may sunbathe in parks and exercise as often as they want, Boris Johnson said in the speech.", Monday),
            StoryFixtures.Article("b", "B", "Prime Minister sets out road map", "In a televised speech Boris Johnson said people who cannot work from home should go back to work. The speech set out a plan to ease the lockdown in stages.", Monday.AddMinutes(5)),
            StoryFixtures.Article("c", "C", "Britain takes first steps", "Boris Johnson's speech on Sunday said schools may reopen from June 1. The lockdown will ease in stages, Boris Johnson said in his speech to the nation.", Monday.AddMinutes(10)),
            StoryFixtures.Article("v", "V", Spoof, "", Monday.AddMinutes(15)),
        };
        var story = await Write(articles);
        Assert.NotEqual(Spoof, story.Headline);
        Assert.DoesNotContain(story.Sources, s => s.Id == "v");
        Assert.Contains(story.Sources, s => story.Headline == s.Title);
    }

    [Fact]
    public async Task One_line_summaries_of_one_event_are_told_from_several_outlets_when_the_spine_is_one_line_too()
    {
        // Real feeds, 10-11 May 2020 (feed summaries as captured): Boris Johnson's lockdown address was
        // published as one sentence citing one source, CNN's two-line video item: every other one-line
        // summary shares too few words with that one line and was left out as another event.
        string[][] items =
        [
            ["bbc", "Coronavirus: Boris Johnson to launch Covid-19 alert system", "Boris Johnson is also expected to unveil a new message to \"stay alert, control the virus, save lives\"."],
            ["bbc", "Boris Johnson's lockdown speech: What to watch out for", "Boris Johnson's address from No 10 is expected to set out a \"roadmap\" for easing lockdown restrictions."],
            ["dailymail", "Boris Johnson will tell public to 'stay alert, control the virus and save lives'", "Boris Johnson is expected to drop the 'stay at home' slogan during a televised address to Britain on Sunday at 7pm in an effort to reopen parts of the economy damaged during the coronavirus crisis."],
            ["dailymail", "Campaigners demand Boris Johnson launches public inquiry into deaths in BAME communities", "In a letter to Mr Johnson on Sunday, campaigners said only an independent inquiry could get the 'critical' answers needed to explain the 'outsized effect' Covid-19 was having on BAME communities."],
            ["cnn", "Boris Johnson calls on UK to go back to work", "From Wednesday, people in the UK will be able to sunbathe in their local parks, exercise as much as they want and drive to other destinations, Prime Minister Boris Johnson announced Sunday, as he laid out his vision for gradually restarting the economy."],
            ["cnn", "Watch Boris Johnson ease up on some coronavirus restrictions", "UK Prime Minister Boris Johnson laid out his vision for gradually restarting the economy, calling on people across the United Kingdom to return to work if they cannot do so from home. CNN's Max Foster reports."],
            ["dailymail", "Relief for the fun police as Boris Johnson eases lockdown restrictions", "Addressing the nation this evening, the Prime Minister announced that from Wednesday Britons will be allowed sunbathe in parks, drive to other destinations and even play sports with their families."],
            ["dailymail", "UK's crucial coronavirus R rate could be JUST below one, Boris Johnson admits", "The Prime Minister made clear in his address to the UK tonight that how the nation moves forward to emerge from lockdown will hinge entirely on the R rate of the virus and keeping it below 1."],
            ["dailymail", "Piers Morgan says Boris Johnson's plans 'make no sense' as families still cannot reunite", "Piers Morgan led the anger against Boris Johnson this evening with Britons questioning why some lockdown restrictions were eased but not the ban on seeing family and friends."],
            ["dailymail", "Boris Johnson vows to 'reverse' coronvirus outbreak in care homes", "In his address to the nation this evening, the Prime Minister said there is 'much more work to be done' in tackling the 'awful epidemics' in both care homes and in the NHS."],
            ["dailymail", "Boris Johnson's speech in full: Prime Minister's lockdown address to the nation", "Boris Johnson tonight unveiled a road map from lockdown in a pre-recorded address to the nation from Downing Street. Here is his speech in full."],
            ["wsj", "Boris Johnson Unveils Plan to Ease U.K. Lockdown", "The British prime minister said the U.K. would take some small steps this week in easing the lockdown."],
            ["cnn", "Comedian's spoof of Boris Johnson speech goes viral", ""],
            ["dailymail", "Coronavirus UK: Over 27M watched Boris Johnson speech", "Boris Johnson's speech outlining his coronavirus lockdown exit plan attracted more than 27million viewers in Britain, making it the eighth most-watched TV event in British history."],
            ["dailymail", "Boris Johnson issues grim warning that scientists may NEVER find a coronavirus vaccine", "The Prime Minister said we may be living with the disease for a long time - despite the UK being at the forefront of efforts to defeat it."],
        ];
        var articles = items.Select((s, i) => StoryFixtures.Article($"j-{i}", s[0], s[1], s[2], Monday.AddMinutes(i * 20))).ToList();
        var story = await Write(articles);
        Assert.True(story.Sources.Select(s => s.Source).Distinct().Count() >= 3, string.Join(" | ", story.Sources.Select(s => s.Title)));
        Assert.True(ExtractiveWriter.Sentences(story).Count() >= 4, string.Join(" | ", ExtractiveWriter.Sentences(story)));
        Assert.DoesNotContain("Comedian", story.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dateline_is_the_event_date_not_today()
    {
        var articles = StoryFixtures.Storm().Select((a, i) => a with { Published = new DateTimeOffset(2019, 3, 1 + i, 12, 0, 0, TimeSpan.Zero) }).ToList();
        var story = await Write(articles);
        Assert.Equal("GENEVA, March 2, 2019", story.Dateline);
    }

    private static string Filler(int i) =>
        $"Volunteers in district {i + 1} filled sandbags through the night near the lake shore while police closed roads.\n\nShops in district {i + 1} stayed shut as crews pumped water from basements across the old town.";
}
