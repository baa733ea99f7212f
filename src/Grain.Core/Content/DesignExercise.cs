namespace Grain.Core.Content;

/// <summary>A pipeline or system design case study with a hint ladder and a hire rubric.</summary>
public sealed record DesignExercise(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status,
    int Minutes,
    string Prompt,
    IReadOnlyList<string> ClarifyingQuestions,
    IReadOnlyList<Hint> Hints,
    string ReferenceAnswer,
    Rubric Rubric,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<string> KeyPhrases,
    SourceLocation Source) : IContentItem
{
    public string Kind => "design";

    public string SearchText => string.Join('\n', [Title, Prompt, ReferenceAnswer, .. ClarifyingQuestions, .. KeyPhrases]);
}
