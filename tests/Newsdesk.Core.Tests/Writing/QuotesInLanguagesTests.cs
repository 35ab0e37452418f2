using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>Quotations in French and German (issue #18): „…“ and «…» are quotations, attributed as each language attributes them, so they can stand as bullets under "Was X sagte" / "Ce qu'a dit X".</summary>
public class QuotesInLanguagesTests
{
    public sealed record Case(string Name, string Language, string Input, string? Speaker)
    {
        public override string ToString() => $"{Language}: {Name}";
    }

    public static TheoryData<Case> Cases => new()
    {
        new("German quotation marks, 'sagte' and a title", "de", "„Wir haben so etwas seit dem Hochwasser von 1997 nicht mehr erlebt“, sagte Bürgermeister Jens Albrecht.", "Bürgermeister Jens Albrecht"),
        new("French guillemets, 'a déclaré' and a title in lower case", "fr", "« C'est toute une partie de la vie de la ville qui part en fumée », a déclaré la maire, Hélène Marchetti, venue sur place dès 5 heures.", "Hélène Marchetti"),
        new("French pronoun speaker is no name", "fr", "« Personne ne sera laissé seul face à cette catastrophe », a-t-elle affirmé lors d'une réunion.", null),
        new("English is read as before", "en", "\"We are sorry for the inconvenience,\" said Valley Water spokesman Marcus Reid.", "Marcus Reid"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_speaker_is_named_as_the_language_names_them(Case c) => Assert.Equal(c.Speaker, Speakers.Of(c.Input));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_quotation_is_a_usable_attributed_quote(Case c)
    {
        var sentence = SentenceFeatures.Describe(0, 1, c.Input, language: c.Language);
        Assert.True(sentence.IsQuote, "a quotation");
        Assert.True(sentence.IsAttributed, "attributed");
        Assert.Equal(c.Speaker is not null, sentence.Usable);
    }
}
