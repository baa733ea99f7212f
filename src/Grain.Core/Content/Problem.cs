namespace Grain.Core.Content;

/// <summary>A coding problem graded by a judge (Python or SQL).</summary>
public sealed record Problem(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status,
    string Language,
    string Difficulty,
    string Pattern,
    string? Function,
    string? Dataset,
    IReadOnlyList<string> Engines,
    string Statement,
    IReadOnlyList<Hint> Hints,
    string Discussion,
    IReadOnlyList<string> FollowUps,
    string Directory,
    SourceLocation Source) : IContentItem
{
    public string Kind => "problem";

    public string SearchText => string.Join('\n', [Title, Pattern, Statement, .. FollowUps]);

    /// <summary>The starter file's name inside <see cref="Directory"/>.</summary>
    public string StarterFile => Language == "sql" ? "starter.sql" : "starter.py";

    /// <summary>The reference solution's name inside <see cref="Directory"/>.</summary>
    public string ReferenceFile => Language == "sql" ? "reference.sql" : "reference.py";
}
