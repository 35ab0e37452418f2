using System.Net;
using Newsdesk.Feeds;
using Newsdesk.Fetching;
using Newsdesk.Sources;

namespace Newsdesk.Tests.Polling;

/// <summary>The pure rules under fetching: the SSRF guard, Retry-After, item identity.</summary>
public sealed class FetchRulesTests
{
    public static TheoryData<string, bool> Addresses => new()
    {
        { "127.0.0.1", true },
        { "127.255.0.9", true },
        { "::1", true },
        { "0.0.0.0", true },
        { "::", true },
        { "10.1.2.3", true },
        { "172.16.0.1", true },
        { "172.31.255.255", true },
        { "192.168.1.1", true },
        { "169.254.169.254", true },
        { "100.64.0.1", true },
        { "100.127.255.254", true },
        { "224.0.0.1", true },
        { "255.255.255.255", true },
        { "fe80::1", true },
        { "fd00::1", true },
        { "ff02::1", true },
        { "::ffff:127.0.0.1", true },
        { "::ffff:10.0.0.1", true },
        { "64:ff9b::a9fe:a9fe", true },
        { "2002:c0a8:0101::1", true },
        { "8.8.8.8", false },
        { "172.32.0.1", false },
        { "100.128.0.1", false },
        { "93.184.216.34", false },
        { "2606:4700::1111", false },
        { "::ffff:8.8.8.8", false },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Ssrf_guard(string address, bool forbidden) =>
        Assert.Equal(forbidden, AddressGuard.Forbidden(IPAddress.Parse(address)) is not null);

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string?, double?> RetryAfters => new()
    {
        { "120", 120 },
        { " 0 ", 0 },
        { "Tue, 24 Nov 2026 13:00:00 GMT", 3600 },
        { "Tue, 24 Nov 2026 11:00:00 GMT", 0 },
        { "soon", null },
        { "-5", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(RetryAfters))]
    public void Retry_after(string? header, double? seconds) =>
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), RetryAfter.Parse(header, Now));

    public static TheoryData<string?, string?> Links => new()
    {
        { "https://Example.ORG/a?utm_source=rss&id=3#comments", "https://example.org/a?id=3" },
        { "http://example.org:80/a?fbclid=x", "http://example.org/a" },
        { "https://example.org/a?b=1&gclid=2&c=3", "https://example.org/a?b=1&c=3" },
        { "/relative/path", "https://base.example/relative/path" },
        { "mailto:someone@example.org", null },
        { "javascript:alert(1)", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Canonical_link(string? link, string? expected) =>
        Assert.Equal(expected, ItemIdentity.CanonicalLink(link, new Uri("https://base.example/feed")));

    [Fact]
    public void Guid_falls_back_from_id_to_link_to_a_hash()
    {
        var withId = new FeedItem("id-1", "T", "http://x/1", null, null, null, null, null);
        var withLink = withId with { Id = null };
        var bare = withLink with { Link = null };
        Assert.Equal("id-1", ItemIdentity.Guid(withId));
        Assert.Equal("http://x/1", ItemIdentity.Guid(withLink));
        Assert.StartsWith("hash:", ItemIdentity.Guid(bare), StringComparison.Ordinal);
        Assert.Equal(ItemIdentity.Guid(bare), ItemIdentity.Guid(bare with { Summary = "other" }));
    }

    [Fact]
    public void Content_hash_changes_with_what_a_reader_sees()
    {
        var item = new FeedItem("1", "Title", "http://x/1", Now, null, "A", "Summary", null);
        Assert.Equal(ItemIdentity.ContentHash(item), ItemIdentity.ContentHash(item with { }));
        Assert.NotEqual(ItemIdentity.ContentHash(item), ItemIdentity.ContentHash(item with { Summary = "Summary, corrected" }));
        Assert.NotEqual(ItemIdentity.ContentHash(item), ItemIdentity.ContentHash(item with { Title = "Title 2" }));
    }
}
