namespace Grain.Core.Content;

/// <summary>One round of a company's loop.</summary>
public sealed record LoopRound(string Type, string Title, int Minutes, string Focus);

/// <summary>How a kind of employer runs its data-engineering loop and what it weighs.</summary>
public sealed record CompanyProfile(
    string Id,
    string Name,
    string Summary,
    IReadOnlyList<LoopRound> Rounds,
    IReadOnlyDictionary<string, double> Emphasis,
    IReadOnlyList<string> Notes,
    SourceLocation Source);
