using System.Net.Mail;
using Newsdesk.Publishing;
using Newsdesk.Text;

namespace Newsdesk.Notify;

/// <summary>
/// Checks a follow before it is stored: a term the rule can match, and a destination that is an
/// absolute http(s) URL (webhook, ntfy, Apprise) or one email address. Each problem is a sentence
/// an operator can act on; nothing invalid is ever stored.
/// </summary>
public static class FollowRules
{
    /// <summary>Longest follow name.</summary>
    public const int MaxNameChars = 100;

    /// <summary>Longest destination URL or address.</summary>
    public const int MaxTargetChars = 2048;

    /// <summary>Null when <paramref name="spec"/> can be stored, else why not.</summary>
    public static string? Problem(FollowSpec spec)
    {
        if (string.IsNullOrWhiteSpace(spec.Name) || spec.Name.Length > MaxNameChars || Slug.ForTerm(spec.Name).Length == 0)
        {
            return $"a follow needs a name of 1 to {MaxNameChars} characters with at least one letter or digit";
        }

        var termProblem = spec.Kind switch
        {
            FollowKind.Breaking => null,
            FollowKind.Query when spec.Term.Length > Paging.MaxQueryChars => $"the query is longer than {Paging.MaxQueryChars} characters",
            FollowKind.Query when SearchTerms.Parse(spec.Term).Count == 0 =>
                $"the query '{spec.Term}' has no word to search for (words are letters or digits, at least {SearchTerms.MinTermChars} long)",
            FollowKind.Topic or FollowKind.Entity when Slug.ForTerm(spec.Term).Length == 0 =>
                $"a {spec.Kind.ToString().ToLowerInvariant()} follow needs a name with at least one letter or digit",
            _ => null,
        };
        if (termProblem is not null)
        {
            return termProblem;
        }

        if (spec.DigestHour is < 0 or > 23)
        {
            return "the digest hour is 0 to 23 (UTC)";
        }

        if (spec.Digest != DigestSchedule.Immediate && spec.Channel != Channel.Email)
        {
            return "digests are sent by email only";
        }

        return spec.Channel switch
        {
            Channel.None => spec.Target is null ? null : "a destination needs a channel (webhook, ntfy, apprise or email)",
            Channel.Email => EmailProblem(spec.Target),
            _ => UrlProblem(spec.Target),
        };
    }

    /// <summary>Null when <paramref name="target"/> is an absolute http or https URL, else why not.</summary>
    public static string? UrlProblem(string? target)
    {
        if (string.IsNullOrWhiteSpace(target) || target.Length > MaxTargetChars)
        {
            return $"a destination URL of at most {MaxTargetChars} characters is required";
        }

        // On Unix "/news" parses as an absolute file URI: an absolute URL here names its scheme.
        if (!target.Contains(':', StringComparison.Ordinal) || !Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            return $"'{target}' is not an absolute URL";
        }

        return uri.Scheme is "http" or "https"
            ? null
            : $"'{target}' is not an http(s) URL (scheme '{uri.Scheme}'): only http and https destinations are allowed";
    }

    /// <summary>Null when <paramref name="target"/> is one plain email address, else why not.</summary>
    public static string? EmailProblem(string? target)
    {
        if (string.IsNullOrWhiteSpace(target) || target.Length > MaxTargetChars)
        {
            return "an email address is required";
        }

        return MailAddress.TryCreate(target, out var address) && address.Address == target.Trim() && address.DisplayName.Length == 0
            ? null
            : $"'{target}' is not one plain email address (name@example.org)";
    }
}
