using System.Text;

namespace Newsdesk.Writing.Llm;

/// <summary>The instructions and the messages sent to the model.</summary>
internal static class LlmPrompt
{
    public const string System = """
        You are a careful news editor. Write one news story from the numbered source passages only.
        Rules:
        - Use only facts, names, numbers, dates and places that appear in the passages. Never add anything.
        - Every sentence lists in "passages" the ids (like "P3") of the passages that support it.
        - Quote words only when the passages quote them, verbatim, attributed as the passage attributes them.
        - Where passages disagree on a number or fact, say who reports what; do not pick one.
        - Lede: who, what, when, where in one sentence. Two to five sections with informative subheads;
          bullets for what each party said; a final section "What comes next" only if the passages say it.
        - Reply with one JSON object and nothing else, in exactly this shape:
        {"headline":"...","lede":{"text":"...","passages":["P1"]},
         "sections":[{"heading":"...","paragraphs":[[{"text":"...","passages":["P2"]}]],"bullets":[{"text":"...","passages":["P4"]}]}],
         "facts":[{"label":"...","value":"...","passages":["P1"]}]}
        """;

    public static string Draft(IReadOnlyList<Passage> passages, int targetWords)
    {
        var text = new StringBuilder();
        text.AppendLine($"Write the story in about {targetWords} words.");
        text.AppendLine("Passages:");
        foreach (var p in passages)
        {
            text.AppendLine($"[{p.Id}] ({p.Source}) {p.Text}");
        }

        return text.ToString();
    }

    public static string Repair(IReadOnlyList<(int Index, string Text, IReadOnlyList<string> Reasons)> flagged)
    {
        var text = new StringBuilder();
        text.AppendLine("These sentences are not supported by the passages they cite. For each, give a corrected sentence that the passages support, with its passage ids, or \"text\": null to drop it.");
        foreach (var (index, sentence, reasons) in flagged)
        {
            text.AppendLine($"{index}: {sentence} (problems: {string.Join("; ", reasons)})");
        }

        text.AppendLine("""Reply with one JSON object and nothing else: {"repairs":[{"id":0,"text":"...","passages":["P1"]}]}""");
        return text.ToString();
    }
}
