namespace Grain.Core.Learning.Mock;

/// <summary>A hiring recommendation for a round or a whole loop.</summary>
public enum HireVerdict
{
    NoHire = 0,
    LeanHire = 1,
    StrongHire = 2,
}

/// <summary>One round of a mock loop with the items drawn for it.</summary>
public sealed record MockRound(int Number, string Type, string Title, int Minutes, IReadOnlyList<string> ItemIds);

/// <summary>A mock interview loop built from a company profile.</summary>
public sealed record MockLoop(string CompanyId, IReadOnlyList<MockRound> Rounds)
{
    public int Minutes => Rounds.Sum(r => r.Minutes);
}

/// <summary>A rubric criterion the learner ticked or left, at its level (Strong Hire, Lean Hire, No Hire).</summary>
public sealed record RubricGrade(HireVerdict Level, string Criterion, bool Ticked);
