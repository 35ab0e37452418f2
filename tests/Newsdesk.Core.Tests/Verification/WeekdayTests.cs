using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A weekday read against the calendar (issue #16): a dated day fixes its weekday. 5 March 2019 was
/// a Tuesday; the article was published on Friday 8 March 2019, so its "March 5" is that day.
/// </summary>
public sealed class WeekdayTests
{
    private static readonly Article Chase = new(
        "c1", "https://example.test/c1", "Example Post", "",
        "Police arrested the driver on March 5 after a chase through Brennock. "
        + "The driver appeared in court on Thursday and was released on bail.",
        new DateTimeOffset(2019, 3, 8, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The same text with no publication day: a day without a year then fixes no weekday.</summary>
    private static readonly Article Undated = Chase with { Id = "c2", Published = null };

    public static TheoryData<VerifierTests.Case> Cases => new()
    {
        new("a weekday the source never writes, the weekday of its dated day", "Police arrested the driver on Tuesday after a chase through Brennock.", true, null),
        new("a weekday of the sources that the dated day contradicts", "Police arrested the driver on Thursday after a chase through Brennock.", false, "date differs: thursday (the support dates it 5 march 2019, a tuesday)"),
        new("the day written with the wrong weekday", "Police arrested the driver on Thursday, March 5, after a chase through Brennock.", false, "date differs: thursday (5 march 2019 is a tuesday)"),
        new("the day written with its weekday", "Police arrested the driver on Tuesday, March 5, after a chase through Brennock.", true, null),
        new("a weekday the source writes for that statement", "The driver appeared in court on Thursday.", true, null),
        new("a weekday nowhere in the sources and not the dated day's", "Police arrested the driver on Wednesday after a chase through Brennock.", false, "date not in sources: wednesday"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(VerifierTests.Case c) => VerifierTests.Expect(c, Chase);

    [Fact]
    public void A_day_without_a_year_or_publication_fixes_no_weekday() =>
        VerifierTests.Expect(new("no year known", "Police arrested the driver on Thursday after a chase through Brennock.", true, null), Undated);

    public sealed record DayCase(string Name, string Text, int Month, int Day, int? Year, string? Weekday);

    public static TheoryData<DayCase> Days => new()
    {
        new("month, day, year and weekday", "It opened on Tuesday, March 5, 2019, in Ohio.", 3, 5, 2019, "tuesday"),
        new("day before the month", "It opened on 5 March 2020.", 3, 5, 2020, null),
        new("abbreviated month", "It closed on Sept. 26.", 9, 26, null, null),
        new("weekday with an article", "It closed on Friday the 26 September.", 9, 26, null, "friday"),
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Reads_a_day_of_the_calendar(DayCase c)
    {
        var day = Assert.Single(CalendarDays.Find(Tokenizer.Tokenize(c.Text)));
        Assert.True((c.Month, c.Day, c.Year, c.Weekday) == (day.Month, day.Day, day.Year, day.Weekday), $"{c.Name}: {day}");
    }

    [Theory]
    [InlineData("a month and a year, no day", "It opened in March 2019.")]
    [InlineData("a lower-case month is a verb", "They may 12 times.")]
    [InlineData("a month before a count", "In March 150 people left.")]
    public void Reads_no_day(string name, string text) => Assert.True(CalendarDays.Find(Tokenizer.Tokenize(text)).Count == 0, name);

    [Fact]
    public void Knows_the_weekday_of_a_day() => Assert.Equal("tuesday", CalendarDays.WeekdayOn(2019, 3, 5));
}
