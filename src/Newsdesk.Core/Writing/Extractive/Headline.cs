using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing.Text;


namespace Newsdesk.Writing.Extractive;

/// <summary>The headline: the source headline closest to what all the articles say, tightened.</summary>
internal static partial class Headline
{
    /// <summary>Score taken off a headline holding a number the outlets dispute.</summary>
    internal const double DisputedPenalty = 1.0;

    [GeneratedRegex(@"\s+[|\-\u2013\u2014:]\s+[^|\-\u2013\u2014:]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffix();

    [GeneratedRegex(@"^(breaking|update|updated|watch(?:\s+live)?|video|live|exclusive|photos|opinion|analysis)\s*[:|\-\u2013\u2014]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kicker();

    /// <summary>A columnist's name in capitals before a comment piece's title ("SARAH VINE: With women in charge, ...").</summary>
    [GeneratedRegex(@"^[A-Z][A-Z.'\u2019\-]+(?:\s+[A-Z][A-Z.'\u2019\-]+){1,3}:\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnistKicker();

    [GeneratedRegex(@"\b(warning|warnings|warns|forecast|forecasts|expected|nears|nearing|approaches|approaching|braces|bracing|prepares|preparing|looms|heads for|set to|poised to|due to|will)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooksAheadCue();

    /// <summary>Headlinese future, "Brightloop to cut 600 jobs": "to" and a verb with no past-tense verb before it ("smashed window to free" is a purpose).</summary>
    [GeneratedRegex(@"^(?:(?!\b\w+ed\b).)*?\bto (?!the\b|a\b|an\b)[a-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineseFuture();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    public static string Choose(StoryCorpus corpus, string fallback, IReadOnlyCollection<string>? disputedNumbers = null, IReadOnlySet<int>? passedOver = null) =>
        Choose(corpus, [fallback], disputedNumbers, passedOver);

    /// <summary>
    /// The source headline closest to what the articles say (cleaned, whole), the titles of
    /// <paramref name="passedOver"/> articles left out, else a whole main clause of at most
    /// <see cref="MaxClauseWords"/> words from the first of <paramref name="fallback"/> (the lede,
    /// then the story's best sentences) that has one.
    /// </summary>
    public static string Choose(StoryCorpus corpus, IEnumerable<string> fallback, IReadOnlyCollection<string>? disputedNumbers = null, IReadOnlySet<int>? passedOver = null)
    {
        // A headline that announces what is to come, from a report newer reports have overtaken
        // ("amber wind warning for the coast on Wednesday" once outlets report the damage), is
        // passed over while another headline is left: another source's, not an item's with no text
        // (a headline that looks ahead beats one the story cannot stand behind).
        var overtaken = Freshness.Overtaken(corpus).Where(i => LooksAhead(corpus.Articles[i])).ToHashSet();
        var candidates = Enumerable.Range(0, corpus.Articles.Count)
            .Where(i => !corpus.OffTopic.Contains(i) && passedOver?.Contains(i) != true)
            .Select(i => (Article: i, Title: Tighten(corpus.Articles[i])))
            .Where(c => IsWholeTitle(c.Title))
            .ToList();
        var current = candidates.Where(c => !overtaken.Contains(c.Article)).ToList();
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var (_, title) in current.Count > 0 ? current : candidates)
        {
            var score = Vectors.Cosine(Vectors.TfIdf(Tokens.Terms(title), corpus.Idf), corpus.Centroid);
            if (disputedNumbers is not null && Contradictions.States(title, disputedNumbers))
            {
                score -= DisputedPenalty; // a headline does not take sides where outlets disagree
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = title;
            }
        }

        return best ?? FromText(fallback);
    }

    /// <summary>Least share of a headline's content terms, by weight, an article holds when it tells the headline's news.</summary>
    internal const double TellsTermShare = 0.5;

    /// <summary>
    /// Whether an article tells the news a headline gives: it holds every number of the headline and at least
    /// <see cref="TellsTermShare"/> of its content terms, each weighed by its inverse document frequency over the
    /// story's sentences (<paramref name="idf"/>), so the words every article of the story shares (the minister's
    /// name, "coronavirus") count for little and the headline's own news ("condemns 'predatory' hacking attacks") for
    /// much; a term no sentence holds weighs as the rarest. Names are not asked for apart: many outlets write headlines
    /// in title case, where a name cannot be told from the words around it.
    /// </summary>
    internal static bool Tells(ArticleEvidence article, string headline, IReadOnlyDictionary<string, double> idf)
    {
        if (!SentenceFeatures.Numbers(headline).All(article.Numbers.Contains))
        {
            return false;
        }

        var rarest = idf.Count == 0 ? 1.0 : idf.Values.Max();
        var terms = Tokens.Terms(headline).Distinct(StringComparer.Ordinal).Select(t => (Term: t, Weight: idf.TryGetValue(t, out var w) ? w : rarest)).ToList();
        var total = terms.Sum(t => t.Weight);
        return total <= 0 || terms.Where(t => article.Terms.Contains(t.Term)).Sum(t => t.Weight) >= TellsTermShare * total;
    }

    /// <summary>Source headlines longer than this are not used whole; none is ever cut.</summary>
    internal const int MaxTitleWords = 20;

    /// <summary>
    /// A short attribution a headline carries beyond <see cref="MaxClauseWords"/> ("..., a spokesman
    /// said", "..., according to police"): the clause is the news, the attribution says whose it is.
    /// </summary>
    internal const int MaxAttributionWords = 4;

    /// <summary>A headline made from a sentence: at most this many words...</summary>
    internal const int MaxClauseWords = 14;

    /// <summary>...and at least this many.</summary>
    internal const int MinClauseWords = 4;

    /// <summary>
    /// When no sentence has a main clause of <see cref="MaxClauseWords"/> words, a longer whole clause
    /// of at most this many is taken rather than no headline (and no story): a long headline is
    /// still whole ("Sylvester Stallone suggested on Sunday that he was not interested in taking a
    /// top arts leadership role in the Trump administration", 21 words).
    /// </summary>
    internal const int MaxLongClauseWords = 24;

    /// <summary>"May" closing a title after a preposition or a day is the month ("allowed back to school in May"), not a modal left dangling.</summary>
    [GeneratedRegex(@"\b(?:in|of|from|until|till|by|since|on|for|early|mid|late|\d{1,2})\s+May[.!?]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsInMonthOfMay();

    /// <summary>A title a reader can take as a headline: 3..<see cref="MaxTitleWords"/> words, not furniture, not a teaser ("A Timeline of the George Floyd Protests"), not cut off.</summary>
    internal static bool IsWholeTitle(string title)
    {
        var words = Tokenizer.Words(title);
        return words.Count >= 3 && Tokens.CountWords(title) <= MaxTitleWords && !Furniture.Is(title)
            && !SentenceFilters.IsBoilerplate(title) && !Teasers.Is(title)
            && (!Clauses.Dangling.Contains(words[^1]) || Attribution.Trailing(title) is not null || EndsInMonthOfMay().IsMatch(title))
            && !title.EndsWith("...", StringComparison.Ordinal) && !title.EndsWith('\u2026');
    }

    /// <summary>
    /// The first whole main clause of the sentences (see <see cref="MainClause"/>); else the first
    /// whole main clause of up to <see cref="MaxLongClauseWords"/> words (long sentences rarely have a
    /// shorter one: "Obama administration officials have said their motivation for a long-term debt
    /// ceiling raise is not political"); else the first short whole sentence that could stand as a headline (<see cref="IsWholeSentence"/>); else ""
    /// (nothing a reader could take as a headline: the story is not written). Never cut.
    /// </summary>
    internal static string FromText(IEnumerable<string> sentences)
    {
        var list = sentences.Where(s => s.Length > 0 && !Captions.Is(s) && !Teasers.Is(s)).ToList();
        return list.Select(s => LedeClause(s)).FirstOrDefault(c => c.Length > 0)
            ?? list.Select(s => LedeClause(s, MaxLongClauseWords)).FirstOrDefault(c => c.Length > 0)
            ?? list.Where(IsWholeSentence).Select(s => s.TrimEnd('.')).FirstOrDefault()
            ?? "";
    }

    /// <summary>
    /// A sentence that can stand whole as a headline: at most <see cref="MaxTitleWords"/> words, a
    /// finite verb, capitalised, balanced quotation marks and brackets, not a quotation, not
    /// furniture, not pointing back or in the first person. ("You're welcome!" at the end of a
    /// video blurb, "To win public support" over a quoted speech, or the first sentence of a
    /// quotation that runs on are not headlines.)
    /// </summary>
    internal static bool IsWholeSentence(string sentence)
    {
        var text = Regex.Replace(sentence, @"\s+", " ").Trim();
        var words = Tokenizer.Words(text);
        return words.Count >= MinClauseWords && Tokens.CountWords(text) <= MaxTitleWords && char.IsUpper(text[0])
            && Clauses.HasFiniteVerb(words) && !Clauses.Introducers.Contains(words[0])
            && !text.Contains('"', StringComparison.Ordinal) && !text.Contains('\u201c', StringComparison.Ordinal) && !text.Contains('\u201d', StringComparison.Ordinal)
            && text.Count(c => c == '(') == text.Count(c => c == ')')
            && !Furniture.Is(text) && !SentenceFilters.IsBoilerplate(text)
            && !SentenceFilters.OpensWithBackReference(text) && !SentenceFilters.OpensInFirstPerson(text);
    }

    /// <summary>
    /// Words that, opening a sentence before its first comma, make what precedes the comma a lead-in
    /// rather than the subject: sentence adverbs ("Meanwhile,", "However,") and the openings of
    /// adverbial phrases beside <see cref="Clauses.Introducers"/> ("Hours after police arrested him,",
    /// "Every time McDonald's trots out its McRib,", "Last week,"). A headline starts after them.
    /// </summary>
    private static readonly FrozenSet<string> LeadIns = FrozenSet.ToFrozenSet(
    [
        "instead", "separately", "earlier", "later", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless",
        "additionally", "besides", "meantime", "elsewhere", "overall", "ultimately", "finally", "fortunately", "unfortunately",
        "sadly", "surprisingly", "interestingly", "apparently", "reportedly", "already", "thus", "therefore", "again", "also",
        "today", "yesterday", "tonight", "last", "every", "hours", "days", "weeks", "months", "years", "minutes", "moments",
        "just", "around", "nearly", "almost", "fresh", "shortly", "soon", "long", "early", "late", "worse", "better", "worst",
        "best", "plus", "first", "second", "third", "next", "anyway", "regardless", "ever",
    ], StringComparer.Ordinal);

    /// <summary>Most words of a lead-in phrase cut from a sentence's start.</summary>
    internal const int MaxLeadInWords = 16;

    /// <summary>A month or a number opening what is left after a lead-in: "On Monday, Jan. 5, the court ruled" is still a date.</summary>
    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b|^\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateOpening();

    /// <summary>Most words of a subject before an appositive ("The bodies of two renowned U.S. climbers, ...").</summary>
    internal const int MaxSubjectWords = 8;

    /// <summary>
    /// The main clause of a lede as a headline (see <see cref="MainClause"/>), never opening with a
    /// lead-in ("Meanwhile, ", "For Republicans on Capitol Hill, " are left out): the sentence itself,
    /// else its main clause with the sentence's attribution kept (<see cref="MainClause"/>), else
    /// without an appositive right after its subject ("George Zimmerman, the neighborhood watch volunteer ..., is being sued" -> "George
    /// Zimmerman is being sued"). When the clause left is too short to head a story ("Prodigy has
    /// died"), the appositive stays if the whole still fits. "" when none is whole; a photo caption
    /// never heads a story.
    /// </summary>
    internal static string LedeClause(string sentence, int maxWords = MaxClauseWords)
    {
        if (Captions.Is(sentence))
        {
            return "";
        }

        // A headline never starts with a lead-in; an attribution is never left out (MainClause keeps it).
        var text = WithoutLeadIn(Regex.Replace(sentence, @"\s+", " ").Trim());
        var whole = MainClause(text, maxWords);
        if (whole.Length > 0)
        {
            return whole;
        }

        return Appositive(text) is { } split ? WithoutAppositive(split, maxWords) : "";
    }

    /// <summary>
    /// The sentence without a lead-in before its first comma ("Meanwhile, ", "For Republicans on
    /// Capitol Hill, ", "Grieving deeply, ", "Filmed by US troops in China, "), its next word capitalised; the sentence itself when it
    /// opens with none, or when what is left opens with a date. An attribution that opens it
    /// ("According to police, ") moves to its end.
    /// </summary>
    internal static string WithoutLeadIn(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || comma + 2 >= text.Length)
        {
            return text;
        }

        var lead = text[..comma];
        var words = Tokenizer.Words(lead);
        var rest = char.ToUpperInvariant(text[comma + 2]) + text[(comma + 3)..];
        var leadIn = words.Count is > 0 and <= MaxLeadInWords && char.IsUpper(lead[0])
            && !lead.Contains('"', StringComparison.Ordinal) && !lead.Contains('\u201c', StringComparison.Ordinal)
            && (Clauses.Introducers.Contains(words[0]) || (LeadIns.Contains(words[0]) && !VerbBeforeSubordinator(words))
                || (words.Count <= 3 && (words[0].EndsWith("ing", StringComparison.Ordinal) || words[0].EndsWith("ly", StringComparison.Ordinal)))
                || OpensWithParticiple(lead, words));
        if (!leadIn || !char.IsLetter(text[comma + 2]) || DateOpening().IsMatch(rest))
        {
            return text;
        }

        // "According to police, a man was shot." names who says it: it goes to the end, not away.
        return words[0] == "according" ? rest.TrimEnd('.', ' ') + ", a" + lead[1..] + "." : rest;
    }

    /// <summary>
    /// Whether a phrase opened by a lead-in word has a verb of its own before any subordinating word:
    /// "Nearly 300 people died" and "Just an hour or two a week confers benefits" are clauses, "Hours
    /// after police arrested him" and "Every time McDonald's trots out its McRib" are lead-ins.
    /// </summary>
    private static bool VerbBeforeSubordinator(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (Clauses.Introducers.Contains(w) || Clauses.AdjunctOpeners.Contains(w) || w == "time")
            {
                return false;
            }

            if (Clauses.FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
                || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && w != "its"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause of the subject and the predicate, the appositive between them left out; with the
    /// appositive when the clause without it is too short to head a story; "" when neither is whole.
    /// </summary>
    private static string WithoutAppositive((string Subject, string Appositive, string Predicate) split, int maxWords)
    {
        var shorter = MainClause(split.Subject + " " + split.Predicate, maxWords, minWords: 1);
        if (shorter.Length <= split.Subject.Length)
        {
            return "";
        }

        if (Tokens.CountWords(shorter) >= MinClauseWords)
        {
            return shorter;
        }

        var kept = split.Subject + ", " + split.Appositive + ", " + shorter[(split.Subject.Length + 1)..];
        return Tokens.CountWords(kept) <= maxWords ? kept : "";
    }

    /// <summary>
    /// The subject, an appositive set off by commas right after it, and the predicate that follows
    /// ("Prodigy", "one-half of iconic New York rap duo Mobb Deep", "has died, according to ..."); null
    /// when the sentence does not have that shape: the subject is capitalised, at most
    /// <see cref="MaxSubjectWords"/> words, opens with no introductory word and holds no verb; the
    /// predicate opens (after an adverb in -ly) with a finite verb.
    /// </summary>
    internal static (string Subject, string Appositive, string Predicate)? Appositive(string text)
    {
        var first = text.IndexOf(", ", StringComparison.Ordinal);
        var second = first > 0 ? text.IndexOf(", ", first + 2, StringComparison.Ordinal) : -1;
        if (second < 0)
        {
            return null;
        }

        var subject = text[..first];
        var subjectWords = Tokenizer.Words(subject);
        if (subjectWords.Count == 0 || Tokens.CountWords(subject) > MaxSubjectWords || !char.IsUpper(subject[0])
            || Clauses.Introducers.Contains(subjectWords[0]) || subjectWords.Any(Clauses.FiniteVerbs.Contains)
            || subject.Contains('"', StringComparison.Ordinal) || subject.Contains('\u201c', StringComparison.Ordinal))
        {
            return null;
        }

        var predicate = text[(second + 2)..];
        var words = Tokenizer.Words(predicate);
        var verbAt = words.Count > 1 && words[0].Length > 3 && words[0].EndsWith("ly", StringComparison.Ordinal) ? 1 : 0;
        if (predicate.Length == 0 || !char.IsLower(predicate[0]) || words.Count <= verbAt
            || !(Clauses.FiniteVerbs.Contains(words[verbAt]) || (words[verbAt].Length > 4 && words[verbAt].EndsWith("ed", StringComparison.Ordinal))))
        {
            return null;
        }

        return (subject, text[(first + 2)..second], predicate);
    }

    /// <summary>"Police said after the mother found the texts": what follows is a subordinate clause; the main one comes after the comma.</summary>
    [GeneratedRegex(@"\b(?:said|says|say|told\s+\w+)\s+(?:after|when|that|if|because|while|before|as|since|once)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateAfterSaid();

    /// <summary>Words after which "as" is a preposition or part of a fixed phrase ("as a broadcast", "as well as", "as part of").</summary>
    private static readonly FrozenSet<string> AfterAsPreposition = FrozenSet.ToFrozenSet(
    [
        "a", "an", "well", "part", "much", "many", "long", "soon", "far", "one", "if", "though", "such", "to", "of", "for", "in",
        "from", "someone", "something", "anyone", "anything", "being", "having", "recently", "early", "late", "little", "high", "low",
    ], StringComparer.Ordinal);

    /// <summary>Words a clause after "as" may start with: "as he left".</summary>
    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "it", "we", "i", "you"], StringComparer.Ordinal);

    /// <summary>Most words between "as" and the verb of the clause it opens ("as Homeland Security Secretary Janet Napolitano toured").</summary>
    private const int AsClauseReach = 6;

    /// <summary>
    /// Whether the words after "as" make a clause ("as earnings fell", "as congressional Republicans
    /// are turning up the heat"), so "as" opens an adverbial clause a headline may end before; not a
    /// noun phrase ("as a broadcast riddled with lies", "as someone who receives compensation").
    /// </summary>
    private static bool OpensClause(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || AfterAsPreposition.Contains(words[0]))
        {
            return false;
        }

        if (SubjectPronouns.Contains(words[0]))
        {
            return true;
        }

        foreach (var w in words.Skip(1).Take(AsClauseReach))
        {
            if (Relatives.Contains(w))
            {
                return false;
            }

            if (Clauses.FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>More than this share of a clause's words capitalised is a run of headings or names, not a sentence's clause.</summary>
    internal const double MaxCapitalisedShare = 0.6;

    internal static bool TitleCase(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w[0])) > MaxCapitalisedShare * words.Count;
    }

    /// <summary>Where a main clause may end inside a sentence: before a comma, a semicolon, a colon or a dash.</summary>
    private static readonly string[] ClauseEnds = [", ", "; ", ": ", " \u2014 ", " \u2013 ", " - ", " -- "];

    /// <summary>
    /// The sentence's main clause as a headline: the whole sentence, or the text up to the first
    /// comma, semicolon, colon or dash, when it has <see cref="MinClauseWords"/>..<see cref="MaxClauseWords"/>
    /// words, holds a finite verb, opens with neither an introductory word ("For", "After", "When"),
    /// a quotation nor a word pointing back, and ends on no word that needs more after it; "" otherwise.
    /// A clause cut before the sentence's attribution carries it (<see cref="Attribution.ForHeadline"/>,
    /// counted in the words), so the headline never states as fact what the source attributes.
    /// </summary>
    internal static string MainClause(string sentence, int maxWords = MaxClauseWords, int minWords = MinClauseWords)
    {
        var text = Regex.Replace(sentence, @"\s+", " ").Trim().TrimEnd('.', '!', '?').Trim();
        var cut = ClauseEnds.Select(e => text.IndexOf(e, StringComparison.Ordinal)).Where(i => i > 0 && !InTitle(text, i)).DefaultIfEmpty(text.Length).Min();
        if (cut < text.Length && text[cut] == ',' && (!Clauses.CompleteBeforeComma(text[(cut + 1)..]) || AppositiveAt(text, cut)))
        {
            cut = text.Length; // an appositive, not the end of the clause
        }

        // Not before "as" a preposition ("branded the program as a broadcast", "as well as", "as part of").
        var adjunct = Regex.Matches(text[..cut], @"\s(?=(?:" + string.Join('|', Clauses.AdjunctOpeners) + @")\s)").Select(m => m.Index)
            .Where(i => !text[(i + 1)..].StartsWith("as ", StringComparison.Ordinal) || OpensClause(Tokenizer.Words(text[(i + 4)..])))
            .Where(i => !text[..i].EndsWith(" as well", StringComparison.Ordinal) && !TimeBeforeAdjunct().IsMatch(text[..i]))
            .Where(i => i > 0 && !text[..i].Contains(',', StringComparison.Ordinal)); // never inside an unfinished appositive
        foreach (var clause in new[] { text[..cut], text }.Concat(adjunct.Select(i => text[..i])).Distinct())
        {
            var words = Tokenizer.Words(clause);
            // What the sentence attributes stays attributed: a clause cut before ", officials said" keeps
            // it ("..., officials said"); one whose speaker is a pronoun ("he said") is no headline.
            var tag = clause.Length < text.Length && !Attribution.Attributed(words) ? Attribution.In(text[clause.Length..]) : null;
            var said = tag is null ? null : Attribution.ForHeadline(tag);
            var headline = said is null ? clause : clause + ", " + said;
            var count = Tokens.CountWords(headline);
            var fits = count <= maxWords || (said is not null && Tokens.CountWords(clause) <= maxWords && Tokens.CountWords(said) <= MaxAttributionWords);
            if ((tag is not null && said is null) || count < minWords || !fits || words.Count == 0 || !char.IsUpper(clause[0])
                || Clauses.Introducers.Contains(words[0]) || (Clauses.Dangling.Contains(words[^1]) && Attribution.Trailing(clause) is null) || !Clauses.HasFiniteVerb(words)
                || clause.Count(c => c == '"') % 2 != 0 || clause.Count(c => c == '\u201c') != clause.Count(c => c == '\u201d')
                || clause.Count(c => c == '(') != clause.Count(c => c == ')')
                || (clause.Length < text.Length && maxWords <= MaxClauseWords && (!HasMainVerb(words) || words[0].EndsWith("ing", StringComparison.Ordinal))) || OpensWithParticiple(clause, words) || !ReportsWholeClause(words) || TitleCase(clause) || (clause.Length < text.Length && SubordinateAfterSaid().IsMatch(clause)) || Furniture.Is(clause) || SentenceFilters.IsBoilerplate(clause) || SentenceFilters.OpensWithBackReference(clause) || SentenceFilters.OpensInFirstPerson(clause))
            {
                continue;
            }

            return headline;
        }

        return "";
    }

    /// <summary>Most words of an appositive set off by commas inside a clause.</summary>
    internal const int MaxAppositiveWords = 12;

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> opens an appositive: a short phrase up to the next
    /// comma, then a verb ("tetrahydrocannabinol (THC), the main psychoactive ingredient in marijuana,
    /// makes rats...", "Burke Ramsey, then 9, killed"): the clause goes on after it.
    /// </summary>
    private static bool AppositiveAt(string text, int comma)
    {
        var close = text.IndexOf(", ", comma + 2, StringComparison.Ordinal);
        if (close < 0 || Tokens.CountWords(text[(comma + 2)..close]) > MaxAppositiveWords)
        {
            return false;
        }

        var next = Tokenizer.Words(text[(close + 2)..]).FirstOrDefault() ?? "";
        return close + 2 < text.Length && char.IsLower(text[close + 2])
            && (Clauses.FiniteVerbs.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal))
                || (next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) && !next.EndsWith("us", StringComparison.Ordinal)));
    }

    /// <summary>A span of time that the adverbial clause after it measures ("landed a week [after]", "come days [before]", "in the years [since]"): no clause ends there.</summary>
    [GeneratedRegex(@"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|moments|a\s+(?:second|minute|day|week|month|year|decade|moment)|an\s+hour|shortly|just|soon|long|right|only|even|ever|not)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeBeforeAdjunct();

    /// <summary>
    /// A participle phrase, not a clause: an -ed form opening it before a lowercase word ("Filmed by US
    /// troops in China", "Asked whether notice of a lawsuit had been received").
    /// </summary>
    private static bool OpensWithParticiple(string clause, IReadOnlyList<string> words)
    {
        var raw = clause.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Count > 1 && raw.Length > 1 && words[0].Length > 4 && words[0].EndsWith("ed", StringComparison.Ordinal)
            && raw[1].Length > 0 && char.IsLower(raw[1][0]);
    }

    /// <summary>Words that open a relative clause: a verb after one is not the main clause's.</summary>
    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["that", "who", "which", "whose", "whom"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a clause cut short still holds its own verb: an irregular or -ed form, or an -s form that
    /// is no noun in a phrase ("of androgens", "flashes of light", "officers who went missing"). A relative clause's verb is not the
    /// clause's: after a relative pronoun, its first verb and the word after it are passed over, and
    /// only an irregular or -ed form counts ("A measure that would require performers to wear condoms"
    /// and "The officer who was fired" have none; "A woman who became lost was found" has one).
    /// </summary>
    private static bool HasMainVerb(IReadOnlyList<string> words)
    {
        var relative = false;
        var relativeVerbAt = -1;
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (Relatives.Contains(w))
            {
                relative = true;
                continue;
            }

            var strong = Clauses.FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
            var present = w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                && words[i - 1] != "of" && (i + 1 == words.Count || (words[i + 1] != "of" && words[i + 1] is not ("who" or "which" or "whose")));
            if (!relative)
            {
                if (strong || present)
                {
                    return true;
                }
            }
            else if (relativeVerbAt < 0)
            {
                relativeVerbAt = strong || present ? i : -1;
            }
            else if (i > relativeVerbAt + 1 && strong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of saying whose object is a reported clause.</summary>
    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.ToFrozenSet(["said", "says", "say", "told"], StringComparer.Ordinal);

    /// <summary>
    /// Whether what a clause reports ("Authorities say [13 people are in custody]") holds its own verb:
    /// "Wood said a written disclaimer that CBS aired with its show" stops before the reported clause's
    /// verb. True for a clause that reports nothing.
    /// </summary>
    private static bool ReportsWholeClause(IReadOnlyList<string> words)
    {
        var at = -1;
        for (var i = 1; i < words.Count && at < 0; i++)
        {
            at = SayingVerbs.Contains(words[i]) ? i : -1;
        }

        return at < 0 || HasMainVerb([.. words.Skip(at + 1)]);
    }

    /// <summary>A colon between a capitalised word and two more is inside a title ("Kong: Skull Island"), not where a clause ends ("a lesson of Wall Street: Stocks also go down").</summary>
    private static bool InTitle(string text, int at)
    {
        if (text[at] != ':')
        {
            return false;
        }

        var before = text.LastIndexOf(' ', at) + 1;
        var after = text[(at + 1)..].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return char.IsUpper(text[before]) && after.Length >= 2 && after.Take(2).All(w => char.IsUpper(w[0]));
    }

    /// <summary>
    /// Whether a headline looks ahead: a warning, a forecast, "nears", headlinese "X to do Y",
    /// "will", or a weekday after the day the article was published ("... on Wednesday" in
    /// Tuesday's paper).
    /// </summary>
    internal static bool LooksAhead(Article article)
    {
        var title = Tighten(article);
        if (LooksAheadCue().IsMatch(title) || HeadlineseFuture().IsMatch(title))
        {
            return true;
        }

        if (article.Published is not { } published)
        {
            return false;
        }

        return Weekday().Matches(title).Any(m =>
            Enum.TryParse<DayOfWeek>(m.Value, out var day) && day != published.UtcDateTime.DayOfWeek
            && ((7 + (int)day - (int)published.UtcDateTime.DayOfWeek) % 7) <= 3);
    }

    /// <summary>The title without the outlet's name, a kicker ("BREAKING:"), a columnist's name ("DOUGLAS MURRAY:") or a trailing full stop.</summary>
    public static string Tighten(Article article)
    {
        var title = Regex.Replace(article.Title, @"\s+", " ").Trim();
        if (article.Source.Length > 0 && title.EndsWith(article.Source, StringComparison.OrdinalIgnoreCase))
        {
            title = title[..^article.Source.Length].TrimEnd(' ', '-', '|', ':', '\u2013', '\u2014');
        }

        title = OutletSuffix().Replace(title, m => Tokens.CountWords(m.Value) <= 4 ? "" : m.Value);
        title = ColumnistKicker().Replace(Kicker().Replace(title, ""), "");
        return ShoutedWordsLowered(title.TrimEnd('.').Trim(), article.Text);
    }

    /// <summary>Words in capitals, one or several in a row: the shouting of some outlets' titles ("FDA has APPROVED ...", "pools IN THE CEILING").</summary>
    [GeneratedRegex(@"\b\p{Lu}{2,}(?:['\u2019]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:['\u2019]\p{Lu}+)?)*\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordsInCapitals();

    /// <summary>Words shorter than this are never lowered on their own: too many acronyms are short words too ("WHO", "US", "IT").</summary>
    private const int MinShoutedLength = 4;

    /// <summary>
    /// A title's words in capitals ("Glover Teixeira APOLOGISES mid-fight", "pools IN THE CEILING") in
    /// the case the article's own text writes them. A run of capitals is lowered whole or not at all:
    /// each of its words of <see cref="MinShoutedLength"/> letters or more must be one the text writes
    /// in lower case and never in capitals, and none of its words may be one the text writes in
    /// capitals. So an acronym ("FDA", "NASA") keeps its capitals, and a short word alone ("WHO
    /// guidance", "SIX more routes") is left as the outlet wrote it. A title in capitals throughout,
    /// or one whose article has no text, is left as it is.
    /// </summary>
    internal static string ShoutedWordsLowered(string title, string text)
    {
        if (text.Length == 0 || !title.Any(char.IsLower))
        {
            return title;
        }

        return WordsInCapitals().Replace(title, run =>
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
            var forms = words.ToDictionary(w => w, w => FormsInText(w, text), StringComparer.Ordinal);
            var shouted = words.Any(w => w.Length >= MinShoutedLength)
                && words.All(w => !forms[w].Contains(w, StringComparer.Ordinal))
                && words.Where(w => w.Length >= MinShoutedLength).All(w => forms[w].Contains(w.ToLowerInvariant(), StringComparer.Ordinal));
            if (!shouted)
            {
                return run.Value;
            }

            var lower = run.Value.ToLowerInvariant();
            return run.Index == 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        });
    }

    /// <summary>Every form in which the text writes the word as a whole word, whatever its case (a plain scan: no pattern built per word).</summary>
    internal static List<string> FormsInText(string word, string text)
    {
        var forms = new List<string>();
        if (word.Length == 0)
        {
            return forms;
        }

        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                forms.Add(text.Substring(at, word.Length));
            }
        }

        return forms;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

}
