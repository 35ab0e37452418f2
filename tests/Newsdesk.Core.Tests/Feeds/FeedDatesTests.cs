using Newsdesk.Feeds;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class FeedDatesTests
{
    public sealed record Case(string Name, string Input, string? ExpectedUtc)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("RFC 822 with GMT", "Wed, 31 Dec 2003 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        new("RFC 822 numeric zone", "Wed, 31 Dec 2003 10:14:55 -0800", "2003-12-31T18:14:55Z"),
        new("RFC 822 without weekday", "31 Dec 2003 10:14:55 +0100", "2003-12-31T09:14:55Z"),
        new("RFC 822 two-digit year", "Wed, 31 Dec 03 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        new("RFC 822 two-digit year last century", "Fri, 31 Dec 99 23:59:59 GMT", "1999-12-31T23:59:59Z"),
        new("RFC 822 named zone EST", "Wed, 31 Dec 2003 10:14:55 EST", "2003-12-31T15:14:55Z"),
        new("RFC 822 named zone PDT", "Thu, 01 Jul 2004 10:00:00 PDT", "2004-07-01T17:00:00Z"),
        new("RFC 822 zone UT", "Wed, 31 Dec 2003 10:14:55 UT", "2003-12-31T10:14:55Z"),
        new("RFC 822 zone Z", "Wed, 31 Dec 2003 10:14:55 Z", "2003-12-31T10:14:55Z"),
        new("RFC 822 military zone A (RFC 822 as written: -1 h)", "Wed, 31 Dec 2003 10:14:55 A", "2003-12-31T11:14:55Z"),
        new("RFC 822 military zone N (+1 h)", "Wed, 31 Dec 2003 10:14:55 N", "2003-12-31T09:14:55Z"),
        new("RFC 822 lowercase month and weekday", "wed, 31 dec 2003 10:14:55 gmt", "2003-12-31T10:14:55Z"),
        new("RFC 822 long month name", "31 December 2003 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        new("RFC 822 without seconds", "Wed, 31 Dec 2003 10:14 GMT", "2003-12-31T10:14:00Z"),
        new("RFC 822 without zone is UTC", "Wed, 31 Dec 2003 10:14:55", "2003-12-31T10:14:55Z"),
        new("RFC 822 zone with colon", "Wed, 31 Dec 2003 10:14:55 +05:30", "2003-12-31T04:44:55Z"),
        new("RFC 822 dashes", "Wed, 31-Dec-2003 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        new("RFC 822 single-digit day", "Thu, 1 Jan 2004 00:00:00 GMT", "2004-01-01T00:00:00Z"),
        new("asctime order", "Wed Dec 31 10:14:55 2003", "2003-12-31T10:14:55Z"),
        new("misspelt weekday", "Wedn, 31 Dec 2003 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        new("ISO 8601 with Z", "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
        new("ISO 8601 with offset", "2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z"),
        new("ISO 8601 offset without colon", "2003-12-31T10:14:55+0100", "2003-12-31T09:14:55Z"),
        new("ISO 8601 with fraction", "2003-12-31T10:14:55.123Z", "2003-12-31T10:14:55Z"),
        new("ISO 8601 without seconds", "2003-12-31T10:14Z", "2003-12-31T10:14:00Z"),
        new("ISO 8601 without zone is UTC", "2003-12-31T10:14:55", "2003-12-31T10:14:55Z"),
        new("ISO 8601 with space separator", "2003-12-31 10:14:55", "2003-12-31T10:14:55Z"),
        new("W3CDTF date only", "2003-12-31", "2003-12-31T00:00:00Z"),
        new("W3CDTF year and month", "2003-12", "2003-12-01T00:00:00Z"),
        new("W3CDTF year only", "2003", "2003-01-01T00:00:00Z"),
        new("ISO 8601 compact", "20031231T101455Z", "2003-12-31T10:14:55Z"),
        new("ISO 8601 lowercase t", "2003-12-31t10:14:55z", "2003-12-31T10:14:55Z"),
        new("hour 24 rolls to the next day", "2003-12-31T24:00:00Z", "2004-01-01T00:00:00Z"),
        new("invalid day", "2003-02-30T10:00:00Z", null),
        new("invalid month name", "31 Foo 2003 10:14:55 GMT", null),
        new("not a date", "yesterday", null),
        new("empty", "", null),
        new("overlong", new string('1', 500), null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_to_utc(Case c)
    {
        var parsed = FeedDates.Parse(c.Input);
        Assert.Equal(c.ExpectedUtc, parsed?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        if (parsed is not null)
        {
            Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
        }
    }
}
