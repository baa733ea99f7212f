namespace Grain.Core.Content;

/// <summary>A behavioural question with what it assesses and how to structure a STAR answer.</summary>
public sealed record BehavioralPrompt(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status,
    int Minutes,
    string Prompt,
    string Assesses,
    string StarGuidance,
    IReadOnlyList<string> Pitfalls,
    string OutlineAnswer,
    IReadOnlyList<string> KeyPhrases,
    Rubric Rubric,
    SourceLocation Source) : IContentItem
{
    public string Kind => "behavioral";

    public string SearchText => string.Join('\n', [Title, Prompt, Assesses, StarGuidance, OutlineAnswer, .. KeyPhrases]);
}
