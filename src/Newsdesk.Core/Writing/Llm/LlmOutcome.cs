namespace Newsdesk.Writing.Llm;

/// <summary>How the LLM writer came by a story: expected failures are values, not exceptions.</summary>
public abstract record LlmOutcome
{
    /// <summary>Written by the model; every sentence checked, <paramref name="Dropped"/> removed, <paramref name="Repaired"/> fixed in the repair round.</summary>
    public sealed record Written(int Requests, int TokensSpent, IReadOnlyList<string> Dropped, IReadOnlyList<string> Repaired) : LlmOutcome;

    /// <summary>The same revision was written before: nothing paid.</summary>
    public sealed record Cached : LlmOutcome;

    /// <summary>The endpoint failed, timed out or returned junk: the extractive writer wrote the story.</summary>
    public sealed record FellBack(string Reason) : LlmOutcome;
}

/// <summary>A story and how it was written.</summary>
public sealed record LlmWriteResult(Story Story, LlmOutcome Outcome);
