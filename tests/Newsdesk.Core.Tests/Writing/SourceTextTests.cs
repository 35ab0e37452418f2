using Newsdesk.Articles;
using Newsdesk.Writing.Evaluation;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Tests;

/// <summary>What the writer does with real scraped text (issue #15): crawl notices and widgets, run-together and cut sentences, quotations that run on, paraphrases, two unrelated articles.</summary>
public class SourceTextTests
{
    public sealed record Case(string Name, string Text, bool Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> FurnitureCases => new()
    {
        new("a web archive's crawl notice", "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.", true),
        new("the archive's link notice", "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.", true),
        new("a tweet widget", "You always have the option to delete your Tweet location history.", true),
        new("a video player's error", "The interactive transcript could not be loaded.", true),
        new("regression: a correction notice", "Updated at 9:23 a.m. to correct the name of the driver.", true),
        new("a report of a correction is not furniture", "The agency corrected its figures on Tuesday to include deaths in care homes.", false),
        new("reporting about an archive is not furniture", "The Internet Archive said it had stored 20 years of the paper's pages.", false),
        new("regression real feeds 27 May 2020: the health service's advice as a lede", "If you suspect you or a family member has coronavirus you should contact (not visit) your GP, local hospital or 13HEALTH.", true),
        new("the same advice, the New South Wales form", "If you suspect you or a family member has coronavirus you should call (not visit) your GP or ring the national Coronavirus Health Information Hotline on 1800 020 080.", true),
        new("regression Multi-News c047: a BBC caption label run into its caption", "Image caption Paul Conroy was smuggled across the border into Lebanon and is said to be in good spirits.", true),
        new("an image's caption in reporting is not furniture", "The image caption named the wrong photographer, the agency said.", false),
                new("reporting that advice was given is not furniture", "Queensland Health told residents to contact their GP if they develop symptoms after visiting Blackwater.", false),
        new("regression real feeds 13 May 2020: a photograph's caption", "Pictured are a couple browsing azaleas in Horsham, West Sussex.", true),
        new("a caption with its label", "Pictured: Sunbathers in Greenwich Park, London yesterday.", true),
        new("a caption placed by its position", "Above: Crowds queue outside a garden centre in Horsham.", true),
        new("reporting that someone was photographed is not furniture", "Premier League footballer Dele Alli and his girlfriend have been pictured for the first time since the robbery.", false),
        new("'left' reporting is not a caption", "Left without work, thousands of drivers have applied for benefits this month.", false),
        new("regression real feeds 9 May 2020: a caption placed by 'main and inset'", "Roberts Giuffre is main and inset with Prince Andrew.", true),
        new("'main' as a word of reporting is not a caption", "The main road into the town is closed after the flood.", false),
    };

    [Theory]
    [MemberData(nameof(FurnitureCases))]
    public void Recognises_furniture_left_in_scraped_texts(Case c) => Assert.Equal(c.Expected, Furniture.Is(c.Text));

    public static TheoryData<Case> StartCases => new()
    {
        new("capital", "Police closed the road.", true),
        new("digit", "3,000 people left their homes.", true),
        new("opening quotation mark", "\u201cWe are safe,\u201d she said.", true),
        new("regression: the tail of a cut sentence", "staff, and so much to do that the office closed early.", false),
    };

    public static TheoryData<Case> QuestionCases => new()
    {
        new("regression: an explainer's standfirst", "What are the tests for coronavirus, who are they for and how do they work?", true),
        new("a quoted question is reported speech", "\"Why did nobody warn us?\" a resident asked.", false),
        new("a statement", "Police closed the road.", false),
    };

    [Theory]
    [MemberData(nameof(QuestionCases))]
    public void The_writers_own_questions_are_recognised(Case c) => Assert.Equal(c.Expected, SentenceFilters.IsOwnQuestion(c.Text));

    [Theory]
    [MemberData(nameof(StartCases))]
    public void A_sentence_begins_as_a_sentence(Case c) => Assert.Equal(c.Expected, SentenceFilters.StartsAsSentence(c.Text));

    [Theory]
    [InlineData("a terrorism trial in Idaho.Taking the two together, Scalia said", "a terrorism trial in Idaho. Taking the two together, Scalia said")]
    [InlineData("he said.\u201dThe mayor left.", "he said.\u201d The mayor left.")]
    [InlineData("the U.S.Army and Mr.Smith", "the U.S.Army and Mr.Smith")] // initials and titles are left alone
    [InlineData("It cost $3.50 per ticket.", "It cost $3.50 per ticket.")]
    public void Run_together_sentences_are_separated(string text, string expected) => Assert.Equal(expected, RunTogether.Separate(text));

    public sealed record StampCase(string Name, string Text, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<StampCase> StampCases => new()
    {
        new("regression: the Straits Times' feed stamp", "May 09, 2020 5:00 AM The Covid-19 pandemic has hit the world hard.", "The Covid-19 pandemic has hit the world hard."),
        new("a stamp before a source dateline (left to the dateline rule)", "May 24, 2020 5:07 PM SINGAPORE - Prime Minister Lee Hsien Loong extended greetings.", "SINGAPORE - Prime Minister Lee Hsien Loong extended greetings."),
        new("Published and Updated labels", "Published: 12:34 EDT, 3 May 2016 | Updated: 13:00 EDT, 3 May 2016 Police closed the road after the crash.", "Police closed the road after the crash."),
        new("last updated, time then date", "Last updated at 08:13 19 October 2006 Like most Mail readers, I read the papers.", "Like most Mail readers, I read the papers."),
        new("an age", "Updated about 1.5 hours ago The battery has drained since then.", "The battery has drained since then."),
        new("a byline in capitals", "By ZEKE MILLER and JILL COLVIN Associated Press The president signed the order.", "The president signed the order."),
        new("a byline before a stamp", "By Jane Doe, Reuters | May 9, 2020 10:15 AM Officials closed the port.", "Officials closed the port."),
        new("a weekday, a date and a time", "Sat, May 9, 2020, 5:00 AM SGT Officials closed the port.", "Officials closed the port."),
        new("a date alone may be a timeline's entry: kept", "Jan. 20, 2017 Trump is sworn in as president.", "Jan. 20, 2017 Trump is sworn in as president."),
        new("a sentence that opens with its own date: kept", "May 9, 2020 was the 75th anniversary of the end of the war.", "May 9, 2020 was the 75th anniversary of the end of the war."),
        new("'By' opening a sentence: kept", "By Monday, Officials had closed the port.", "By Monday, Officials had closed the port."),
        new("'Updated' as a word of the sentence: kept", "Updated guidance says masks must be worn on trains.", "Updated guidance says masks must be worn on trains."),
        new("regression: a stamp before a greeting (the greeting is then too short to use)", "May 08, 2020 7:39 AM Good morning!", "Good morning!"),
        new("a time in the sentence: kept", "At 5:00 AM Police closed the road.", "At 5:00 AM Police closed the road."),
        new("regression Daily Mail 27 May 2020: a columnist's name before the column", "DOUGLAS MURRAY: Newsnight presenter, Emily Maitlis, was visibly angered by Boris Johnson's refusal to sack his aide.", "Newsnight presenter, Emily Maitlis, was visibly angered by Boris Johnson's refusal to sack his aide."),
        new("a columnist's name with a quotation after it", "JAN MOIR: 'This House' is the political drama that keeps on giving.", "'This House' is the political drama that keeps on giving."),
        new("regression Daily Mail 8 May 2020: a columnist's name before a lower-case tail", "GUY ADAMS: we produce more varieties of cheese even than the French.", "we produce more varieties of cheese even than the French."),
        new("regression Daily Mail 5 May 2020: a content warning", "WARNING - GRAPHIC CONTENT: A defenceless puppy was flung into the air.", "A defenceless puppy was flung into the air."),
        new("a content warning with a full stop", "WARNING GRAPHIC CONTENT. The group of vultures inch closer to the cheetah.", "The group of vultures inch closer to the cheetah."),
        new("a content warning alone", "GRAPHIC CONTENT WARNING: Two men were convicted of killing him.", "Two men were convicted of killing him."),
        new("a capitalised acronym opening a sentence: kept", "WHO officials said the pandemic is not over.", "WHO officials said the pandemic is not over."),
        new("regression Daily Mail 12 May 2020: a selling label", "EXCLUSIVE: The midfielder, 21, was filmed chatting with friends at the gathering.", "The midfielder, 21, was filmed chatting with friends at the gathering."),
        new("a selling label without its colon", "EXCLUSIVE Boris Johnson was strolling through St James's Park in glorious sunshine.", "Boris Johnson was strolling through St James's Park in glorious sunshine."),
        new("regression Daily Mail 4 May 2020: a warning before the text", "WARNING: DISTRESSING CONTENT The victim was on her way into Manchester city centre.", "The victim was on her way into Manchester city centre."),
        new("an acronym after a selling label's word is no label", "BREAKINGVIEWS is a column of Reuters.", "BREAKINGVIEWS is a column of Reuters."),
        new("'Exclusive' in the sentence: kept", "Exclusive talks between the two clubs broke down on Friday.", "Exclusive talks between the two clubs broke down on Friday."),
    };

    public static TheoryData<StampCase> PhotoCases => new()
    {
        new("regression real feeds 1 May 2020: a bracketed pointer", "Police have charged a 42-year-old man with the murder of Anthony Rooks (pictured) in Holloway, north London.", "Police have charged a 42-year-old man with the murder of Anthony Rooks in Holloway, north London."),
        new("a pointer with a date", "Ji Seong-ho said he had been 'informed that Kim Jong-un (pictured in March this year) died last weekend'.", "Ji Seong-ho said he had been 'informed that Kim Jong-un died last weekend'."),
        new("pointers by position", "Kate, 52, (left) and Gerry McCann, 51, (right) are marking the 13th anniversary.", "Kate, 52, and Gerry McCann, 51, are marking the 13th anniversary."),
        new("a position and who else is shown", "Raj Nathwani (left, with his mother Kanchan) used a spreadsheet to monitor his father.", "Raj Nathwani used a spreadsheet to monitor his father."),
        new("between commas before the verb: both commas go", "Home Secretary Priti Patel, pictured, has vowed to send boats back to France.", "Home Secretary Priti Patel has vowed to send boats back to France."),
        new("between commas after a clause: one comma stays", "After the death of the 7th Marquess of Bath, pictured, his lovers fear they face a new heartbreak.", "After the death of the 7th Marquess of Bath, his lovers fear they face a new heartbreak."),
        new("with who else is shown, and a position", "Beverley Cohen, 55, from Brighton, pictured with her daughter Liora, left, has felt abandoned by the care system.", "Beverley Cohen, 55, from Brighton has felt abandoned by the care system."),
        new("regression real feeds 9 May 2020: a position between commas", "Epstein, bottom inset, killed himself in August.", "Epstein killed himself in August."),
        new("'right' between commas after a clause: kept", "It was, right, a mistake, the minister said.", "It was, right, a mistake, the minister said."),
                new("brackets that are no pointer: kept", "The party's share (29 per cent) fell by four points.", "The party's share (29 per cent) fell by four points."),
        new("'pictured' as reporting: kept", "Dele Alli has been pictured for the first time since the robbery.", "Dele Alli has been pictured for the first time since the robbery."),
    };

    [Theory]
    [MemberData(nameof(PhotoCases))]
    public void A_pointer_to_a_photograph_is_cut_from_its_sentence(StampCase c) => Assert.Equal(c.Expected, PhotoReference.Strip(c.Text));

    [Theory]
    [MemberData(nameof(StampCases))]
    public void A_pages_stamp_or_byline_is_cut_from_the_sentence_it_opens(StampCase c) => Assert.Equal(c.Expected, StampPrefix.Strip(c.Text));

    [Fact]
    public async Task A_stamped_sentence_is_published_without_its_stamp_and_still_verifies()
    {
        var day = new DateTimeOffset(2020, 5, 8, 21, 0, 0, TimeSpan.Zero);
        var articles = new[]
        {
            new Article("st", "https://st.example/1", "straitstimes", "", "May 09, 2020 5:00 AM The Covid-19 pandemic has hit the world hard, and Singapore has closed schools and offices until June. The government said 30,000 workers would be tested this month.", day),
            new Article("cna", "https://cna.example/1", "cna", "", "Singapore has closed schools and offices until June as the Covid-19 pandemic hit the world hard. Officials said 30,000 workers in dormitories would be tested this month.", day),
        };
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        var published = ExtractiveWriter.Sentences(story).ToList();
        Assert.Contains(published, s => s.StartsWith("The Covid-19 pandemic has hit the world hard", StringComparison.Ordinal));
        Assert.DoesNotContain(published, s => s.Contains("5:00 AM", StringComparison.Ordinal));
        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind == LintKind.StampedSentence);

        var verifier = new Newsdesk.Verification.Verifier();
        var prepared = verifier.Prepare(articles);
        var cited = story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)).Prepend(new CitedSentence(story.Lede, story.LedeCites));
        Assert.All(cited, s => Assert.True(verifier.Check(s.Text, s.Cites, prepared).Supported, "unsupported: " + s.Text));
    }

    public static TheoryData<Case> TeaserCases => new()
    {
        new("regression: a look at (NYT feed summary as lede)", "A look at the major moments between Mr. Arbery\u2019s killing in a Georgia suburb and the arrest of two suspects.", true),
        new("regression: here are", "Here are eight things that have helped us cope.", true),
        new("a gallery prompt", "Have a look at the eight top moments in our gallery, above.", true),
        new("what you need to know", "What you need to know about the new rules for shops.", true),
        new("regression: five things (real feeds, held out)", "Five things you need to know about the coronavirus outbreak today.", true),
        new("regression: a live blog's prompt (real feeds, dev)", "See how the day's events unfolded with RNZ's live blog.", true),
        new("regression: stories you may have missed (real feeds, dev)", "Some of the stories from around the world that you may have missed this week.", true),
        new("regression real feeds 29 May: a teaser headline in title case", "A Timeline of the George Floyd Protests", true),
        new("a title-case 'what you need to know'", "What You Need to Know About the New Rules for Shops", true),
        new("a title-case 'here are'", "Here Are Eight Things That Have Helped Us Cope", true),
        new("regression real feeds 2 May: a quotation opening a headline is someone's words", "'Learn how to live with it': Virus could last 2 years, report predicts", false),
        new("regression real feeds 10 May: a video's title", "Watch Boris Johnson ease up on some coronavirus restrictions", true),
        new("a watchdog is news", "Watchdog fines bank over lockdown loans", false),
        new("a warning to watch out", "Watch out for scams offering virus tests, police say.", false),
        new("a timeline that is news", "Timeline Slips for Moon Landing as Budget Is Cut", false),
        new("seeing is reporting", "Residents saw the smoke from the hills above the town.", false),
        new("regression: 'All we know is' is a quotation, not a teaser", "All we know is we're not looking back.", false),
        new("a history that is the sentence's subject", "A history of the U-2 program written by CIA officials in 1992 mentions Area 51.", false),
        new("reporting", "Police closed the road after the crash.", false),
    };

    [Theory]
    [MemberData(nameof(TeaserCases))]
    public void Teasers_are_recognised(Case c) => Assert.Equal(c.Expected, Teasers.Is(c.Text));

    public sealed record PronounCase(string Name, string Text, string? Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<PronounCase> UnnamedCases => new()
    {
        new("regression: officers detained him (real feeds, 8-9 May)", "Chinese security officers detained him weeks after he returned home.", "him"),
        new("police said he", "Officers said he had been drinking before the crash.", "he"),
        new("for him", "For him it will be a long journey toward recovery.", "him"),
        new("a name first", "Farves was given a suspension, which requires him to sit alone.", null),
        new("a name after the pronoun (a fronted clause)", "When asked how he reconciled that behavior, Sollecito said nothing.", null),
        new("a person noun before the pronoun", "A man collapsed at his apartment on Tuesday.", null),
        new("regression real feeds 22 May: a person noun opens the sentence", "Woman in her 70s is fighting for her life after a double stabbing in north London.", null),
        new("regression real feeds: the person noun is the one who says", "Doctor says she will carry the people who died of coronavirus in her heart.", null),
        new("'him' is never the subject it follows", "Officer arrested him at the station on Tuesday.", "him"),
        new("the pronoun inside a quotation", "Officials said \"he will be missed\" by the town.", null),
        new("no pronoun", "Police closed the road after the crash.", null),
        new("a pronoun opener is the back-reference rule's", "He was arrested on Tuesday.", null),
    };

    [Theory]
    [MemberData(nameof(UnnamedCases))]
    public void A_pronoun_before_anyone_is_named_is_found(PronounCase c) => Assert.Equal(c.Expected, Referents.Unnamed(c.Text));

    [Fact]
    public async Task A_sentence_whose_pronoun_needs_the_sentence_before_it_is_never_published_without_it()
    {
        var day = new DateTimeOffset(2020, 5, 8, 9, 0, 0, TimeSpan.Zero);
        const string Asat = "Ekpar Asat, a Uighur entrepreneur, took part in a State Department program in the United States in 2016. Chinese security officers detained him weeks after he returned home to Xinjiang in 2016. His sister has campaigned for his release from a detention camp since then.";
        const string Other = "The State Department said on Friday that the Uighur entrepreneur Ekpar Asat had been held in Xinjiang without charge since 2016. His sister told reporters she had heard nothing from him in four years of campaigning.";
        var articles = new[] { new Article("a", "https://a.example/1", "A", "", Asat, day), new Article("b", "https://b.example/1", "B", "", Other, day) };
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        var sentences = ExtractiveWriter.Sentences(story).ToList();
        var at = sentences.FindIndex(s => s.StartsWith("Chinese security officers", StringComparison.Ordinal));
        Assert.True(at != 0, "a sentence about 'him' is not the lede");
        if (at > 0)
        {
            Assert.StartsWith("Ekpar Asat, a Uighur entrepreneur", sentences[at - 1], StringComparison.Ordinal);
        }

        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind == LintKind.DanglingPronoun);
    }

    [Fact]
    public void Sentences_inside_a_quotation_that_runs_on_are_known()
    {
        var state = new QuotationState();
        string[] sentences =
        [
            "The mayor spoke on Monday.",
            "\u201cThis is not about crime.",
            "This is about values.",
            "Take your gang conflict away from a 7-year-old,\u201d she said.",
            "Police made two arrests.",
        ];
        Assert.Equal([false, false, true, true, false], sentences.Select(state.Next).ToArray());
    }

    [Fact]
    public void A_stray_quotation_mark_does_not_silence_the_rest_of_an_article()
    {
        var state = new QuotationState();
        var inside = new[] { "He is 6' 2\" tall." }.Concat(Enumerable.Repeat("Police made two arrests.", QuotationState.MaxOpenSentences + 3)).Select(state.Next).ToList();
        Assert.False(inside[^1]);
    }

    public sealed record QuotationCase(string Name, string[] Sentences, bool[] Inside)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<QuotationCase> QuotationCases => new()
    {
        new(
            "regression c010: a doubled closing mark closes, it does not open",
            ["Two of the women were whipped six times.", "\"It was carried out perfectly.\"\" Hishammuddin said in a statement.", "Malaysia has a dual-track legal system."],
            [false, false, false]),
        new(
            "regression c001: a mark opening a word inside a quoted name closes with the name",
            ["The second \"t'' was missing, so the backs read \"Tulowizki.\"", "The club issued a statement apologizing for the mistake."],
            [false, false]),
        new(
            "a straight quotation that runs on",
            ["The mayor spoke on Monday.", "\"This is not about crime.", "This is about values,\" she said.", "Police made two arrests."],
            [false, false, true, false]),
        new(
            "German marks: \u201e opens, \u201c closes",
            ["Der Minister sprach am Montag.", "\u201eDas ist nicht das Ende.", "Wir machen weiter\u201c, sagte er.", "Die Polizei nahm zwei Personen fest."],
            [false, false, true, false]),
        new(
            "French guillemets",
            ["Le ministre a parl\u00e9 lundi.", "\u00abCe n'est pas la fin.", "Nous continuons\u00bb, a-t-il dit.", "La police a arr\u00eat\u00e9 deux personnes."],
            [false, false, true, false]),
    };

    [Theory]
    [MemberData(nameof(QuotationCases))]
    public void Quotation_marks_are_read_by_the_way_they_face(QuotationCase c)
    {
        var state = new QuotationState();
        Assert.Equal(c.Inside, c.Sentences.Select(state.Next).ToArray());
    }

    [Fact]
    public async Task The_sentences_that_lean_on_the_lede_follow_it_in_its_paragraph()
    {
        // Multi-News validation c053 (dev): "She was selling candy..." needs the lede, and a subhead
        // stood between them, so it and everything after it in the chain were never used.
        const string Text = "Heaven Sutton, 7, died Wednesday night of a gunshot to the back in Chicago's west side. She was selling candy at a stand in front of her house when someone down the street opened fire. A stray bullet struck her as she ran to the safety of her home. Her mother had set up the stand to keep neighbourhood children away from the corners. Police said the shooter was a gang member aiming at someone else in the crowd.";
        const string Other = "A seven-year-old girl, Heaven Sutton, was killed by a stray bullet while selling candy outside her home on Chicago's west side, police said.";
        var day = new DateTimeOffset(2012, 6, 29, 9, 0, 0, TimeSpan.Zero);
        var articles = new[] { new Article("a", "https://a.example/1", "A", "", Text, day), new Article("b", "https://b.example/1", "B", "", Other, day) };
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        Assert.StartsWith("Heaven Sutton, 7, died Wednesday night", story.Lede, StringComparison.Ordinal);
        Assert.Contains("She was selling candy at a stand", story.Lede, StringComparison.Ordinal);
        Assert.Contains("A stray bullet struck her", story.Lede, StringComparison.Ordinal);
        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind is LintKind.DanglingPronoun or LintKind.RepeatedSentence);
        Assert.DoesNotContain(story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p)), s => s.Text.StartsWith("She was selling", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_that_runs_out_of_usable_sentences_reads_on_in_its_articles_paragraphs()
    {
        // Multi-News validation c096, c059 (dev): a chain of at most three sentences left "He was 89." style
        // sentences unused while the story was far under its length; read in order, the paragraph's run is whole.
        const string Text = "Jane Doe, a retired teacher from Springfield, won the state lottery jackpot of $2 million on Saturday evening. "
            + "Lottery officials said the winning ticket was sold at a petrol station on Main Street in Springfield. "
            + "It was the only ticket to match all six numbers in the weekly draw. "
            + "It was bought on Friday afternoon shortly before the shop closed, the officials said. "
            + "It is the largest prize paid in the county since the lottery began in 1988. "
            + "It must be claimed within 180 days of the draw at the lottery's office.";
        var day = new DateTimeOffset(2012, 6, 29, 9, 0, 0, TimeSpan.Zero);
        var articles = new[] { new Article("a", "https://a.example/1", "A", "", Text, day) };
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        var items = ExtractiveWriter.Sentences(story).ToList();
        Assert.Contains("It is the largest prize paid in the county since the lottery began in 1988.", items);
        Assert.Contains("It must be claimed within 180 days of the draw at the lottery's office.", items);
        var body = story.Sections.SelectMany(s => s.Paragraphs).Single(p => p.Any(c => c.Text.StartsWith("It is the largest", StringComparison.Ordinal)));
        Assert.StartsWith("Lottery officials said", body[0].Text, StringComparison.Ordinal);   // the run in the source's order, from its usable sentence
        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind is LintKind.DanglingPronoun or LintKind.RepeatedSentence);
    }

    private const string Vigil = "Heaven Sutton, 7, died Wednesday night of a gunshot to the back in Chicago's west side. Pastor Ashake Banks led a vigil for the girl on Thursday evening outside her home. ";
    private const string Quotation = "\"We are not talking about crime. We are talking about values. Take your gang conflict away from a 7-year-old,\" Banks said.";

    private static async Task<(Story Story, List<string> Items)> WriteVigil(string quotation)
    {
        const string Other = "A seven-year-old girl, Heaven Sutton, was killed by a stray bullet while selling candy outside her home on Chicago's west side, police said. Pastor Ashake Banks said gang conflict had taken the girl's life and the city's values.";
        var day = new DateTimeOffset(2012, 6, 29, 9, 0, 0, TimeSpan.Zero);
        var articles = new[] { new Article("a", "https://a.example/1", "A", "", Vigil + quotation + " Police made two arrests on Friday in the shooting of the girl.", day), new Article("b", "https://b.example/1", "B", "", Other, day) };
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        Assert.DoesNotContain(StoryLint.Check(story, articles), f => f.Kind is LintKind.DanglingPronoun or LintKind.RepeatedSentence);
        return (story, story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)).Select(s => s.Text).Prepend(story.Lede).ToList());
    }

    [Fact]
    public async Task A_quotation_over_several_sentences_that_names_its_speaker_is_taken_whole()
    {
        // Multi-News validation c053 (dev): the first two sentences of the pastor's quotation have no speaker on their own.
        // (There it opens "This is not about crime.": a quotation opening on "This" points back, and is not taken, as a one-sentence one.)
        var (story, items) = await WriteVigil(Quotation);
        Assert.Contains(Quotation, items);
        Assert.DoesNotContain(items, i => i.StartsWith("\"We are not talking", StringComparison.Ordinal) && i != Quotation);
        Assert.Contains(story.Sections, s => s.Bullets.Any(b => b.Text == Quotation && b.Cites.Contains("a")));
        Assert.True(new Newsdesk.Verification.Verifier().Verify(story, [new Article("a", "https://a.example/1", "A", "", Vigil + Quotation, null)]).Sentences
            .Where(v => v.Text == Quotation).All(v => v.Supported));
    }

    [Theory]
    [InlineData("a pronoun for its speaker", "\"We are not talking about crime. This is about values. Take your gang conflict away from a 7-year-old,\" she said.")]
    [InlineData("a pronoun in its words, a speaker named after them", "\"She loved to sing and dance. She wanted to be a teacher when she grew up,\" her pastor Ashake Banks told reporters.")]
    public async Task A_quotation_that_needs_the_person_named_before_it_reads_on_from_that_sentence(string name, string quotation)
    {
        // Multi-News validation c053, c001 (dev): '"... They recognized it was a collector's item," he said.' after the
        // sentence that names the usher; read alone, its speaker is no one, so it was never used.
        var (story, _) = await WriteVigil(quotation);
        var paragraph = story.Sections.SelectMany(s => s.Paragraphs).SingleOrDefault(p => p.Any(c => c.Text == quotation));
        Assert.True(paragraph is not null, name);   // the quotation is one item, read and checked whole
        Assert.StartsWith("Pastor Ashake Banks led a vigil", paragraph[paragraph.ToList().FindIndex(c => c.Text == quotation) - 1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a pronoun for a speaker after a sentence that names no one", "The candles were lit on the steps of the church before the rain began. \"We are not talking about crime. This is about values. Take your gang conflict away from a 7-year-old,\" she said.")]
    [InlineData("a quotation never closed", "\"We are not talking about crime. This is about values. Take your gang conflict away from a 7-year-old.")]
    [InlineData("opened in the page's own voice", "I wonder if it worries people that, as Banks said, \"We are not talking about crime. This is about values. Take your gang conflict away from a 7-year-old.\"")]
    [InlineData("longer than the bound", "\"We are not talking about crime. This is about values. This is about all of us. Take your gang conflict away from a 7-year-old,\" Banks said.")]
    public async Task A_quotation_without_a_named_speaker_or_close_stays_unused(string name, string quotation)
    {
        var (_, items) = await WriteVigil(quotation);
        Assert.False(items.Exists(i => i.Contains("This is about values", StringComparison.Ordinal)), name);
    }

    public sealed record PairCase(string Name, string A, string B, bool Same)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<PairCase> ParaphraseCases => new()
    {
        new("regression Multi-News c121: one quotation in two outlets' frames", "\"You know I was thinking about that today, I was like I'm the victim here, I was the one who was victimized,\" Michael Dunn said from jail in December 2012.", "\"I'm the victim here. I was the one who was victimized,\" says Dunn, 47, in one of the calls in which he appeared to chuckle.", true),
        new("regression Multi-News c051: a film's title in quotation marks is no quotation", "The \"How to Train Your Dragon 2\" actress was accosted by a prankster at the premiere.", "Security officials pulled the man away before the Friday premiere of \"How to Train Your Dragon 2.\"", false),
        new("two outlets, one fact", "A judge ordered Wesley Snipes to surrender to federal authorities on Thursday.", "Wesley Snipes has been ordered by a federal judge to surrender to authorities.", true),
        new("same figure, other words", "The storm left 8,000 homes without power on the coast.", "About 8,000 homes on the coast lost power in the storm.", true),
        new("regression: different figures are different facts", "Storm Orla is expected to bring gusts of 80 mph to the coast around Port Calder.", "Storm Orla left 8,000 homes around Port Calder without power after a gust of 94 mph was recorded on the coast.", false),
        new("different facts", "The council closed three schools on Monday.", "Engineers restored power to most homes by the evening.", false),
        new("regression Multi-News c194: two figures of one measure", "The high temperature Wednesday in downtown Denver will be around 80 degrees under sunny skies.", "It will be sunny Friday, but the high will only reach 40 degrees.", false),
        new("regression real feeds 13 May: 'Covid-19' is a name, not a figure", "The mother of Coolio Carl Justin John Morgan tested positive for Covid-19 shortly after his birth.", "Mother Kimberly Phillips, 44, had tested positive for coronavirus.", true),
        new("regression real feeds 6 May: figures of different things", "Florian Schneider, the co-founder of the German electronic band Kraftwerk, has died of cancer at age 73.", "Florian Schneider-Esleben - co-founder of German electronic-music pioneers Kraftwerk, one of the most influential music groups of the past 50 years - has died, a representative for the group says.", true),
    };

    [Theory]
    [MemberData(nameof(ParaphraseCases))]
    public void Paraphrases_are_recognised(PairCase c) => Assert.Equal(c.Same, Paraphrases.Same(Paraphrases.Of(c.A), Paraphrases.Of(c.B)));

    [Fact]
    public async Task A_paraphrase_is_left_out_and_its_outlet_credited()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
        var a = new Article("a", "https://a.example/1", "A", "Snipes told to surrender", "A judge ordered actor Wesley Snipes to surrender to federal authorities in Florida on Thursday. Snipes was convicted in 2008 of failing to file tax returns for three years.", monday);
        var b = new Article("b", "https://b.example/1", "B", "Snipes must surrender", "Wesley Snipes has been ordered by a federal judge to surrender to authorities in Florida. The actor's lawyers had asked for a new trial, which the court refused.", monday);
        var story = await new ExtractiveWriter().WriteAsync([a, b], CancellationToken.None);
        var sentences = ExtractiveWriter.Sentences(story).ToList();
        Assert.Single(sentences, s => s.Contains("surrender", StringComparison.Ordinal));
        var cites = story.Lede.Contains("surrender", StringComparison.Ordinal) ? story.LedeCites : story.Sections.SelectMany(x => x.Paragraphs.SelectMany(p => p)).First(c => c.Text.Contains("surrender", StringComparison.Ordinal)).Cites;
        Assert.Equal(["a", "b"], cites.Order().ToArray());
    }

    [Fact]
    public async Task Of_two_unrelated_articles_one_is_left_out_unless_the_first_is_a_stub()
    {
        var day = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
        const string Quake = "A strong earthquake struck the town of Perugia on Monday and damaged the old basilica. Firefighters searched the rubble of two houses near the square through the night. The regional government said 40 people had spent the night in a sports hall.";
        const string Budget = "The city council of Lyon approved a budget for new tram lines after a long debate on Monday evening. The mayor said the first line would open in three years and cost about 300 million euros. Opposition councillors voted against the plan and called it too expensive for taxpayers.";
        var first = await new ExtractiveWriter().WriteAsync([new Article("q", "https://q.example/", "Q", "", Quake, day), new Article("t", "https://t.example/", "T", "", Budget, day)], CancellationToken.None);
        Assert.Equal(["q"], first.Sources.Select(s => s.Id).ToArray());

        const string Stub = "Watch the mayor's speech on the tram plan.";
        var stub = await new ExtractiveWriter().WriteAsync([new Article("s", "https://s.example/", "S", "", Stub, day), new Article("q", "https://q.example/", "Q", "", Quake, day)], CancellationToken.None);
        Assert.Equal(["q"], stub.Sources.Select(s => s.Id).ToArray());
    }

    [Fact]
    public async Task Articles_of_nothing_but_furniture_give_no_story_and_no_lint_finding()
    {
        var notice = new Article("x", "https://x.example/", "X", "", "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.", null);
        var widget = new Article("y", "https://y.example/", "Y", "", "The interactive transcript could not be loaded. Rating is available when the video has been rented. This feature is not available right now. Please try again later.", null);
        var story = await new ExtractiveWriter().WriteAsync([notice, widget], CancellationToken.None);
        Assert.Equal("", story.Headline);
        Assert.Empty(ExtractiveWriter.Sentences(story));
        Assert.True(StoryLint.NotWritten(story));
        Assert.Empty(StoryLint.Check(story, [notice, widget]));
    }
}
