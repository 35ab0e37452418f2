using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Quotations that run over several sentences, taken whole or not at all. Multi-News c053: "This is
/// not about crime. This is about values. Take your gang conflict away from a 7-year-old," Banks said.
/// Read one sentence at a time, the first two are someone's words with no one to say them, and were
/// never used. A quotation of at most <see cref="MaxSentences"/> sentences and <see cref="MaxWords"/>
/// words that closes where it is attributed to a named speaker ('..., " Banks said.' after its last
/// mark, or 'Banks said: "...' before its first) is one unit: its first sentence opens it, the others
/// lean on the one before (<see cref="SourceSentence.Predecessor"/>), and only the last may be
/// chosen, with all of them. A quotation whose speaker is a pronoun, or whose words say "he" or
/// "she", is taken only with the sentence before it when that one names someone (<see cref="LeansOn"/>);
/// a quotation that does not close, or names no speaker at all, stays unused.
/// </summary>
internal static class Quotations
{
    /// <summary>Most sentences of a quotation taken as one unit.</summary>
    internal const int MaxSentences = 3;

    /// <summary>Most words of a quotation taken as one unit, its attribution included.</summary>
    internal const int MaxWords = 80;

    private static bool IsMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb';

    /// <summary>
    /// Marks the quotations of one article's sentences that are taken whole: <paramref name="inside"/>
    /// says for each sentence whether it begins inside a quotation (<see cref="QuotationState.Next"/>),
    /// <paramref name="openAtEnd"/> whether one is still open after the last; <paramref name="language"/> is the story's.
    /// </summary>
    public static void Mark(IReadOnlyList<SourceSentence> sentences, IReadOnlyList<bool> inside, bool openAtEnd, string language)
    {
        bool OpenAfter(int i) => i + 1 < inside.Count ? inside[i + 1] : openAtEnd;
        for (var p = 0; p < sentences.Count; p++)
        {
            if (inside[p] || !OpenAfter(p))
            {
                continue;
            }

            var q = p + 1;
            while (q < sentences.Count && q - p + 1 < MaxSentences && OpenAfter(q))
            {
                q++;
            }

            if (q >= sentences.Count || OpenAfter(q))
            {
                continue;   // runs on past the bound, or never closes
            }

            var run = sentences.Skip(p).Take(q - p + 1).ToList();
            var speaker = SpeakerOf(run);
            // A quotation whose speaker is "he" or "she", or whose words say "she", reads on from the sentence
            // before it, which names the person, as the reporter wrote it: taken with that one or not at all.
            var leansOn = speaker is null && p > 0 && LeansOn(run, sentences[p - 1]) ? sentences[p - 1] : null;
            if (speaker is null && leansOn is null)
            {
                continue;
            }

            run[0].QuotationSpeaker = speaker;
            run[0].QuotationSentences = speaker is null ? 0 : run.Count;
            run[^1].QuotationWhole = SentenceFeatures.Describe(run[0].Article, run[0].Position, string.Join(' ', run.Select(s => s.Text)), language: language);
            run[0].Predecessor = leansOn;
            run[0].WithinQuotation = leansOn is not null;
            for (var k = 1; k < run.Count; k++)
            {
                run[k].Predecessor = run[k - 1];
                run[k].WithinQuotation = k < run.Count - 1;
            }

            p = q;
        }
    }

    /// <summary>
    /// Whether a quotation that names no speaker of its own reads on from <paramref name="before"/>, the
    /// sentence right before it in its article (Multi-News c001: 'Some fans didn't bother with the game, usher
    /// Leon Thomas said. "Many of the fans got here early. Took the shirt and left. They recognized it was a
    /// collector's item," he said.'; c025: a coach's plight, then '"He's done so much for everyone in the
    /// community. Now is the time for us to do something for him," Eberhart said.'): a usable sentence that
    /// names someone for its "he" or "she", and a quotation whose attribution is a personal pronoun or a
    /// name. A quotation with no attribution at all is not one: whose words they are is not said.
    /// </summary>
    private static bool LeansOn(List<SourceSentence> run, SourceSentence before)
    {
        if (!before.Usable || !Referents.NamesSomeone(before.Text) || !Shaped(run))
        {
            return false;
        }

        var (lead, tail) = Frame(run);
        bool Attributes(string part) => part.Any(char.IsLetter) && (Speakers.Of(part) is not null || SentenceFilters.AttributedToPronoun(part));
        if (lead.Any(char.IsLetter) && (SentenceFilters.InPageVoice(lead.Trim()) || SentenceFilters.SpeaksInFirstPerson(lead)))
        {
            return false;   // the page's own voice before the quotation (as in SpeakerOf)
        }

        return (Attributes(lead) && !tail.Any(char.IsLetter)) || (Attributes(tail) && !lead.Any(char.IsLetter));
    }

    /// <summary>The words before a quotation's opening mark and after its closing one: where the source says whose words they are.</summary>
    private static (string Before, string After) Frame(List<SourceSentence> run)
    {
        var opening = run[0].Text;
        var closing = run[^1].Text;
        return (opening[..opening.IndexOf(opening.First(IsMark))], closing[(closing.IndexOf(closing.First(IsMark)) + 1)..]);
    }

    /// <summary>Sentences each readable as a quotation's, one mark opening the first and one closing the last, within <see cref="MaxWords"/>.</summary>
    private static bool Shaped(List<SourceSentence> run) =>
        !run.Exists(s => !s.ReadsInQuotation || s.Usable || s.Dependent || s.Predecessor is not null)
        && run.Sum(s => s.Words) <= MaxWords
        && !run.Skip(1).SkipLast(1).Any(s => s.Text.Any(IsMark))
        && run[0].Text.Count(IsMark) == 1 && run[^1].Text.Count(IsMark) == 1;

    /// <summary>
    /// The named speaker the source gives a quotation's sentences to, or null when they are not
    /// one unit a reader could take alone: a sentence unreadable as a quotation's, a mark inside the
    /// quotation, a speaker only a pronoun names, an opening that points back.
    /// </summary>
    private static string? SpeakerOf(List<SourceSentence> run)
    {
        if (!Shaped(run))
        {
            return null;
        }

        var (before, after) = Frame(run);
        var leadSpeaker = before.Any(char.IsLetter) ? Speakers.Of(before) : null;
        var tailSpeaker = after.Any(char.IsLetter) ? Speakers.Of(after) : null;
        // The words before the quotation only name its speaker: a columnist's own "I wonder if..., as the
        // blogger Melissa Silverstein wrote, "..."" is the page's voice (Multi-News c247, held out).
        if ((before.Any(char.IsLetter) && (leadSpeaker is null || SentenceFilters.InPageVoice(before.Trim()) || SentenceFilters.SpeaksInFirstPerson(before)))
            || (after.Any(char.IsLetter) && tailSpeaker is null)
            || (leadSpeaker is not null && tailSpeaker is not null && leadSpeaker != tailSpeaker))
        {
            return null;
        }

        var text = string.Join(' ', run.Select(s => s.Text));
        return (SentenceFilters.OpensWithBackReference(text) && !SentenceFilters.QuotationOpensOnItsSubject(text)) || Referents.PersonNeeded(text) is not null ? null : leadSpeaker ?? tailSpeaker;
    }
}
