using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Page furniture: the words a news page wraps its article in, which are never reporting. Learnt
/// from real pages: the trafilatura-eval set's "without" snippets (player labels, share prompts,
/// photo credits, sign-up boxes, comment forms, legal lines) and the furniture left in Multi-News
/// texts ("Tweet with a location", a video player's "CLOSE", a photograph's caption standing as a sentence ("Pictured: Sunbathers in Greenwich Park,
/// London yesterday.", "Pictured are a couple browsing azaleas in Horsham", "Roberts Giuffre is main and inset with Prince Andrew",
/// 1-16 May 2020), a web archive's crawl notice standing in
/// for an article that was not captured: "Starting in 1996, Alexa Internet has been donating their crawl data"), and the health
/// service's advice the Australian outlets' feeds append to every coronavirus item in May 2020 ("If you suspect you or a family
/// member has coronavirus you should contact (not visit) your GP, local hospital or 13HEALTH", 221 times). Used by the writer (such a sentence
/// is never chosen) and by <see cref="Evaluation.StoryLint"/> (such a sentence published is a finding).
/// Precise on purpose: a phrase here must not occur in ordinary reporting.
/// </summary>
internal static partial class Furniture
{
    /// <summary>Furniture patterns, one alternative a line, by kind; case-insensitive.</summary>
    [GeneratedRegex("""
        ^\s*(?-i:CLOSE|REPLAY|AUTOPLAY|ADVERTISEMENT)\s
        |^\s*(?:Replay|Autoplay|Now\s+Playing|Watch|Video|Photo|Photos|Image|Caption|Media\s+caption|Image\s+caption|Image\s+copyright|Story\s+highlights|Related|Read\s+more|More|Advertisement|Sponsored|Editor['\u2019]s\s+note|Filed\s+under|Tags|Posted\s+in|Source|Credit)\s*[:|]
        |^\s*(?-i:Media\s+caption|Image\s+caption|Image\s+copyright)\s
        |^\W*pictured\s*(?::|\s+(?:is|are|was|were|here|above|below|left|right|top|with|at|in|on|during|outside|inside|from|after|before)\b)|^\W*(?:above|below|left|right|top|inset|main\s+(?:picture|image)|from\s+left|left\s+to\s+right|l-r)\s*:|\b(?:is|are)\s+(?:pictured\s+)?(?:inset\b|main\s+and\s+inset\b|main\s*(?:[,.]|$))
        |\b(?:you\s+can\s+switch\s+location|tweet\s+with\s+a\s+location|location\s+information\s+to\s+your\s+tweets|add\s+location\s+information|add\s+a\s+location\s+to\s+your\s+tweets|twitter\s+stores\s+that\s+location|delete\s+your\s+(?:tweet\s+)?location\s+history)\b
        |\bthis\s+live\s+(?:blog|coverage|page)\s+(?:is|has)\s+(?:now\s+)?(?:closed|ended|been\s+closed)\b
        |\b(?:sign\s+up|signing\s+up)\s+(?:for|to|here|now|today)\b|\bsign\s+(?:in|up)\s+to\b|\b(?:log|sign)\s+in\s+to\s+(?:comment|continue|read)\b
        |\bsubscribe\s+(?:now|today|here|to\s+(?:our|the)|for\s+(?:as\s+little|just|only|full|unlimited))\b|\bnewsletters?\b.{0,40}\b(?:inbox|sign|subscribe|email)\b|\b(?:email|e-mail)\s+address\b.{0,40}\b(?:will\s+not|won['\u2019]t)\s+be\b
        |\b(?:straight|right|delivered)\s+to\s+your\s+inbox\b|\bpush\s+notifications?\b|\bfree\s+articles?\s+left\b|\balready\s+a\s+(?:subscriber|member)\b|\bto\s+(?:view|read)\s+the\s+full\s+(?:story|article)\b
        |\bshare\s+(?:this|on\s+(?:facebook|twitter|linkedin|whatsapp)|to\s+(?:facebook|twitter))\b|\bclick\s+here\b|\bread\s+more\s*(?::|$|about\b|here\b)|\bcontinue\s+reading\b|\bstory\s+continues\s+below\b
        |\byou\s+may\s+(?:also\s+)?like\b|\byou\s+might\s+(?:also\s+)?like\b|\bmore\s+stories\b|\brelated\s+(?:stories|articles|posts|coverage|content)\b|\bmost\s+(?:popular|read|viewed|shared)\b
        |\bleave\s+a\s+(?:reply|comment)\b|\bcomments?\s+(?:are|is)\s+(?:now\s+)?closed\b|\bpost\s+(?:your|a)\s+comments?\b|\bview\s+the\s+discussion\b|\bnotify\s+me\s+of\b|\bjoin\s+the\s+(?:conversation|discussion)\b
        |\b(?:photo|image|picture|video|graphic)\s*(?:credit)?\s*:\s|\bphoto(?:graph)?\s+by\s+[A-Z]|\b(?:getty\s+images|ap\s+photo|afp\s+photo|reuters\s+photo|file\s+photo)\b|\bimage\s+copyright\b|\bmedia\s+playback\s+is\s+unsupported\b
        |\b(?:the\s+)?video\s+(?:will\s+(?:start|play)|is\s+(?:loading|unavailable))\b|\bwatch\s+queue\b|\bnext\s+video\b|\bplay\s+video\b|\bskip\s+(?:ad|this\s+ad)\b|\bclosed\s+captions?\b
        |\ball\s+rights\s+reserved\b|\bcopyright\s+(?:\u00a9|\(c\)|\d{4})|\u00a9\s*\d{4}|\bterms\s+of\s+(?:use|service)\b|\bprivacy\s+(?:policy|notice)\b|\b(?:uses|use\s+of)\s+cookies\b|\bcookie\s+(?:policy|settings)\b|\bdo\s+not\s+sell\s+my\b
        |\bthis\s+material\s+may\s+not\s+be\s+(?:published|broadcast)\b|\bmay\s+not\s+be\s+(?:published|reproduced),?\s+broadcast\b|\bwhen\s+you\s+(?:purchase|buy)\s+(?:something\s+)?through\s+(?:links|our)\b|\bearns?\s+(?:revenue|commission)\s+from\s+qualifying\s+purchases\b
        |\b(?:please\s+)?enable\s+javascript\b|\byour\s+browser\s+(?:does\s+not|doesn['\u2019]t)\s+support\b|\bad\s*blocker\b|\bhave\s+a\s+news\s+tip\b|\bwe\s+want\s+to\s+hear\s+from\s+you\b
        |\bbreaking\s+news\s+(?:emails|alerts)\b|\bdow\s+jones\s+reprints\b|\bfor\s+your\s+personal,?\s+non-?commercial\s+use\b|\bsubscriber\s+agreement\b|\border\s+presentation-ready\s+copies\b
        |\bcontributed\s+to\s+this\s+report\b|\b(?:reporting|editing|writing)\s+by\s+[A-Z]|\bfollow\s+(?:us|him|her|me|them)\s+on\s+(?:twitter|facebook|instagram)\b|\bfollow\s+@\w
        |\bcontinue\s+reading\s+the\s+main\s+story\b|\bstory\s+continued\s+below\b|\bplease\s+try\s+again\s+later\b|\byou\s+can\s+unsubscribe\s+at\s+any\s+time\b|\binvalid\s+email\s+address\b|\bthank\s+you\s+for\s+subscribing\b|\byou\s+must\s+select\s+a\s+newsletter\b|\bverify\s+you['\u2019]re\s+not\s+a\s+robot\b|^\s*an\s+error\s+(?:has\s+)?occurred\b|\bdownload\s+the\s+[\w\s]{1,30}\bapp\b
        |\binteractive\s+transcript\s+could\s+not\s+be\s+loaded\b|\brating\s+is\s+available\s+when\s+the\s+video\b|\bthis\s+feature\s+is\s+not\s+available\s+right\s+now\b
        |\bcrawl\s+data\b|\bwayback\s+machine\s+after\s+an\s+embargo\b|\bthese\s+crawls\s+are\s+part\s+of\b|\bcrawls\s+of\s+supported\b|\bno\s+more\s+404\b|\b(?:seed|seed\s+list)\s+for\s+this\s+crawl\b|\bthis\s+crawl\s+was\b|\bwarc\s+files\b|\bbroken\s+links\s+on\s+the\s+web\b|\barchived\s+pages\s+will\s+be\s+put\s+in\s+place\b|\bpages\s+that\s+are\s+referenced\s+are\s+changed\b
        |^\W*(?:updated|corrected|correction|clarification)\b.{0,40}?\bto\s+(?:correct|reflect|include|add|clarify|remove|fix)\b
        |\bif\s+you\s+(?:suspect|think|are\s+concerned|feel\s+unwell|have\s+symptoms|develop\s+symptoms)\b.{0,100}?\b(?:contact|call|ring|phone)\s+(?:\(not\s+visit\)\s+)?(?:your\s+(?:gp|doctor)|nhs\s*111|13health|healthline|the\s+(?:national\s+)?[\w\s]{0,40}hotline)\b
        |\bget\s+the\s+latest\s+(?:news|headlines|updates)\b|\bfor\s+the\s+latest\s+(?:news|updates|headlines)\b|\bthis\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:updated|corrected|originally\s+published)\b|\bwas\s+originally\s+published\s+(?:on|in|at)\b
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>True when the text is page furniture, not reporting.</summary>
    public static bool Is(string text) => text.Length > 0 && Pattern().IsMatch(text);
}
