using System.Text.Json.Serialization;

namespace Grain.Web.Cohort;

/// <summary>What an instructor sees of a cohort: each learner's readiness and activity, and the problems failed most.</summary>
public sealed record CohortProgress(
    [property: JsonPropertyName("cohort")] string? CohortId,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("learners")] IReadOnlyList<LearnerProgress> Learners,
    [property: JsonPropertyName("most_failed")] IReadOnlyList<FailedProblem> MostFailed,
    [property: JsonPropertyName("assignments")] IReadOnlyList<AssignmentProgress> Assignments);

/// <summary>An assignment and how far each learner got with it.</summary>
public sealed record AssignmentProgress(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("due")] DateOnly Due,
    [property: JsonPropertyName("items")] IReadOnlyList<string> Items,
    [property: JsonPropertyName("learners")] IReadOnlyList<LearnerAssignment> Learners);

/// <summary>How many of an assignment's items one learner has done.</summary>
public sealed record LearnerAssignment(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("done")] int Done,
    [property: JsonPropertyName("total")] int Total);

/// <summary>One learner: readiness overall and per skill, activity in the last 7 days, recent submissions.</summary>
public sealed record LearnerProgress(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("disabled")] bool Disabled,
    [property: JsonPropertyName("readiness")] int Readiness,
    [property: JsonPropertyName("skills")] IReadOnlyList<SkillReadiness> Skills,
    [property: JsonPropertyName("reviews_7d")] int Reviews7Days,
    [property: JsonPropertyName("submissions_7d")] int Submissions7Days,
    [property: JsonPropertyName("last_active")] DateTimeOffset? LastActive,
    [property: JsonPropertyName("recent_submissions")] IReadOnlyList<RecentSubmission> RecentSubmissions);

/// <summary>Readiness (0-100) in one skill area.</summary>
public sealed record SkillReadiness(
    [property: JsonPropertyName("skill")] string Skill,
    [property: JsonPropertyName("readiness")] int Readiness);

/// <summary>A submission as the instructor's view lists it.</summary>
public sealed record RecentSubmission(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("problem")] string Problem,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("passed")] bool? Passed,
    [property: JsonPropertyName("examples_only")] bool ExamplesOnly,
    [property: JsonPropertyName("submitted_at")] DateTimeOffset SubmittedAt);

/// <summary>A problem the cohort failed: failed full Submits, and how many learners failed it.</summary>
public sealed record FailedProblem(
    [property: JsonPropertyName("problem")] string Problem,
    [property: JsonPropertyName("failures")] int Failures,
    [property: JsonPropertyName("learners")] int Learners);
