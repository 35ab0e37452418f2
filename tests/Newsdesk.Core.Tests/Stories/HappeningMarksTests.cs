using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class HappeningMarksTests
{
    [Theory]
    [InlineData("A magnitude 3.3 earthquake was reported 11 miles from Ridgecrest, Calif., according to the U.S. Geological Survey.", "ridgecrest")]
    [InlineData("PALM SPRINGS, Calif. (AP) — A man was shot.", "palm springs")]
    [InlineData("The fire near Rancho Santa Margarita, California, burned 200 acres.", "rancho santa margarita")]
    [InlineData("Police said Thursday. Springfield, Ill. officers arrived.", "springfield")]
    [InlineData("Deputies in Orange County, Calif., said.", "")]
    [InlineData("Meanwhile, Texas reported 1,000 cases.", "")]
    [InlineData("in washington, D.C., on Monday", "")]
    public void ReadsTheTownBeforeAState(string text, string town)
    {
        var towns = new HashSet<string>(StringComparer.Ordinal);
        HappeningMarks.Read(text, towns, new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(town.Length == 0 ? [] : town.Split(' ').Order(StringComparer.Ordinal), towns.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("reported at 4:37 p.m. Thursday", "4:37p")]
    [InlineData("at 10:36 a.m. Pacific time", "10:36a")]
    [InlineData("at 7:53pm", "7:53p")]
    [InlineData("scored 3:1 in the match; a ratio of 12:30 am", "12:30a")]
    [InlineData("at 4:37 pmx", "")]
    public void ReadsTimesOfDay(string text, string time)
    {
        var times = new HashSet<string>(StringComparer.Ordinal);
        HappeningMarks.Read(text, new HashSet<string>(StringComparer.Ordinal), times);

        Assert.Equal(time.Length == 0 ? [] : [time], times);
    }

    [Theory]
    [InlineData("A magnitude 4.4 earthquake was reported shortly after midnight", "4.4")]
    [InlineData("Earthquake: 3.6 quake near Brawley, Calif.", "3.6")]
    [InlineData("M 4.7 - 10km NE of Eureka", "4.7")]
    [InlineData("a 4.5-magnitude quake shook the valley", "4.5")]
    [InlineData("a magnitude-3.1 temblor", "3.1")]
    [InlineData("Shares rose 4.4 percent; the bank paid 3.6 billion", "")]
    [InlineData("version 10.4.2 quake engine", "")]
    public void ReadsQuakeMagnitudes(string text, string magnitude)
    {
        var magnitudes = new HashSet<string>(StringComparer.Ordinal);
        HappeningMarks.Read(text, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), magnitudes);

        Assert.Equal(magnitude.Length == 0 ? [] : [magnitude], magnitudes);
    }
}
