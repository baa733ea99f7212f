using Grain.Core.Learning.Mock;
using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>Where a submission is in grading.</summary>
public static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Error = "error";
}

/// <summary>A stored submission; <see cref="ReportJson"/> is the judge report (DESIGN.md §5) once graded; <see cref="ExamplesOnly"/> marks a Run.</summary>
public sealed record StoredSubmission(
    long Id,
    long UserId,
    string ProblemId,
    string Language,
    string Code,
    string Status,
    bool? Passed,
    string? ReportJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ExamplesOnly = false);

/// <summary>The code a learner is writing for a problem and when it was last saved.</summary>
public sealed record StoredDraft(string ProblemId, string Code, DateTimeOffset SavedAt);

/// <summary>A stored self-assessment.</summary>
public sealed record StoredAssessment(long Id, long UserId, SelfAssessment Assessment, DateTimeOffset TakenAt);

/// <summary>A plan task with its storage id and when it was done.</summary>
public sealed record StoredPlanTask(long Id, DateOnly Day, int Order, PlanTask Task, DateTimeOffset? DoneAt);

/// <summary>The stored active plan of a user.</summary>
public sealed record StoredPlan(long Id, long? AssessmentId, DateTimeOffset CreatedAt, StudyPlan Plan, IReadOnlyList<StoredPlanTask> Tasks);

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

/// <summary>A stored mock session.</summary>
public sealed record StoredMockSession(
    long Id,
    long UserId,
    string CompanyId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    HireVerdict? Verdict,
    IReadOnlyList<StoredMockRound> Rounds);

/// <summary>A database newer than this program, or one it cannot use: the message is for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
