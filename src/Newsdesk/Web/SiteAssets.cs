using System.Security.Cryptography;

namespace Newsdesk.Web;

/// <summary>The one stylesheet, embedded in the assembly and served under a content-hashed URL.</summary>
internal sealed class SiteAssets
{
    public SiteAssets()
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Newsdesk.Web.site.css")
                           ?? throw new InvalidOperationException("the embedded stylesheet Web/site.css is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Css = buffer.ToArray();
        CssVersion = Convert.ToHexStringLower(SHA256.HashData(Css))[..12];
        CssHref = "/site.css?v=" + CssVersion;
    }

    public byte[] Css { get; }

    public string CssVersion { get; }

    public string CssHref { get; }
}
