namespace Newsdesk.Articles;

/// <summary>Why a fetched page's text should not replace the feed's own text.</summary>
public enum TextVerdict
{
    /// <summary>The extracted text is the article.</summary>
    Sufficient,

    /// <summary>The server refused or failed (4xx/5xx).</summary>
    HttpError,

    /// <summary>A bot check or challenge page (Cloudflare, captcha, "enable JavaScript").</summary>
    BotChallenge,

    /// <summary>A paywall or a subscriber-only teaser.</summary>
    Paywalled,

    /// <summary>Too little text to be the article.</summary>
    TooShort,
}

/// <summary>
/// Decides whether an extracted page is the article or whether the pipeline should fall back to the
/// feed's own text: a pure function of the extraction result, the HTTP status and the feed text.
/// Marker phrases come from the pages of the common challenge and paywall vendors (Cloudflare,
/// Akamai, DataDome, PerimeterX, Piano, Poool, Steady, LaterPay) and news sites' subscriber prompts.
/// </summary>
public static class TextSufficiency
{
    /// <summary>Fewest characters of extracted text that count as an article.</summary>
    public const int MinArticleChars = 400;

    /// <summary>Extracted text shorter than this share of the feed's own text is a teaser, not the article.</summary>
    public const double MinShareOfFeedText = 0.8;

    /// <summary>A paywall marker counts only in text shorter than this (a long article that mentions subscriptions is still the article).</summary>
    public const int PaywallTextChars = 2500;

    internal static readonly string[] ChallengeMarkers =
    [
        "checking your browser", "just a moment...", "enable javascript and cookies", "please enable javascript",
        "verify you are human", "are you a robot", "captcha", "access denied", "attention required", "ddos protection",
        "request unsuccessful", "bitte aktivieren sie javascript", "pardon our interruption", "unusual traffic",
    ];

    internal static readonly string[] PaywallMarkers =
    [
        "subscribe to continue", "subscribe to read", "to continue reading", "subscribers only", "for subscribers",
        "already a subscriber", "this article is for subscribers", "sign in to read", "create a free account to continue",
        "jetzt abonnieren", "nur für abonnenten", "weiterlesen mit", "abo abschließen", "sie haben bereits ein abo",
        "pour lire la suite", "réservé aux abonnés", "article réservé", "contenido exclusivo para suscriptores",
        "solo per gli abbonati", "tylko dla prenumeratorów",
    ];

    public static TextVerdict Judge(ExtractedArticle article, int statusCode, string? feedText = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (statusCode is < 200 or >= 400)
        {
            return statusCode is 403 or 429 or 503 && HasMarker(article.Text + " " + article.Title, ChallengeMarkers)
                ? TextVerdict.BotChallenge
                : TextVerdict.HttpError;
        }

        var text = article.Text;
        if (text.Length < MinArticleChars && HasMarker(text + " " + article.Title, ChallengeMarkers))
        {
            return TextVerdict.BotChallenge;
        }

        if (text.Length < PaywallTextChars && HasMarker(text, PaywallMarkers))
        {
            return TextVerdict.Paywalled;
        }

        if (text.Length < MinArticleChars)
        {
            return TextVerdict.TooShort;
        }

        return feedText is not null && text.Length < feedText.Length * MinShareOfFeedText ? TextVerdict.TooShort : TextVerdict.Sufficient;
    }

    private static bool HasMarker(string text, string[] markers)
    {
        var lower = text.ToLowerInvariant();
        return markers.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }
}
