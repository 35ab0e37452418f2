namespace Newsdesk.Verification;

/// <summary>The verdict on one sentence: <see cref="Score"/> in [0,1], higher is better supported.</summary>
public sealed record SentenceVerdict(string Text, bool Supported, double Score, IReadOnlyList<string> Reasons);

/// <summary>The output of <c>verify</c> (design.md §3): per-sentence verdicts and the two counts.</summary>
public sealed record VerificationReport(IReadOnlyList<SentenceVerdict> Sentences, int Supported, int Unsupported);
