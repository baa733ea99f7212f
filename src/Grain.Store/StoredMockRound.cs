using Grain.Core.Learning.Mock;

namespace Grain.Store;

/// <summary>A stored mock round with the learner's answer and outcome.</summary>
public sealed record StoredMockRound(
    long Id,
    MockRound Round,
    string? Answer,
    long? SubmissionId,
    HireVerdict? Verdict,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<RubricGrade> Grades);
