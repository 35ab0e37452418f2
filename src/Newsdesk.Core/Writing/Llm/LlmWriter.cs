using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Llm;

/// <summary>
/// Writes a story through a chat model (any <see cref="IChatClient"/>; the host wires an
/// OpenAI-compatible endpoint). The model gets numbered source passages and returns the story as
/// JSON with passage ids on every sentence; each sentence is checked by the <see cref="Verifier"/>
/// against the articles it cites; unsupported sentences get one repair round, then are dropped,
/// never published. When the endpoint fails, times out or returns junk, the extractive writer
/// writes the story. A token budget per story, a requests-per-minute cap and a cache by revision
/// bound what is spent.
/// </summary>
public sealed class LlmWriter : IStoryWriter
{
    /// <summary>Tokens reserved per request for the instructions and the message framing.</summary>
    internal const int PromptOverheadTokens = 600;

    /// <summary>Fewer checked sentences than this (lede included) and the draft is not a story: fall back.</summary>
    internal const int MinSupportedSentences = 3;

    private readonly IChatClient client;
    private readonly LlmWriterOptions options;
    private readonly ExtractiveWriter fallback;
    private readonly StoryCache cache;
    private readonly RequestRateLimiter limiter;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Verifier verifier = new();

    public LlmWriter(
        IChatClient client,
        LlmWriterOptions options,
        ExtractiveWriter fallback,
        StoryCache cache,
        TimeProvider time,
        ILogger<LlmWriter>? logger = null)
    {
        options.Validate();
        this.client = client;
        this.options = options;
        this.fallback = fallback;
        this.cache = cache;
        this.time = time;
        this.logger = logger ?? NullLogger<LlmWriter>.Instance;
        limiter = new RequestRateLimiter(options.RequestsPerMinute, time);
    }

    /// <summary>Words the model is asked to write.</summary>
    public int TargetWords { get; init; } = new ExtractiveWriterOptions().TargetWords;

    public async Task<Story> WriteAsync(IReadOnlyList<Article> articles, CancellationToken ct) =>
        (await WriteWithOutcomeAsync(articles, ct)).Story;

    public async Task<LlmWriteResult> WriteWithOutcomeAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var revision = StoryRevision.Of(articles);
        if (cache.TryGet(revision, out var cached))
        {
            LlmLog.FromCache(logger, revision);
            return new LlmWriteResult(cached, new LlmOutcome.Cached());
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        string reason;
        try
        {
            var result = await DraftAsync(articles, linked.Token);
            if (result.Story is { } story)
            {
                cache.Set(revision, story);
                var written = (LlmOutcome.Written)result.Outcome;
                LlmLog.Written(logger, revision, written.Dropped.Count, written.Repaired.Count, written.TokensSpent, written.Requests);
                return new LlmWriteResult(story, written);
            }

            reason = ((LlmOutcome.FellBack)result.Outcome).Reason;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            reason = $"timed out after {options.TimeoutSeconds} s";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The endpoint is outside our control: any failure of it (HTTP, 429 after the client's
            // retries, protocol) is an expected outcome here, answered by the extractive writer.
            reason = $"endpoint failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
        }

        LlmLog.FellBack(logger, revision, reason);
        return new LlmWriteResult(await fallback.WriteAsync(articles, ct), new LlmOutcome.FellBack(reason));
    }

    private async Task<(Story? Story, LlmOutcome Outcome)> DraftAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var passageBudget = ((options.MaxTokensPerStory - (2 * options.MaxOutputTokens)) / 2) - PromptOverheadTokens;
        var passages = Passages.Choose(articles, passageBudget);
        if (passages.Count == 0)
        {
            return (null, new LlmOutcome.FellBack("no text to give the model"));
        }

        var byId = passages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var passageText = LlmPrompt.Draft(passages, TargetWords);
        var spent = 0;
        var requests = 0;

        var (reply, tokens) = await AskAsync(passageText, ct);
        spent += tokens;
        requests++;
        var draft = LlmReply.Parse<LlmDraft>(reply);
        if (draft?.Lede?.Text is null && (draft?.Sections is null || draft.Sections.Count == 0))
        {
            return (null, new LlmOutcome.FellBack("the reply is not a story in the expected JSON shape"));
        }

        var sources = verifier.Prepare(articles);
        var slots = Slots(draft!);
        foreach (var slot in slots)
        {
            Check(slot, byId, sources);
        }

        var repaired = new List<string>();
        var flagged = slots.Where(s => !s.Supported).ToList();
        var repairCost = Passages.EstimateTokens(passageText) + PromptOverheadTokens + options.MaxOutputTokens;
        if (flagged.Count > 0 && spent + repairCost <= options.MaxTokensPerStory)
        {
            var (repairReply, repairTokens) = await AskAsync(
                passageText + "\n" + LlmPrompt.Repair(flagged.Select(s => (s.Index, s.Text, (IReadOnlyList<string>)s.Reasons)).ToList()), ct);
            spent += repairTokens;
            requests++;
            foreach (var item in LlmReply.Parse<RepairReply>(repairReply)?.Repairs ?? [])
            {
                var slot = flagged.FirstOrDefault(s => s.Index == item?.Id);
                if (slot is null || string.IsNullOrWhiteSpace(item!.Text))
                {
                    continue;
                }

                var before = slot.Text;
                slot.Text = item.Text.Trim();
                slot.Passages = item.Passages ?? [];
                Check(slot, byId, sources);
                if (slot.Supported)
                {
                    repaired.Add($"{before} => {slot.Text}");
                }
            }
        }

        var dropped = slots.Where(s => !s.Supported).Select(s => s.Text).ToList();
        var story = Assemble(draft!, slots, articles, sources);
        if (story is null)
        {
            return (null, new LlmOutcome.FellBack($"too little survived checking ({slots.Count(s => s.Supported)} supported sentences)"));
        }

        return (story, new LlmOutcome.Written(requests, spent, dropped, repaired));
    }

    private async Task<(string? Reply, int Tokens)> AskAsync(string user, CancellationToken ct)
    {
        await limiter.WaitAsync(ct);
        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, LlmPrompt.System), new ChatMessage(ChatRole.User, user)],
            new ChatOptions
            {
                ModelId = options.Model,
                MaxOutputTokens = options.MaxOutputTokens,
                Temperature = 0,
                ResponseFormat = ChatResponseFormat.Json,
            },
            ct);
        var text = response.Text;
        var tokens = response.Usage?.TotalTokenCount is long total and > 0
            ? (int)Math.Min(total, int.MaxValue)
            : Passages.EstimateTokens(LlmPrompt.System) + Passages.EstimateTokens(user) + Passages.EstimateTokens(text ?? "");
        return (text, tokens);
    }

    /// <summary>One checkable sentence of the draft: where it sits, its text, its passages and the verdict.</summary>
    private sealed class Slot(int index, string kind, int section, string text, IReadOnlyList<string> passages)
    {
        public int Index { get; } = index;

        public string Kind { get; } = kind;

        public int Section { get; } = section;

        public string Text { get; set; } = text;

        public IReadOnlyList<string> Passages { get; set; } = passages;

        public bool Supported { get; set; }

        public IReadOnlyList<string> Cites { get; set; } = [];

        public List<string> Reasons { get; } = [];

        /// <summary>For facts: the label the text "label: value" was made from.</summary>
        public string Label { get; init; } = "";

        public string Value { get; init; } = "";

        public int Paragraph { get; init; }
    }

    private static List<Slot> Slots(LlmDraft draft)
    {
        var slots = new List<Slot>();
        if (!string.IsNullOrWhiteSpace(draft.Lede?.Text))
        {
            slots.Add(new Slot(slots.Count, "lede", -1, draft.Lede.Text.Trim(), draft.Lede.Passages ?? []));
        }

        var sections = draft.Sections ?? [];
        for (var s = 0; s < sections.Count; s++)
        {
            var paragraphs = sections[s]?.Paragraphs ?? [];
            for (var p = 0; p < paragraphs.Count; p++)
            {
                foreach (var sentence in paragraphs[p] ?? [])
                {
                    if (!string.IsNullOrWhiteSpace(sentence?.Text))
                    {
                        slots.Add(new Slot(slots.Count, "paragraph", s, sentence.Text.Trim(), sentence.Passages ?? []) { Paragraph = p });
                    }
                }
            }

            foreach (var bullet in sections[s]?.Bullets ?? [])
            {
                if (!string.IsNullOrWhiteSpace(bullet?.Text))
                {
                    slots.Add(new Slot(slots.Count, "bullet", s, bullet.Text.Trim(), bullet.Passages ?? []));
                }
            }
        }

        foreach (var fact in draft.Facts ?? [])
        {
            if (!string.IsNullOrWhiteSpace(fact?.Label) && !string.IsNullOrWhiteSpace(fact.Value))
            {
                slots.Add(new Slot(slots.Count, "fact", -1, $"{fact.Label.Trim()}: {fact.Value.Trim()}", fact.Passages ?? [])
                {
                    Label = fact.Label.Trim(),
                    Value = fact.Value.Trim(),
                });
            }
        }

        return slots;
    }

    /// <summary>Checks a sentence against the articles of the passages it cites; a supported sentence cites every article that supports it.</summary>
    private void Check(Slot slot, Dictionary<string, Passage> passages, PreparedSources sources)
    {
        slot.Reasons.Clear();
        var cited = slot.Passages.Select(id => passages.GetValueOrDefault(id.Trim().Trim('[', ']'))).OfType<Passage>()
            .Select(p => p.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        if (cited.Count == 0)
        {
            slot.Supported = false;
            slot.Reasons.Add("cites no known passage");
            return;
        }

        // A key-fact row is a claim (its number with its label bound to it in one cited sentence), as the
        // publication gate reads it; read as the sentence "label: value" a wrong label passed on any window
        // holding the number ("Soldiers sent: 4,000" against "forcing about 4,000 residents from their homes").
        var fact = slot.Kind == "fact";
        var verdict = fact ? verifier.CheckFact(slot.Label, slot.Value, cited, sources) : verifier.Check(slot.Text, cited, sources);
        slot.Supported = verdict.Supported;
        slot.Reasons.AddRange(verdict.Reasons);
        var backing = verdict.Supported && !fact ? verifier.FindSupport(slot.Text, sources) : [];
        slot.Cites = verdict.Supported
            ? sources.Articles.Select(a => a.Id).Where(id => cited.Contains(id) || backing.Contains(id)).Distinct(StringComparer.Ordinal).ToList()
            : [];
    }

    private Story? Assemble(LlmDraft draft, List<Slot> slots, IReadOnlyList<Article> articles, PreparedSources sources)
    {
        var kept = slots.Where(s => s.Supported).ToList();
        if (kept.Count(s => s.Kind != "fact") < MinSupportedSentences)
        {
            return null;
        }

        var lede = kept.FirstOrDefault(s => s.Kind == "lede") ?? kept.First(s => s.Kind is "paragraph" or "bullet");
        var sections = new List<StorySection>();
        var draftSections = draft.Sections ?? [];
        for (var s = 0; s < draftSections.Count; s++)
        {
            var paragraphs = kept.Where(x => x.Section == s && x.Kind == "paragraph" && x != lede)
                .GroupBy(x => x.Paragraph).OrderBy(g => g.Key)
                .Select(g => (IReadOnlyList<CitedSentence>)g.Select(x => new CitedSentence(x.Text, x.Cites)).ToList()).ToList();
            var bullets = kept.Where(x => x.Section == s && x.Kind == "bullet" && x != lede).Select(x => new CitedSentence(x.Text, x.Cites)).ToList();
            if (paragraphs.Count + bullets.Count > 0)
            {
                var section = new StorySection(draftSections[s]?.Heading?.Trim() ?? "", paragraphs, bullets);
                // The model's subhead is checked as the gate checks one: against what its section kept.
                sections.Add(section with { Heading = Headings.Check(section, sections.Count, verifier, sources).Published });
            }
        }

        var facts = kept.Where(x => x.Kind == "fact").Select(x => new StoryFact(x.Label, x.Value, x.Cites)).ToList();
        var headline = draft.Headline?.Trim() ?? "";
        if (headline.Length == 0 || !verifier.Check(headline, [], sources).Supported)
        {
            headline = Extractive.Headline.Choose(StoryCorpus.Build(articles, new ExtractiveWriterOptions()), lede.Text);
        }

        var cited = new HashSet<string>(kept.SelectMany(x => x.Cites), StringComparer.Ordinal);
        var list = articles.Where(a => cited.Contains(a.Id)).DistinctBy(a => a.Id)
            .Select(a => new StorySource(a.Id, a.Source, a.Title, a.Url, a.Published)).ToList();
        return new Story(headline, Extractive.Dateline.For(articles), lede.Text, lede.Cites, sections, facts, list);
    }
}
