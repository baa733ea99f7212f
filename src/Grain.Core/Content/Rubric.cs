namespace Grain.Core.Content;

/// <summary>What a Strong Hire, a Lean Hire and a No Hire answer look like.</summary>
public sealed record Rubric(
    IReadOnlyList<string> StrongHire,
    IReadOnlyList<string> LeanHire,
    IReadOnlyList<string> NoHire);
