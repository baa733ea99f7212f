using Grain.Core.Learning.Mock;

namespace Grain.Store;

/// <summary>A stored mock session.</summary>
public sealed record StoredMockSession(
    long Id,
    long UserId,
    string CompanyId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    HireVerdict? Verdict,
    IReadOnlyList<StoredMockRound> Rounds);
