using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Fetching;

/// <summary>
/// How Newsdesk fetches over HTTP (configuration section <c>Newsdesk:Fetch</c>). Shared by feed
/// polling and, later, article pages.
/// </summary>
public sealed class FetchOptions
{
    public const string Section = "Newsdesk:Fetch";

    /// <summary>Largest body read (after decompression). 10 MB holds the largest real feeds many times over.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Time for the whole fetch: connecting, every redirect, every body byte.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests to one host at once. Two is what RFC 2616 §8.1.4 advised per server and what polite crawlers keep to.</summary>
    [Range(1, 16)]
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PerHostMinGap { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Allows requests to loopback, private, link-local, CGNAT, multicast and unspecified addresses.
    /// Off by default: feed and article links are untrusted input. The demo and the tests turn it on
    /// for their loopback servers.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>
    /// Single addresses let through the guard while it stays on for every other one, e.g.
    /// <c>["127.0.0.1"]</c> for outlets served on loopback: narrower than AllowPrivateAddresses.
    /// </summary>
    public IList<string> AllowedAddresses { get; set; } = [];

    /// <summary>
    /// Refuses, before any DNS lookup, every request whose host is not a loopback address (an IP
    /// literal or <c>localhost</c>). For replays of recorded feeds (<c>newsdesk replay</c>): the real
    /// outlets' article pages are then unreachable, as in an outage, and nothing leaves the machine.
    /// The address guard still applies: loopback must also be allowed (AllowedAddresses or AllowPrivateAddresses).
    /// </summary>
    public bool LoopbackOnly { get; set; }
}
