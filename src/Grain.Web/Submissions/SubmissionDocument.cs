using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Core.Judging;
using Grain.Store;

namespace Grain.Web.Submissions;

/// <summary>
/// <c>GET /api/submissions/{id}</c>: once graded, the judge result JSON of DESIGN.md §5 (version, problem, language, status,
/// message, tests, scale, notes) with the submission's id, state and times alongside; before that, only those.
/// </summary>
public sealed record SubmissionDocument
{
    /// <summary>The submission's id.</summary>
    [JsonPropertyName("id")] public required long Id { get; init; }

    /// <summary>Where grading is: queued, running, done, or error (the judge could not grade it; see message).</summary>
    [JsonPropertyName("state")] public required string State { get; init; }

    /// <summary>True for Run (examples only), false for Submit (every check).</summary>
    [JsonPropertyName("examples_only")] public bool ExamplesOnly { get; init; }

    [JsonPropertyName("submitted_at")] public DateTimeOffset SubmittedAt { get; init; }

    [JsonPropertyName("graded_at")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateTimeOffset? GradedAt { get; init; }

    /// <summary>The result contract version (1) once graded.</summary>
    [JsonPropertyName("version")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Version { get; init; }

    [JsonPropertyName("problem")] public required string Problem { get; init; }

    [JsonPropertyName("language")] public required string Language { get; init; }

    /// <summary>pass, fail or error once graded.</summary>
    [JsonPropertyName("status")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Status { get; init; }

    [JsonPropertyName("message")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Message { get; init; }

    [JsonPropertyName("tests")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<TestResult>? Tests { get; init; }

    [JsonPropertyName("scale")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ScaleSummary? Scale { get; init; }

    [JsonPropertyName("notes")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>The document of a stored submission; while it runs, the tests of the groups finished so far.</summary>
    public static SubmissionDocument From(StoredSubmission s)
    {
        if (!s.IsFinished())
        {
            return new SubmissionDocument
            {
                Id = s.Id,
                State = s.Status,
                ExamplesOnly = s.ExamplesOnly,
                SubmittedAt = s.CreatedAt,
                Problem = s.ProblemId,
                Language = s.Language,
                Tests = s.PartialTests(),
            };
        }
        var report = s.Report();
        return new SubmissionDocument
        {
            Id = s.Id,
            State = s.Status,
            ExamplesOnly = s.ExamplesOnly,
            SubmittedAt = s.CreatedAt,
            GradedAt = s.IsFinished() ? s.UpdatedAt : null,
            Version = report?.Version,
            Problem = s.ProblemId,
            Language = s.Language,
            Status = report?.Status,
            Message = report?.Message,
            Tests = report?.Tests,
            Scale = report?.Scale,
            Notes = report?.Notes,
        };
    }
}

/// <summary>Reading a stored submission's report.</summary>
public static class StoredSubmissionExtensions
{
    /// <summary>True once grading ended (done or error).</summary>
    public static bool IsFinished(this StoredSubmission s) => s.Status is SubmissionStatus.Done or SubmissionStatus.Error;

    /// <summary>While grading runs, the tests of the groups finished so far (null when none yet).</summary>
    public static IReadOnlyList<TestResult>? PartialTests(this StoredSubmission s) =>
        s.Status == SubmissionStatus.Running && s.Report() is { Tests.Count: > 0 } partial ? partial.Tests : null;

    /// <summary>The judge report once graded, the partial report while running, or null (or when the stored JSON is unreadable).</summary>
    public static JudgeReport? Report(this StoredSubmission s)
    {
        if (s.ReportJson is not { Length: > 0 } json)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<JudgeReport>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
