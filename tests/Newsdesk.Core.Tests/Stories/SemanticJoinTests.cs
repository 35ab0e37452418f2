using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The sentence-embedding check on joins (<see cref="SemanticJoin"/>, docs/stories.md "A semantic
/// signal"). The embeddings here are made by hand (4 numbers, not a model's), so each case says
/// what the check does with a given agreement; the model's value is measured by bench/cluster
/// (<c>--semantic</c>), not here. The reports are invented for the tests.
/// </summary>
public sealed class SemanticJoinTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly float[] Quake = [1, 0, 0, 0];
    private static readonly float[] NearQuake = [0.9f, 0.436f, 0, 0];
    private static readonly float[] Election = [0, 1, 0, 0];

    private const string QuakeText1 = "An earthquake of magnitude 7.1 struck Valparaiso in Chile on Tuesday, the national seismology office said. Buildings swayed in Santiago.";
    private const string QuakeText2 = "Chile's Valparaiso was shaken by a magnitude 7.1 earthquake on Tuesday. The seismology office said no tsunami warning was issued.";

    private static Article A(string id, string title, string text = "", int minutes = 0) =>
        new(id, "https://example.test/" + id, "outlet " + id, title, text, T0.AddMinutes(minutes));

    private static StoryClustererOptions With(SemanticJoin? semantic) => new() { Semantic = semantic };

    [Fact]
    public void WithoutTheOptionEmbeddingsChangeNothing()
    {
        var c = new StoryClusterer(With(null));
        var a = c.Add(A("1", "Earthquake strikes Valparaiso", QuakeText1), Quake);
        var b = c.Add(A("2", "Valparaiso shaken by earthquake", QuakeText2, 10), Election);
        Assert.Equal(a.StoryId, b.StoryId);
    }

    [Theory]
    [InlineData("orthogonal meaning is vetoed", 0.3, false, false)]
    [InlineData("a veto of 0 never refuses", 0.0, false, true)]
    [InlineData("close meaning passes the veto", 0.3, true, true)]
    public void TheVetoRefusesALexicalJoinWhoseMeaningDisagrees(string name, double veto, bool near, bool joins)
    {
        var c = new StoryClusterer(With(new SemanticJoin(VetoBelow: veto)));
        var a = c.Add(A("1", "Earthquake strikes Valparaiso", QuakeText1), Quake);
        var b = c.Add(A("2", "Valparaiso shaken by earthquake", QuakeText2, 10), near ? NearQuake : Election);
        Assert.True(joins == (a.StoryId == b.StoryId), name);
    }

    [Fact]
    public void AHeadlineIsNotVetoed()
    {
        var c = new StoryClusterer(With(new SemanticJoin(VetoBelow: 0.9)));
        var a = c.Add(A("1", "Earthquake of magnitude 7.1 strikes Valparaiso in Chile"), Quake);
        var b = c.Add(A("2", "Chile earthquake: Valparaiso shaken by magnitude 7.1 quake", "", 10), Election);
        Assert.Equal(a.StoryId, b.StoryId);
    }

    [Fact]
    public void AnArticleWithoutAnEmbeddingOrAStoryWithoutOneIsLeftToTheLexicalRules()
    {
        var c = new StoryClusterer(With(new SemanticJoin(VetoBelow: 0.9)));
        var a = c.Add(A("1", "Earthquake strikes Valparaiso", QuakeText1), null);
        var b = c.Add(A("2", "Valparaiso shaken by earthquake", QuakeText2, 10), Election);
        var d = c.Add(A("3", "Valparaiso earthquake: no tsunami warning", QuakeText2 + " Schools closed.", 20), null);
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.Equal(a.StoryId, d.StoryId);
    }

    [Fact]
    public void TheRescueJoinsACandidateTheLexicalRulesRefuse()
    {
        // The same words, other names: the names rule refuses the join (a shooting elsewhere), unless the meaning is clearly the same.
        var first = A("1", "Gunman wounds four at sports bar", "Jonas Whitfield opened fire at a sports bar in Carrowmore late on Saturday, wounding four people, police said. The gunman fled on foot.");
        var second = A("2", "Gunman wounds four at sports bar", "Marla Quince opened fire at a sports bar in Denholm late on Saturday, wounding four people, police said. The gunman fled on foot.", 60);

        var lexical = new StoryClusterer(With(new SemanticJoin()));
        Assert.NotEqual(lexical.Add(first, Quake).StoryId, lexical.Add(second, NearQuake).StoryId);

        var rescue = new StoryClusterer(With(new SemanticJoin(RescueAt: 0.8)));
        Assert.Equal(rescue.Add(first, Quake).StoryId, rescue.Add(second, NearQuake).StoryId);

        var notClose = new StoryClusterer(With(new SemanticJoin(RescueAt: 0.95)));
        Assert.NotEqual(notClose.Add(first, Quake).StoryId, notClose.Add(second, NearQuake).StoryId);
    }

    [Fact]
    public void AnArticleInAnotherLanguageIsNotComparedByTheEnglishModel()
    {
        const string fire1 = "Un incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone portuaire de Brestval. Les pompiers de Brestval sont intervenus avec 140 hommes et ont maîtrisé le feu au petit matin.";
        const string fire2 = "L'entrepôt de la société Marivel a brûlé cette nuit sur le port de Brestval : 140 pompiers ont lutté pendant six heures contre les flammes. La préfecture indique qu'il n'y a pas de blessés.";
        var c = new StoryClusterer(With(new SemanticJoin(VetoBelow: 0.9)));
        var a = c.Add(A("1", "Brestval : un entrepôt détruit par un incendie", fire1), Quake);
        var b = c.Add(A("2", "Incendie sur le port de Brestval, 140 pompiers mobilisés", fire2, 30), Election);
        Assert.Equal(a.StoryId, b.StoryId);
    }

    [Fact]
    public void SameInputWithEmbeddingsGivesSameOutput()
    {
        float[] E(int i) => [(i % 3) + 1, i % 2, (i % 5) * 0.5f, 1];
        var articles = Enumerable.Range(0, 200)
            .Select(i => (A(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Topic{i % 7} event update number {i % 5} for Place{i % 3}", $"Body about Topic{i % 7} and Place{i % 3}.", i), E(i)))
            .ToList();
        List<string> Run()
        {
            var c = new StoryClusterer(With(new SemanticJoin(0.5, 0.95)));
            return articles.Select(x => c.Add(x.Item1, x.Item2).StoryId).ToList();
        }

        Assert.Equal(Run(), Run());
    }

    [Theory]
    [InlineData("title alone", "Four shot at a bar", "", "Four shot at a bar")]
    [InlineData("title and the first sentence", "Four shot", "Police said four people were hurt. The bar closed.", "Four shot Police said four people were hurt. The bar closed.")]
    public void TheEmbeddedTextIsTheTitleAndTheLede(string name, string title, string text, string expected)
    {
        Assert.True(expected == SemanticText.Of(A("1", title, text)), name);
    }

    [Fact]
    public void TheEmbeddedTextStopsAfterTheLede()
    {
        var sentence = "Then " + string.Join(' ', Enumerable.Repeat("word", 29)) + ".";
        var text = string.Join(' ', Enumerable.Repeat(sentence, 10));
        var words = SemanticText.Of(A("1", "A title of five words", text)).Split(' ').Length;
        Assert.Equal(5 + 30 + 30, words);
        Assert.True(SemanticText.Of(A("2", string.Join(' ', Enumerable.Repeat("t", 100)), text)).Split(' ').Length == SemanticText.MaxWords);
    }
}
