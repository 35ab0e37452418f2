using Newsdesk.Feeds;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class HtmlSanitizerTests
{
    public sealed record Case(string Name, string Input, string Expected)
    {
        public override string ToString() => Name;
    }

    private static readonly Uri Base = new("https://example.org/news/");

    public static TheoryData<Case> Cases => new()
    {
        new("plain text untouched", "Hello world", "Hello world"),
        new("safe formatting kept", "<p>Hi <b>there</b> <em>you</em></p>", "<p>Hi <b>there</b> <em>you</em></p>"),
        new("script removed with its content", "a<script>alert(1)</script>b", "ab"),
        new("script in caps removed", "a<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT>b", "ab"),
        new("unclosed script removes the rest", "a<script>alert(1)", "a"),
        new("style element removed", "<style>body{display:none}</style>text", "text"),
        new("iframe tag removed, fallback text kept", "<iframe src=\"https://evil.example/\">fallback</iframe>", "fallback"),
        new("object and embed removed", "safe<object data=\"x.swf\"><embed src=\"x.swf\"></object>", "safe"),
        new("onerror removed", "<img src=\"a.png\" onerror=\"alert(1)\">", "<img src=\"https://example.org/news/a.png\" />"),
        new("onclick removed", "<a href=\"https://x.example/\" onclick=\"steal()\">x</a>", "<a href=\"https://x.example/\">x</a>"),
        new("javascript: link dropped", "<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
        new("obfuscated javascript: link dropped", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>"),
        new("uppercase JAVASCRIPT: dropped", "<a href=\"JAVASCRIPT:alert(1)\">x</a>", "<a>x</a>"),
        new("vbscript: dropped", "<a href=\"vbscript:msgbox\">x</a>", "<a>x</a>"),
        new("data: link dropped", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<a>x</a>"),
        new("data: image kept", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" />"),
        new("relative link resolved", "<a href=\"../about\">x</a>", "<a href=\"https://example.org/about\">x</a>"),
        new("mailto kept", "<a href=\"mailto:a@example.org\">mail</a>", "<a href=\"mailto:a@example.org\">mail</a>"),
        new("unknown tag dropped, text kept", "<blink>hi</blink>", "hi"),
        new("unclosed tags closed", "<div><b>bold", "<div><b>bold</b></div>"),
        new("stray end tag dropped", "text</div>", "text"),
        new("safe style kept", "<span style=\"color: red\">x</span>", "<span style=\"color: red;\">x</span>"),
        new("style with url dropped", "<span style=\"background: url(javascript:alert(1))\">x</span>", "<span>x</span>"),
        new("style with expression dropped", "<span style=\"width: expression(alert(1))\">x</span>", "<span>x</span>"),
        new("unsafe declarations dropped, safe ones kept in order", "<p style=\"COLOR: Red; position: fixed; ;font-size:12px \">x</p>", "<p style=\"COLOR: Red; font-size: 12px;\">x</p>"),
        new("modest shorthand kept", "<p style=\"margin: 0 auto; border: 1px solid #ccc\">x</p>", "<p style=\"margin: 0 auto; border: 1px solid #ccc;\">x</p>"),
        new("oversized shorthand dropped", "<p style=\"margin: 1000px; padding: 5px\">x</p>", "<p style=\"padding: 5px;\">x</p>"),
        new("vendor property dropped", "<p style=\"-webkit-border-horizontal-spacing: 1px\">x</p>", "<p>x</p>"),
        new("css comment voids the attribute", "<p style=\"color: red; /* x */\">x</p>", "<p>x</p>"),
        new("attribute quote and ampersand escaped", "<a title='say \"hi\" &amp; go'>x</a>", "<a title=\"say &quot;hi&quot; &amp; go\">x</a>"),
        new("comment removed", "a<!-- secret -->b", "ab"),
        new("entities normalised", "a &amp; b &lt; c &eacute;", "a &amp; b &lt; c \u00e9"),
        new("bare less-than escaped", "1 < 2", "1 &lt; 2"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sanitises(Case c) => Assert.Equal(c.Expected, HtmlSanitizer.Sanitize(c.Input, Base));

    [Fact]
    public void Titles_become_plain_text() =>
        Assert.Equal("Breaking: rates & \u00e9lan", HtmlText.ToPlainText("<b>Breaking:</b>  rates &amp; &eacute;lan<script>x()</script>"));
}
