namespace Newsdesk.Web;

/// <summary>What a page handler decided: a page to send (and cache), or a refusal, or a redirect.</summary>
internal abstract record PageResult
{
    public sealed record Html(string Body) : PageResult;

    public sealed record Bytes(byte[] Body, string ContentType) : PageResult;

    public sealed record NotFound(string Detail) : PageResult;

    public sealed record BadRequest(string Detail) : PageResult;

    /// <summary>A permanent redirect to a site-relative path (a merged or retitled story).</summary>
    public sealed record Moved(string Path) : PageResult;
}
