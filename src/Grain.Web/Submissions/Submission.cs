using System.Text.Json.Serialization;
using Grain.Core.Judging;

namespace Grain.Web.Submissions;

/// <summary>Where a submission is in its life: stored and queued, being graded, or done with a report.</summary>
public static class SubmissionState
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
}

/// <summary>A candidate's code for a problem, stored before it is graded so nothing is lost.</summary>
public sealed record Submission
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("problem")] public required string Problem { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("code")] public required string Code { get; init; }
    [JsonPropertyName("examples_only")] public bool ExamplesOnly { get; init; }
    [JsonPropertyName("submitted_at")] public DateTimeOffset SubmittedAt { get; init; }
    [JsonPropertyName("state")] public string State { get; init; } = SubmissionState.Queued;
    [JsonPropertyName("graded_at")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateTimeOffset? GradedAt { get; init; }
    [JsonPropertyName("result")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public JudgeReport? Result { get; init; }
}

/// <summary>Keeps submissions; implementations must persist a submission before <see cref="AddAsync"/> returns.</summary>
public interface ISubmissionStore
{
    /// <summary>Stores a new submission in the queued state.</summary>
    Task AddAsync(Submission submission, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored submission (state changes, the result).</summary>
    Task UpdateAsync(Submission submission, CancellationToken cancellationToken = default);

    /// <summary>The submission with that id, or null.</summary>
    Task<Submission?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Submissions not yet done (queued or interrupted while running), oldest first.</summary>
    Task<IReadOnlyList<Submission>> UnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Every submission of a problem, newest first.</summary>
    Task<IReadOnlyList<Submission>> ForProblemAsync(string problem, CancellationToken cancellationToken = default);

    /// <summary>Every submission, newest first (for progress).</summary>
    Task<IReadOnlyList<Submission>> AllAsync(CancellationToken cancellationToken = default);
}
