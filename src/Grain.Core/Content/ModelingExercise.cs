namespace Grain.Core.Content;

/// <summary>A business question the candidate answers with SQL against the reference model.</summary>
public sealed record BusinessQuestion(string Question, string Sql);

/// <summary>A data-modelling exercise: a schema to design, a reference DDL, queries it must answer and a rubric.</summary>
public sealed record ModelingExercise(
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
    string ReferenceDdl,
    string SampleData,
    IReadOnlyList<BusinessQuestion> BusinessQuestions,
    Rubric Rubric,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<string> KeyPhrases,
    SourceLocation Source) : IContentItem
{
    public string Kind => "modeling";

    public string SearchText => string.Join('\n', [Title, Prompt, ReferenceAnswer, .. KeyPhrases]);
}
