using System.Collections.Frozen;

namespace Newsdesk.Articles;

/// <summary>
/// The word lists and selectors of the extractor, as data in one place. Sources: the HTML Living
/// Standard (element categories), WAI-ARIA landmark roles, schema.org and Open Graph property names,
/// and our own reading of how CMSs (WordPress, Drupal, Arc, TYPO3, Ghost, Medium) name their
/// containers; class/id tokens are matched whole or as prefixes after splitting on '-', '_' and spaces.
/// </summary>
internal static class ExtractionRules
{
    /// <summary>Elements that never carry article text (HTML Living Standard: metadata, scripting, embedded, interactive).</summary>
    public static readonly FrozenSet<string> DroppedTags = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "picture", "img", "map", "button", "input", "select", "option",
        "textarea", "label", "dialog", "head", "link", "meta", "base", "rt", "rp");

    /// <summary>Script types that hold markup rendered later by the page (client-side templates), not code.</summary>
    public static readonly FrozenSet<string> TemplateScriptTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "text/template", "text/html", "text/x-template", "text/x-handlebars-template", "text/x-jsrender");

    /// <summary>Boilerplate tokens (and prefixes) whose boxes are defined by their links: share bars, link lists, related links, navigation. A box so named that holds long link-free prose is not one.</summary>
    public static readonly string[] LinkBoxPrefixes =
    [
        "share", "sharing", "social", "sociable", "links", "linklist", "related", "more", "readmore", "recommend",
        "nav", "menu", "submenu", "breadcrumb", "crumbs", "pagination", "pager", "tools", "actions", "print",
        "slider", "carousel", "jump", "toc", "follow", "addthis", "shariff", "tags", "taglist", "utility", "ad",
    ];

    /// <summary>ARIA roles of link and widget boxes (navigation, menus, tab lists) that may wrap prose (an FAQ accordion).</summary>
    public static readonly FrozenSet<string> LinkBoxRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "navigation", "menu", "menubar", "toolbar", "tablist");

    /// <summary>Sectioning elements that are boilerplate by definition (HTML Living Standard).</summary>
    public static readonly FrozenSet<string> BoilerplateTags = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "aside", "footer", "menu");

    /// <summary>WAI-ARIA landmark and widget roles that are never the article.</summary>
    public static readonly FrozenSet<string> BoilerplateRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
        "dialog", "alertdialog", "tablist", "form", "alert", "status", "note");

    /// <summary>
    /// Class/id tokens (whole token, lower case) that mark boilerplate: navigation, comments, related
    /// links, newsletter and cookie boxes, share bars, bylines, dates, tags, ads.
    /// </summary>
    public static readonly FrozenSet<string> BoilerplateTokens = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumbs", "sidebar",
        "side", "footer", "foot", "masthead", "topbar", "toolbar", "pagination", "pager",
        "comment", "comments", "commentlist", "discussion", "disqus", "replies", "reply", "respond",
        "share", "shares", "sharing", "sharebar", "social", "socials", "sociable", "addthis", "shariff",
        "related", "recommended", "recommendations", "recirculation", "more", "readmore", "outbrain", "taboola",
        "newsletter", "subscribe", "subscription", "signup", "optin", "cookie", "cookies", "consent", "gdpr",
        "banner", "ad", "ads", "advert", "advertisement", "adsense", "sponsor", "sponsored", "promo", "promotion",
        "byline", "author", "authors", "avatar", "bio", "dateline", "date", "time", "timestamp", "posted",
        "postmeta", "entrymeta", "meta", "metadata", "tags", "tagcloud", "taglist",
        "print", "popup", "modal", "overlay", "login", "skip", "sr", "screenreader",
        "rating", "rate", "votes", "jump", "toc", "trending", "popular", "mostread",
        "credit", "credits", "copyright", "license", "imprint", "impressum", "follow",
        "feedback", "infobox", "supplemental", "extra", "utility", "tools", "actions", "links", "linklist",
        "header", "logo", "brand", "search", "sticky", "slider", "carousel", "gallery", "thumbnails");

    /// <summary>Token prefixes that mark boilerplate when a CMS glues words together ("commentlist", "sharebar").</summary>
    public static readonly string[] BoilerplatePrefixes =
    [
        "comment", "share", "sharing", "social", "related", "newsletter", "cookie", "breadcrumb", "sidebar",
        "footer", "navbar", "navigation", "advert", "sponsor", "subscri", "disqus", "outbrain", "taboola",
        "byline", "postmeta", "entrymeta", "articlemeta", "tagcloud", "banner", "promo",
    ];

    /// <summary>Class/id tokens that mark the article itself; they protect an element from the boilerplate tokens.</summary>
    public static readonly FrozenSet<string> ContentTokens = FrozenSet.Create(StringComparer.Ordinal,
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "richtext", "paragraph", "storybody", "postbody", "entrycontent", "postcontent", "articlecontent");

    /// <summary>
    /// Containers that hold the article body, in priority order (schema.org articleBody first, then
    /// CMS conventions, then the HTML article/main elements). Matched on the class/id with '-' and '_'
    /// removed, lower case, as substrings.
    /// </summary>
    public static readonly string[] BodyContainerHints =
    [
        "articlebody", "articletext", "articlecontent", "article__body", "storybody", "storycontent",
        "storytext", "entrycontent", "postcontent", "postbody", "posttext", "blogpost", "bodytext",
        "contentbody", "textcontent", "maincontent", "richtext", "entrybody", "singlecontent", "pagecontent",
        "newscontent", "newsbody", "artikel", "beitrag", "inhalt",
    ];

    /// <summary>Class/id tokens of a lead paragraph that CMSs place before the body container (intro, standfirst, summary).</summary>
    public static readonly FrozenSet<string> LeadTokens = FrozenSet.Create(StringComparer.Ordinal,
        "intro", "introduction", "lead", "leadtext", "lede", "summary", "teaser", "standfirst", "excerpt", "abstract",
        "description", "deck", "dek", "subtitle", "subheadline", "subline", "sapo", "chapo", "chapeau", "header__summary",
        "bajada", "entradilla", "sommario", "leadtext", "articleintro", "kurztext");

    /// <summary>Class/id token prefixes that make an article element boilerplate (comment threads, teaser cards); other tokens on article (WordPress "author-x", "tag-y") say nothing.</summary>
    public static readonly string[] ArticleBoilerplatePrefixes =
    [
        "comment", "related", "recommend", "promo", "sidebar", "teaser", "card", "widget", "sponsor",
    ];

    /// <summary>Class/id token prefixes of blocks that list other articles or comments; such a block is never taken as the body even when its name also says "artikel" or "content" (layout words like "sidebar" or "widget" are not among them: "article-body has-sidebar" is a body).</summary>
    public static readonly string[] TeaserBlockPrefixes =
    [
        "comment", "related", "recommend", "teaser", "promo",
    ];

    /// <summary>Short blocks with these phrases (lower case) are boilerplate: share bars, read-more links, legal lines.</summary>
    public static readonly string[] BoilerplatePhrases =
    [
        "share this", "share on", "tweet", "follow us", "read more", "weiterlesen", "mehr lesen", "lire la suite",
        "leer más", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "copyright",
        "©", "cookie", "newsletter", "subscribe", "sign up", "anmelden", "abonnieren", "advertisement",
        "anzeige", "werbung", "leave a reply", "leave a comment", "kommentar", "comments", "posted in",
        "filed under", "tags:", "schlagwörter", "related posts", "related articles", "you may also like",
        "das könnte sie auch interessieren", "print", "drucken", "e-mail", "whatsapp", "facebook", "twitter",
        "pinterest", "linkedin", "xing", "teilen", "permalink", "back to top", "nach oben", "zurück",
        "previous post", "next post", "vorheriger beitrag", "nächster beitrag", "impressum", "datenschutz",
        "privacy policy", "terms of use", "photo:", "foto:", "bild:", "image:", "credit:", "getty images",
        "shutterstock", "thinkstock", "istock", "imago", "dpa-bildfunk", "crédito", "bild via", "quelle:", "source:",
        "źródło", "fonte:", "fuente:", "quellenangaben", "see also", "siehe auch", "auch interessant", "lesen sie auch",
        "mehr zum thema", "schon gelesen", "das könnte dich", "you might also like", "more from", "mehr aus",
        "zobacz także", "zobacz też", "czytaj także", "czytaj też", "polecamy", "reklama", "więcej informacji",
        "materiał chroniony", "à lire aussi", "lire aussi", "voir aussi", "pour lire la suite", "pour accéder",
        "réservé aux abonnés", "subscribers only", "nur für abonnenten", "war der artikel", "wie bewerten sie",
        "artikel bewerten", "was this article", "rate this", "schlagworte", "stichworte", "kommentieren",
        "einloggen", "log in", "login", "weitere informationen", "weitere artikel", "weitere aktuelle", "en savoir plus",
        "à découvrir", "lust auf mehr", "auch interessieren", "download the", "telefon:", "erschienen in", "ohne gewähr",
        "bewertungen", "lade weitere", "mehr zu ", "zusatzinformationen", "empfehlungen", "únete", "hazte miembro", "registrieren", "kontakt:", "contact us", "nos siga", "siga-nos",
        "min read", "min. lesezeit", "lesezeit:", "reading time", "related coverage", "tagged:", "aufrufe:",
    ];

    /// <summary>Words that open a byline ("By Jane Doe", "Von Max Muster").</summary>
    public static readonly string[] BylineOpeners =
    [
        "by ", "von ", "par ", "por ", "di ", "door ", "av ", "autor:", "author:", "posted by", "written by",
        "geschrieben von", "veröffentlicht", "published", "updated", "aktualisiert", "stand:",
    ];

    /// <summary>Block-level elements: each starts a new paragraph when text is rendered (HTML Living Standard flow content).</summary>
    public static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption", "body", "html", "footer", "nav", "aside", "menu", "dir", "frameset", "listing", "legend");

    /// <summary>Elements that scored as paragraphs by the readability-style scorer.</summary>
    public static readonly FrozenSet<string> ScoredTags = FrozenSet.Create(StringComparer.Ordinal,
        "p", "pre", "td", "blockquote", "dd", "li", "h2", "h3", "div", "section");

    /// <summary>JSON-LD @type values that describe an article (schema.org CreativeWork subtypes).</summary>
    public static readonly FrozenSet<string> ArticleTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
        "SocialMediaPosting", "Report", "WebPage", "Blog", "Posting", "DiscussionForumPosting");

    /// <summary>Meta names/properties holding the publication time (Open Graph article:, Dublin Core, Parse.ly, Sailthru, common CMS).</summary>
    public static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
        "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
        "original-publish-date", "cxenseparse:recs:publishtime", "og:published_time", "created", "datecreated",
        "last-modified", "article:modified_time", "og:updated_time",
    ];

    /// <summary>Meta names/properties holding the author.</summary>
    public static readonly string[] AuthorMetaNames =
    [
        "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
        "sailthru.author", "byl", "twitter:creator", "book:author",
    ];
}
