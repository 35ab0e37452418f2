using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Which source sentences may stand in a story: not page furniture (bylines, photo credits,
/// "read more", newsletter prompts, social widgets), not too short or too long to read, and not
/// dependent on a sentence the reader will not see ("He said", "This comes after", "However,").
/// </summary>
internal static partial class SentenceFilters
{
    /// <summary>Shorter sentences are headings, captions or fragments.</summary>
    internal const int MinWords = 7;

    /// <summary>Longer "sentences" are run-on lists or missed splits.</summary>
    internal const int MaxWords = 60;

    /// <summary>Phrases of page furniture, lowercase; a sentence holding one is never used. Collected from the Multi-News sample and common news-site templates.</summary>
    private static readonly string[] BoilerplatePhrases =
    [
        "read more", "click here", "sign up", "subscribe", "newsletter", "follow us", "follow him on", "follow her on",
        "all rights reserved", "copyright", "(c)", "©", "photo by", "photo:", "photograph:", "image:", "getty images",
        "ap photo", "reuters/", "file photo", "/ap", "this material may not be published", "email us", "contact us",
        "terms of use", "privacy policy", "cookie", "javascript", "your browser", "tweet with a location",
        "location information to your tweets", "learn more", "advertisement", "share this", "sponsored", "download the app",
        "watch the video", "watch:", "related:", "more:", "listen here", "podcast", "this article was", "has contributed to this report",
        "contributed reporting", "staff writer", "is a reporter", "is a correspondent", "reporting by", "editing by", "writing by",
        "posted by", "updated:", "published:", "last updated", "leave a comment", "comments are", "log in", "sign in", "mailing list", "fill in your",
        "story continues", "...", "\u2026", "(associated press)", "(ap photo", "(getty", "continue reading", "see also", "for more information", "please enable", "not supported",
    ];

    /// <summary>Words that, opening a sentence, point back to something said before it.</summary>
    private static readonly FrozenSet<string> BackReferences = FrozenSet.ToFrozenSet(
    [
        "he", "she", "it", "they", "them", "this", "that", "these", "those", "his", "her", "its", "their", "there",
        "however", "but", "and", "also", "meanwhile", "still", "yet", "so", "moreover", "instead", "then", "thus",
        "furthermore", "additionally", "besides", "nevertheless", "nonetheless", "otherwise", "similarly", "likewise",
        "consequently", "hence", "therefore", "or", "nor", "which", "another", "both", "such", "later", "earlier",
        "here", "now", "again", "indeed", "in addition", "as a result", "at the time", "the former", "the latter",
        "the two", "the move", "the decision", "the incident", "the statement", "the comments", "the remarks",
        "the report", "the news", "the same", "even so", "after that", "before that", "for example", "for instance",
        "in fact", "of course", "on the other hand", "in response",
        // First person outside quotation marks is a quotation cut from its speaker.
        "it's", "that's", "there's", "he's", "she's", "they're", "we're", "i'm", "it\u2019s",
        "that\u2019s", "there\u2019s", "he\u2019s", "she\u2019s", "they\u2019re", "we\u2019re", "i\u2019m",
        // A person or thing named earlier in the article, not in the story.
        "the couple", "the pair", "the man", "the woman", "the boy", "the girl", "the victim", "the suspect", "the teenager",
        "the bombshell", "the shock", "the plan", "the deal",
        // An answer or a qualification of the sentence before, with no clause of its own: "Not because of
        // oft-maligned eggs, long linked to risks of salmonella." (Multi-News c061, after "But the FDA wants
        // us to stop consuming cookie dough.").
        "not because", "not to mention",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Openings that point back whatever their first words: "Some of them", "The 22-year-old", "The presenter, 55,"; and endings that
    /// answer what was said before: "Deputy Prime Minister Winston Peters thinks so.", "... the first state to do so.";
    /// and a subject pronoun after a short opening phrase: "In political terms it was a "stinging rebuke"."
    /// </summary>
    [GeneratedRegex(@"^(?:\w+\s+){1,2}of\s+(?:them|these|those|it|us)\b|^The\s+\d+-year-old\b|^The\s+\p{Ll}+(?:\s+\p{Ll}+)?,\s+\d{1,3},|^(?:\S+\s+){0,6}(?:some|many|most|all|none|several|few|each|both)\s+of\s+them\b|\b(?:collect|do|did|use|find|found|see|saw)\s+(?:them|it)[.!?]?$|\b(?:think|thinks|thought|hope|hopes|hoped|believe|believes|believed|say|says|said|suppose|supposes|expect|expects|expected|guess|fear|fears|feared|do|does|did|done|doing)\s+so[.!?]?$|\b(?:think|thinks|thought|hope|hopes|hoped|believe|believes|believed|suppose|expect|expects|guess|fear|fears|feared)\s+not[.!?]?$|^(?:In|On|At|For|By|To|From|Under)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+,?\s+(?:(?:it|this|that)\s+(?:was|is)\s+(?:a|an|the)|they\s+(?:were|are|have|had|will))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointingOpening();

    /// <summary>
    /// A statement attributed to a pronoun ("..., he said"; "she told reporters"; "..., said she.";
    /// "a-t-elle affirmé"; "sagte er"): the speaker is in a sentence the reader will not see. "Officials
    /// said she had failed" is not one: there "she" is the reported clause's subject.
    /// </summary>
    [GeneratedRegex(@"\b(?:he|she|they)\s+(?:said|says|added|told|explained|wrote|warned|claimed|noted|insisted|argued|asked)\b|\b(?:said|says|added)\s+(?:he|she|they)\s*(?:[,.;!?]|$)|\b(?:a|ont)-t?-?(?:il|elle|ils|elles)\b|\b(?:sagte|sagt|sagten|erklärte|betonte|so)\s+(?:er|sie)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();

    /// <summary>Days named relative to when the article was written ("this morning", "yesterday").</summary>
    [GeneratedRegex(@"\b(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"^[Bb][Yy]\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*(,|$|\|)", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"https?://|www\.|@\w{2,}|#\w{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex LinkOrHandle();

    /// <summary>True when the sentence is page furniture rather than reporting.</summary>
    public static bool IsBoilerplate(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        foreach (var phrase in BoilerplatePhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return Byline().IsMatch(sentence) || LinkOrHandle().IsMatch(sentence) || !sentence.Any(char.IsLower)
            || Furniture.Is(sentence) || RunsHeadlinesTogether(sentence);
    }

    /// <summary>
    /// A feed summary that runs several headlines together without full stops ("... in Syria The
    /// attack killed ..."): a sentence opener in capitals right after a word with no stop between.
    /// </summary>
    [GeneratedRegex(@"[\p{Ll}\d)]\s+(?:The|How|Why|What|Watch|Here's|This|These|It's|He|She|They|We|Our|Click|See|Read|Get|Sign|Find|Meet)\s+[\p{Ll}'\u2019]", RegexOptions.CultureInvariant)]
    private static partial Regex RunOnHeadline();

    /// <summary>True when the "sentence" is several headlines or teasers run together.</summary>
    public static bool RunsHeadlinesTogether(string sentence) => RunOnHeadline().IsMatch(sentence);

    /// <summary>
    /// True when the sentence needs nothing said before it: it opens on no back-reference (or on a quotation's
    /// "This"/"It" given to its named speaker) and names whoever its pronoun means (<see cref="Referents.Unnamed"/>).
    /// </summary>
    public static bool PointsAtNothingBefore(string sentence) =>
        (!OpensWithBackReference(sentence) || QuotationOpensOnItsSubject(sentence)) && Referents.Unnamed(sentence) is null;

    /// <summary>True when the sentence opens by pointing back to context the reader will not have.</summary>
    public static bool OpensWithBackReference(string sentence)
    {
        var text = sentence.TrimStart('"', '\'', '\u201c', '\u2018', '\u201e', '\u00ab', '\u00a0', '(', ' ', '-', '\u2014', '\u2013');
        var words = text.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        if (PointingOpening().IsMatch(text))
        {
            return true;
        }

        for (var n = Math.Min(4, words.Length); n >= 1; n--)
        {
            var opening = string.Join(' ', words.Take(n)).TrimEnd(',', ':', ';', '.');
            if (BackReferences.Contains(opening) && !(n == 1 && ExistentialThere().IsMatch(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words that, opening a quotation, point at what its speaker is talking about rather than at a
    /// sentence before it: "This is not about crime," Banks said; "It was a very tragic death," the
    /// sheriff said. A personal pronoun ("He was...") still needs the person named before.
    /// </summary>
    private static readonly FrozenSet<string> SpeakersReferences = FrozenSet.ToFrozenSet(
        ["this", "that", "these", "those", "it", "it's", "that's", "it\u2019s", "that\u2019s"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the sentence is a quotation that opens on "This", "That" or "It" and is given to a
    /// named speaker ('"This is a woman that is a terrible person," Trump said.'): inside a quotation
    /// those words point at what the speaker means, which the story is about, not at a sentence the
    /// reader will not see. Shared by the writer and the story lint (<see cref="Evaluation.PronounCheck"/>).
    /// </summary>
    public static bool QuotationOpensOnItsSubject(string sentence)
    {
        var text = sentence.TrimStart(' ', '\u00a0', '(');
        if (text.Length == 0 || text[0] is not ('"' or '\u201c' or '\u201e' or '\u00ab'))
        {
            return false;
        }

        var first = text[1..].TrimStart().Split(' ', 2)[0].TrimEnd(',', ';', ':', '.');
        return SpeakersReferences.Contains(first) && Speakers.Of(sentence) is not null;
    }

    /// <summary>"There is", "There were", "There has been": "there" that points at no place, only says that something exists.</summary>
    [GeneratedRegex(@"^There\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|can|seems?|seemed|appears?|appeared|remains?|remained)\b(?!,)", RegexOptions.CultureInvariant)]
    private static partial Regex ExistentialThere();

    [GeneratedRegex(@"^(?:I|We|My|Our)\b(?!['\u2019]s\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonOpening();

    /// <summary>
    /// True when the sentence opens in the first person ("We found out from a post."): unattributed, it is
    /// a quotation cut from its speaker or the page's own voice (a fundraiser's "I've spoken directly with
    /// the family").
    /// </summary>
    public static bool OpensInFirstPerson(string sentence) => FirstPersonOpening().IsMatch(sentence);

    /// <summary>
    /// Quoted spans, in double or single quotation marks (the Daily Mail quotes in single ones: "urged
    /// Johnson to 'give me a break'"); an apostrophe before a letter is inside the span ("saying 'I can't breathe'").
    /// </summary>
    [GeneratedRegex(@"\u201c[^\u201d]*(?:\u201d|$)|""[^""]*(?:""|$)|\u2018(?:[^\u2019]|\u2019(?=\w))*\u2019(?!\w)|(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpan();

    /// <summary>
    /// "I" as a subject ("I find", "I've"), not a numeral after a name ("World War I", "Phase I trial"),
    /// and "my", "me", "mine", "myself".
    /// </summary>
    [GeneratedRegex(@"(?<!\b\p{Lu}[\w.]*\s+)\bI(?:['\u2019](?:m|ve|d|ll)\b|\s+\p{Ll})|\b(?:my|me|mine|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonSingular();

    /// <summary>
    /// True when an English sentence speaks in the first person singular outside its quotation marks
    /// ("After 10 years in full-time work, I find almost everything about corporate life silly.",
    /// "Personally, I don't think this is a done deal."): unattributed, it is a columnist's or the
    /// page's own voice, or a quotation cut from its speaker, never a fact the desk can state.
    /// </summary>
    public static bool SpeaksInFirstPerson(string sentence) => FirstPersonSingular().IsMatch(QuotedSpan().Replace(sentence, " "));

    /// <summary>"you", "your", "yourself" as words.</summary>
    [GeneratedRegex(@"\b(?:you|your|yours|yourself|yourselves)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    /// <summary>
    /// True when an English sentence speaks to the reader outside its quotation marks ("Meet your new but shy galactic
    /// neighbor: ...", "Going easy on yourself can make you healthier as well as happier.", "Antwerp is one of the most
    /// intriguing cities ... if you are interested in fashion"): unattributed, it is the page's advice or teaser, never a
    /// fact the desk can state (82 ledes of the stories written from the real feeds of 1-16 May 2020).
    /// </summary>
    public static bool SpeaksToReader(string sentence) => SecondPerson().IsMatch(QuotedSpan().Replace(sentence, " "));

    [GeneratedRegex(@"^(?:Please|You|Your)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderAddress();

    /// <summary>
    /// True when the sentence is the page's own voice, not reporting: it opens in the first person or
    /// speaks to the reader ("Please reach out directly if you have any questions"). Unattributed, such a
    /// sentence is never used, not even right after the sentence before it.
    /// </summary>
    public static bool InPageVoice(string sentence) => OpensInFirstPerson(sentence) || ReaderAddress().IsMatch(sentence);

    /// <summary>True when the sentence's statement is attributed only to "he", "she" or "they", whose name is elsewhere.</summary>
    public static bool AttributedToPronoun(string sentence) =>
        PronounAttribution().IsMatch(sentence) && Speakers.Of(sentence) is null;

    /// <summary>True when the sentence names a day relative to its article's date ("this morning"), which only that date explains.</summary>
    public static bool NamesRelativeDay(string sentence) => RelativeDay().IsMatch(sentence);

    /// <summary>True when the sentence is within the readable length bounds.</summary>
    public static bool HasReadableLength(int words) => words is >= MinWords and <= MaxWords;

    /// <summary>
    /// True when the sentence begins as a sentence does: a capital or a digit, after any opening
    /// quotation mark or bracket. One that begins in lowercase ("staff, and so much to do that...")
    /// is the tail of a sentence the page cut.
    /// </summary>
    public static bool StartsAsSentence(string sentence)
    {
        var core = sentence.TrimStart('"', '\'', '\u201c', '\u2018', '\u201e', '\u00ab', '\u00a0', '(', '[', ' ');   // „ and « open German and French quotations
        return core.Length > 0 && (char.IsUpper(core[0]) || char.IsDigit(core[0]));
    }

    /// <summary>True when the sentence ends as a sentence does (not a cut-off fragment or a heading).</summary>
    public static bool EndsAsSentence(string sentence) =>
        sentence.Length > 0 && sentence.TrimEnd('"', '\'', '\u201d', '\u2019', '\u201c', '\u00bb', '\u00a0', ')')
            is var core && core.Length > 0 && core[^1] is '.' or '!' or '?';

    /// <summary>Subordinating words: a sentence opening with one needs a main clause after it.</summary>
    [GeneratedRegex(@"^[""'\u201c\u2018(]?(?:While|Whilst|Although|Though|Because|Since|Unless|Whereas|If|When|Whenever|Whether|Despite|Amid|Following|As|After|Before|During|Including|Such as)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateOpening();

    /// <summary>
    /// True when the "sentence" is a subordinate clause or phrase alone ("While on the phone with
    /// Russian President Vladimir Putin."): it opens with a subordinating word and has no comma or
    /// dash where its main clause would begin, so no main clause follows.
    /// </summary>
    public static bool IsFragment(string sentence) =>
        SubordinateOpening().IsMatch(sentence) && !sentence.Contains(',', StringComparison.Ordinal)
        && !sentence.Contains('\u2014', StringComparison.Ordinal) && !sentence.Contains(" - ", StringComparison.Ordinal);

    /// <summary>
    /// True when the sentence is the writer's own question, not a quoted one ("What are the tests for
    /// coronavirus, who are they for and how do they work?", an explainer's standfirst; "Was this a
    /// statistical anomaly?"): a question reports nothing, so it never stands in a story.
    /// </summary>
    public static bool IsOwnQuestion(string sentence) =>
        sentence.TrimEnd().EndsWith('?') && !sentence.Contains('"', StringComparison.Ordinal) && !sentence.Contains('\u201d', StringComparison.Ordinal);
}
