using System.Text;

namespace Newsdesk.Fetching;

/// <summary>
/// A parsed robots.txt (RFC 9309), pure: which paths a crawler with a given product token may
/// fetch. The group for the most specific matching user-agent applies (else the <c>*</c> group);
/// the longest matching rule wins, and on a tie <c>Allow</c> wins. <c>*</c> matches any run of
/// characters and a final <c>$</c> anchors the end.
/// </summary>
public sealed class RobotsPolicy
{
    /// <summary>Bytes of robots.txt read; RFC 9309 §2.5 asks crawlers to parse at least 500 KiB.</summary>
    public const int MaxBytes = 500 * 1024;

    /// <summary>Rules kept per group: more is a broken or hostile file.</summary>
    public const int MaxRulesPerGroup = 5000;

    private readonly List<Group> groups;

    private RobotsPolicy(List<Group> groups) => this.groups = groups;

    /// <summary>No robots.txt (404 and other 4xx): everything may be fetched (RFC 9309 §2.3.1.3).</summary>
    public static RobotsPolicy AllowAll { get; } = new([]);

    /// <summary>robots.txt unreachable (5xx, network): nothing may be fetched for now (RFC 9309 §2.3.1.4).</summary>
    public static RobotsPolicy DisallowAll { get; } = new([new Group(["*"], [new Rule("/", false)])]);

    public static RobotsPolicy Parse(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Length > MaxBytes ? body[..MaxBytes] : body);
        var parsed = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group([], []);
                        parsed.Add(current);
                    }

                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow" when current is not null:
                    lastWasAgent = false;
                    if (value.Length > 0 && current.Rules.Count < MaxRulesPerGroup)
                    {
                        current.Rules.Add(new Rule(value, key == "allow"));
                    }

                    break;
                default:
                    // Sitemap, crawl-delay and unknown keys do not end a run of user-agent lines (RFC 9309 §2.2.1).
                    break;
            }
        }

        return new RobotsPolicy(parsed);
    }

    /// <summary>Whether a crawler calling itself <paramref name="productToken"/> may fetch the path (and query) of <paramref name="url"/>.</summary>
    public bool IsAllowed(Uri url, string productToken)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        var token = productToken.ToLowerInvariant();
        var matching = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
        {
            matching = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        Rule? best = null;
        foreach (var rule in matching.SelectMany(g => g.Rules))
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Pattern match with <c>*</c> (any run) and a final <c>$</c> (end), iterative, linear in practice.</summary>
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        int p = 0, s = 0, star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (p == pattern.Length && !anchored)
            {
                return true;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private sealed record Group(List<string> Agents, List<Rule> Rules);

    private sealed record Rule(string Pattern, bool Allow);
}
