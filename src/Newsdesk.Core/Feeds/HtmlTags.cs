using System.Collections.Frozen;

namespace Newsdesk.Feeds;

/// <summary>
/// The HTML the sanitiser keeps, as data in one place. Element and attribute lists follow the
/// HTML 4.01 and HTML5 element and attribute indexes, minus anything that runs code, loads a
/// frame or plugin, or submits data (compare feedparser's and miniflux's allow-lists).
/// </summary>
internal static class HtmlTags
{
    /// <summary>Formatting and structure elements kept (with their allowed attributes).</summary>
    public static readonly FrozenSet<string> Allowed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote",
        "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "data", "datagrid",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "main", "map", "mark", "menu", "meter",
        "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr",
        "track", "tt", "u", "ul", "var", "video", "wbr",
    ]);

    /// <summary>
    /// Elements dropped together with everything inside them: code, styles, foreign content. Frames
    /// and plugins (iframe, object, embed, applet) are not allowed either, but only their tags go:
    /// their fallback content is ordinary HTML, sanitised like the rest, and an unclosed one must not
    /// swallow the text after it.
    /// </summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "script", "style", "noembed", "noframes", "template", "svg", "math", "title", "head", "xml",
    ]);

    /// <summary>Elements without an end tag.</summary>
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",
    ]);

    /// <summary>Attributes kept (event handlers, style beyond safe properties, and form actions are not).</summary>
    public static readonly FrozenSet<string> AllowedAttributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autocomplete", "autofocus",
        "axis", "background", "balance", "bgcolor", "bgproperties", "border", "bordercolor", "bordercolordark",
        "bordercolorlight", "bottompadding", "cellpadding", "cellspacing", "ch", "challenge", "char", "charoff", "charset",
        "checked", "choff", "cite", "class", "clear", "color", "cols", "colspan", "compact", "contenteditable", "controls",
        "coords", "data", "datafld", "datapagesize", "datasrc", "datetime", "default", "delay", "dir", "disabled",
        "draggable", "dynsrc", "enctype", "end", "face", "for", "form", "frame", "galleryimg", "gutter", "headers", "height",
        "hidden", "hidefocus", "high", "href", "hreflang", "hspace", "icon", "id", "inputmode", "ismap", "keytype", "label",
        "lang", "leftspacing", "list", "longdesc", "loop", "loopcount", "loopend", "loopstart", "low", "lowsrc", "max",
        "maxlength", "media", "method", "min", "multiple", "name", "nohref", "noshade", "nowrap", "open", "optimum",
        "pattern", "ping", "point-size", "poster", "pqg", "preload", "prompt", "radiogroup", "readonly", "rel",
        "repeat-max", "repeat-min", "replace", "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope",
        "selected", "shape", "size", "sizes", "span", "src", "srcset", "start", "step", "summary", "suppress", "tabindex",
        "target", "template", "title", "toppadding", "type", "unselectable", "urn", "usemap", "valign", "value",
        "variable", "volume", "vrml", "vspace", "width", "wrap", "xml:lang",
    ]);

    /// <summary>Attributes holding a URL: resolved against the base and checked for a safe scheme.</summary>
    public static readonly FrozenSet<string> UrlAttributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "action", "background", "cite", "data", "dynsrc", "href", "icon", "longdesc", "lowsrc", "ping", "poster", "src", "usemap",
    ]);

    /// <summary>URL schemes a link or source may use; data: is allowed only for images (see the sanitiser).</summary>
    public static readonly FrozenSet<string> SafeSchemes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "http", "https", "ftp", "ftps", "mailto", "news", "nntp", "tel", "sms", "magnet", "feed", "irc", "ircs", "xmpp", "gopher",
    ]);

    /// <summary>CSS properties kept inside a style attribute; values with url( or expression( never are.</summary>
    public static readonly FrozenSet<string> SafeCssProperties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "background-color", "border-collapse", "border-color", "border-style", "clear", "color", "cursor", "direction",
        "display", "elevation", "float", "font", "font-family", "font-size", "font-style", "font-variant", "font-weight",
        "height", "letter-spacing", "line-height", "overflow", "pause", "pause-after", "pause-before", "pitch",
        "pitch-range", "richness", "speak", "speak-header", "speak-numeral", "speak-punctuation", "speech-rate", "stress",
        "text-align", "text-decoration", "text-indent", "unicode-bidi", "vertical-align", "voice-family", "volume",
        "white-space", "width",
    ]);

    /// <summary>Shorthand CSS property families kept when every keyword of the value is harmless.</summary>
    public static readonly FrozenSet<string> SafeCssShorthands = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "background", "border", "margin", "padding",
    ]);

    /// <summary>Keywords allowed in shorthand CSS values (margin, padding, border, background).</summary>
    public static readonly FrozenSet<string> SafeCssKeywords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "auto", "aqua", "black", "block", "blue", "bold", "both", "bottom", "brown", "center", "collapse", "dashed", "dotted",
        "double", "fuchsia", "gray", "green", "!important", "inherit", "italic", "left", "lime", "maroon", "medium", "none",
        "navy", "normal", "nowrap", "olive", "pointer", "purple", "red", "right", "solid", "silver", "teal", "thick", "thin",
        "top", "transparent", "underline", "white", "yellow", "groove", "ridge", "inset", "outset", "hidden",
    ]);

    /// <summary><see cref="SafeCssProperties"/> looked up by span (no string per declaration).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SafeCssPropertyLookup = SafeCssProperties.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="SafeCssShorthands"/> looked up by span.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SafeCssShorthandLookup = SafeCssShorthands.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="SafeCssKeywords"/> looked up by span.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SafeCssKeywordLookup = SafeCssKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsVoid(string name) => Void.Contains(name);
}
