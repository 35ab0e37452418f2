using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

public class SentenceFilterTests
{
    public sealed record Case(string Name, string Sentence, bool Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Boilerplate => new()
    {
        new("read more line", "Read more: our live coverage of the storm.", true),
        new("newsletter prompt", "Sign up for our daily newsletter to get the top stories.", true),
        new("photo credit", "Photo: Reuters/Denis Balibouse", true),
        new("byline", "By Anna Keller, Reuters", true),
        new("twitter widget", "You can add location information to your Tweets, such as your city.", true),
        new("truncated caption", "Fans wear shirts given away to attendees as the Rockies hosted the Pirates in a baseball...", true),
        new("all capitals", "LIVE UPDATES FROM THE SCENE", true),
        new("reporting", "The Rhone burst its banks near the Pont de la Machine after heavy rain.", false),
        new("regression: 'for more than' is prose", "We have not seen flooding like this for more than a century, the mayor said.", false),
    };

    [Theory]
    [MemberData(nameof(Boilerplate))]
    public void Recognises_page_furniture(Case c) => Assert.Equal(c.Expected, SentenceFilters.IsBoilerplate(c.Sentence));

    public static TheoryData<Case> BackReferences => new()
    {
        new("pronoun opener", "He said the water was still rising.", true),
        new("this comes after", "This comes after a dry summer left the ground hard.", true),
        new("however", "However, officials warned that more rain was on the way.", true),
        new("quoted pronoun still needs its speaker", "\"They did it,\" he said.", true),
        new("named subject", "Mayor Christina Kitsos said the city would rebuild.", false),
        new("article opener", "The Swiss army will send 300 soldiers.", false),
        new("'Heavy' is not 'He'", "Heavy rain fell across the canton overnight.", false),
        new("'there' of a place", "There, the mayor met the families of the missing.", true),
        new("existential 'there' points at nothing (c124)", "There is a lot of relief in Pleasant Hill after city clerk Kim Lehmkuhl resigned.", false),
        new("'The latest' opens a lede that names what it is (c053)", "The latest number signifying how bad Chicago's violence has become is a small one: 7.", false),
        new("regression real feeds 2 May 2020: an answer to a question the reader did not see", "Deputy Prime Minister Winston Peters thinks so.", true),
        new("'to do so' points at what was done before", "Germany on Monday became the first European country to do so.", true),
        new("regression real feeds 13 May 2020: 'it' after a short opening phrase", "In political terms it was a \"stinging rebuke\".", true),
        new("'it' that names no earlier thing, after a year", "In 2019 it emerged that the council had sold the land.", false),
        new("regression real feeds 10 May 2020: a role and an age for someone named before", "The presenter, 55, had been going into the London studio every morning.", true),
        new("a named person with an age does not point back", "The Rev. Al Sharpton, 65, led the march on Sunday.", false),
        new("'so' inside a sentence", "The council said so many people had applied that the deadline was extended.", false),
        new("regression Multi-News c061: 'Not because' answers the sentence before", "Not because of oft-maligned eggs, long linked to risks of salmonella.", true),
        new("regression real feeds 1 May: 'Not that long ago' is a time, not an answer", "Not that long ago Sam Sicilia was being hailed as an investment visionary.", false),
    };

    [Theory]
    [MemberData(nameof(BackReferences))]
    public void Recognises_sentences_that_lean_on_what_came_before(Case c) =>
        Assert.Equal(c.Expected, SentenceFilters.OpensWithBackReference(c.Sentence));

    public static TheoryData<Case> SpeakersOwnReference => new()
    {
        new("'This' opening a named speaker's quotation (Multi-News c214)", "\"This is a woman that is a terrible person,\" Trump said.", true),
        new("'It' opening a named speaker's quotation, curly marks (c157)", "\u201cIt was a very tragic death,\u201d Sheriff Tom Dart said.", true),
        new("a quotation over several sentences, its speaker after the last (c053)", "\"This is not about crime. This is about values. Take your gang conflict away from a 7-year-old,\" Banks said.", true),
        new("a pronoun speaker names no one", "\"This is a woman that is a terrible person,\" he said.", false),
        new("'He' inside a quotation still needs its person", "\"He was a very good man,\" Trump said.", false),
        new("no quotation: 'This' points back", "This is a woman that is a terrible person, Trump said.", false),
    };

    [Theory]
    [MemberData(nameof(SpeakersOwnReference))]
    public void Reads_this_and_it_opening_a_named_speakers_quotation_as_the_speakers(Case c) =>
        Assert.Equal(c.Expected, SentenceFilters.QuotationOpensOnItsSubject(c.Sentence));

    public static TheoryData<Case> PronounSpeakers => new()
    {
        new("'he said'", "The water was still rising, he said.", true),
        new("inverted 'said she'", "\"We will rebuild,\" said she.", true),
        new("a named speaker", "The water was still rising, Mayor Christina Kitsos said.", false),
        new("regression c124: 'said she' opens the reported clause", "Lehmkul had been the subject of a recall effort after city officials said she had failed to provide minutes.", false),
    };

    [Theory]
    [MemberData(nameof(PronounSpeakers))]
    public void Recognises_statements_attributed_to_a_pronoun(Case c) => Assert.Equal(c.Expected, SentenceFilters.AttributedToPronoun(c.Sentence));

    public static TheoryData<Case> InPassing => new()
    {
        new("regression c124: a quoted word in a report", "The Pleasant Hill city clerk has resigned with a blistering e-mail in which she wishes the city luck in finding a \u201cschmuck\u201d to take the job.", true),
        new("a quoted phrase at the end", "Ashake Banks welcomes any kind of help \"to stop the shooting.\"", true),
        new("a quotation cut from its speaker", "\"They cannot get away with just killing my baby.\"", false),
        new("mostly quoted", "Residents called it \"the worst flood we have ever seen in this town\" on Monday.", false),
        new("no quotation at all", "The mayor met the families of the missing on Monday.", true),
    };

    [Theory]
    [MemberData(nameof(InPassing))]
    public void Recognises_quotes_in_passing(Case c) => Assert.Equal(c.Expected, SentenceFeatures.QuotesInPassing(c.Sentence));

    public static TheoryData<Case> PageVoice => new()
    {
        new("regression c100: a fundraiser's first person", "I've spoken directly with Hank Sherrod (family attorney) to get approval for starting this Go Fund Me.", true),
        new("regression c100: the page asks the reader", "Please reach out directly if you have any questions, thank you for your support.", true),
        new("speaks to the reader", "You can find the full list on the ministry's site.", true),
        new("reporting", "Youth groups marched through the capital on Sunday.", false),
        new("a name that starts like a pronoun", "Ian Black said the council would meet again on Monday.", false),
    };

    [Theory]
    [MemberData(nameof(PageVoice))]
    public void Recognises_the_pages_own_voice(Case c) => Assert.Equal(c.Expected, SentenceFilters.InPageVoice(c.Sentence));

    public static TheoryData<Case> SecondPerson => new()
    {
        new("regression real feeds 6 May 2020: a teaser that speaks to the reader", "Meet your new but shy galactic neighbor: A black hole left over from the death of a fleeting young star.", true),
        new("advice to the reader", "Going easy on yourself can make you healthier as well as happier.", true),
        new("'you' inside a quotation is the speaker's", "\"You have to stay at home,\" the premier told residents on Sunday.", false),
        new("reporting with no second person", "Astronomers have found a black hole 1,000 light-years from Earth.", false),
        new("'young' is not 'you'", "A young star died and left a black hole behind.", false),
    };

    [Theory]
    [MemberData(nameof(SecondPerson))]
    public void Recognises_the_second_person_outside_quotes(Case c) => Assert.Equal(c.Expected, SentenceFilters.SpeaksToReader(c.Sentence));

    public static TheoryData<Case> FirstPerson => new()
    {
        new("real feeds, 21 May 2020: a columnist's view", "Personally, I don't think this is a done deal.", true),
        new("real feeds: a columnist's voice mid-sentence", "After 10 years in full-time work, I find almost everything about corporate life silly.", true),
        new("real feeds: the column's object", "Most people do not agree, and many are angry with me for saying so.", true),
        new("real feeds: first person inside single quotes", "Health Secretary Matt Hancock urged Boris Johnson to 'give me a break' in a furious bust-up.", false),
        new("real feeds, 26 May 2020: an apostrophe inside single quotes", "The FBI investigates Minnesota police after video shows man being arrested saying 'I can't breathe'.", false),
        new("first person inside double quotes", "The mayor called it \u201cthe worst day of my life\u201d on Monday.", false),
        new("a numeral after a name", "World War I ended in 1918 and Phase I trials began in May.", false),
        new("reporting", "The council voted to cut rates by 3% on Monday.", false),
    };

    [Theory]
    [MemberData(nameof(FirstPerson))]
    public void Recognises_the_first_person_singular_outside_quotes(Case c) => Assert.Equal(c.Expected, SentenceFilters.SpeaksInFirstPerson(c.Sentence));

    public static TheoryData<Case> Fragments => new()
    {
        new("regression (real feeds): a subordinate clause alone", "While on the phone with Russian President Vladimir Putin.", true),
        new("a phrase with no main clause", "Following a week of heavy rain across the canton and the valley.", true),
        new("subordinate clause, then the main clause", "While on the phone with Putin, Trump raised the oil price war.", false),
        new("a main clause", "Trump spoke with Russian President Vladimir Putin by phone on Friday.", false),
        new("'As' in a word is no opener", "Asylum seekers waited at the border for a third day.", false),
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Recognises_fragments_published_as_sentences(Case c) => Assert.Equal(c.Expected, SentenceFilters.IsFragment(c.Sentence));

    public static TheoryData<Case> BackgroundCases => new()
    {
        new("an earlier year", "In 2007, a Jensen Beach man arrested for assault won a $14 million jackpot.", true),
        new("long ago", "Area 51 has long been a topic of fascination for conspiracy theorists.", true),
        new("before the event", "Poole had been arrested 12 times in Florida, records show.", true),
        new("the story's year is news", "In 2014, the lottery paid out a record sum, officials said on Monday.", false),
        new("what happened", "Four men were wounded in a shooting in South Shore on Thursday, police said.", false),
    };

    [Theory]
    [MemberData(nameof(BackgroundCases))]
    public void Recognises_background(Case c) => Assert.Equal(c.Expected, Background.Is(c.Sentence, 2014));
}
