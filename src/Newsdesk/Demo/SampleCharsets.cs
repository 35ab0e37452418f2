using System.Text;

namespace Newsdesk.Demo;

/// <summary>The charsets an outlet may declare (outlet.json "charset"); an old regional CMS still serves ISO-8859-1.</summary>
public static class SampleCharsets
{
    public const string Utf8Name = "utf-8";
    public const string Latin1 = "iso-8859-1";

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static bool IsKnown(string? name) => name is null or Utf8Name or Latin1;
}
