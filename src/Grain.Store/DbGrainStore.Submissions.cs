using Dapper;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    private const string SubmissionColumns = "id, user_id, problem_id, language, code, status, passed, report_json, created_ms, updated_ms, examples_only, engine, lease_owner, attempts";

    public Task<long> CreateSubmissionAsync(long userId, string problemId, string language, string code, bool examplesOnly = false, string? engine = null, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteScalarAsync<long>("""
            INSERT INTO submissions (user_id, problem_id, language, code, status, created_ms, updated_ms, examples_only, engine)
            VALUES (@userId, @problemId, @language, @code, 'queued', @at, @at, @examplesOnly, @engine) RETURNING id
            """, new { userId, problemId, language, code, at = Ms(DateTimeOffset.UtcNow), examplesOnly = examplesOnly ? 1L : 0L, engine }), ct);

    public Task<int> RequeueRunningSubmissionsAsync(CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync(
            "UPDATE submissions SET status = 'queued', report_json = NULL, updated_ms = @at WHERE status = 'running' AND lease_owner IS NULL", new { at = Ms(DateTimeOffset.UtcNow) }), ct);

    public Task<bool> TryStartSubmissionAsync(long submissionId, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ExecuteAsync(
            "UPDATE submissions SET status = 'running', report_json = NULL, updated_ms = @at WHERE id = @submissionId AND status = 'queued'",
            new { submissionId, at = Ms(DateTimeOffset.UtcNow) }) == 1, ct);

    public Task CompleteSubmissionAsync(long submissionId, string status, bool? passed, string? reportJson, CancellationToken ct = default)
    {
        if (status is not (SubmissionStatus.Done or SubmissionStatus.Error))
        {
            throw new ArgumentException($"a submission completes as done or error, not '{status}'", nameof(status));
        }
        return WriteAsync(async db =>
        {
            var changed = await db.ExecuteAsync(
                "UPDATE submissions SET status = @status, passed = @passed, report_json = @reportJson, updated_ms = @at WHERE id = @submissionId",
                new { submissionId, status, passed = passed is { } p ? (p ? 1L : 0L) : (long?)null, reportJson, at = Ms(DateTimeOffset.UtcNow) });
            return changed == 1 ? 0 : throw new KeyNotFoundException($"no submission {submissionId}");
        }, ct);
    }

    public Task SaveSubmissionProgressAsync(long submissionId, string partialReportJson, string? leaseOwner = null, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync($"""
            UPDATE submissions SET report_json = @partialReportJson, updated_ms = @at
            WHERE id = @submissionId AND status = 'running' AND {(leaseOwner is null ? "lease_owner IS NULL" : "lease_owner = @leaseOwner")}
            """, new { submissionId, partialReportJson, leaseOwner, at = Ms(DateTimeOffset.UtcNow) }), ct);

    public Task<StoredSubmission?> GetSubmissionAsync(long submissionId, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<SubmissionRow>(
            $"SELECT {SubmissionColumns} FROM submissions WHERE id = @submissionId", new { submissionId }))
            .Select(r => r.ToSubmission()).FirstOrDefault(), ct);

    public Task<IReadOnlyList<StoredSubmission>> GetSubmissionsAsync(long userId, string? problemId = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredSubmission>>(async db => (await db.QueryAsync<SubmissionRow>(
            $"SELECT {SubmissionColumns} FROM submissions WHERE user_id = @userId {(problemId is null ? "" : "AND problem_id = @problemId")} ORDER BY id DESC",
            new { userId, problemId })).Select(r => r.ToSubmission()).ToList(), ct);

    public Task<IReadOnlyList<StoredSubmission>> GetQueuedSubmissionsAsync(int limit, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredSubmission>>(async db => (await db.QueryAsync<SubmissionRow>(
            $"SELECT {SubmissionColumns} FROM submissions WHERE status = 'queued' ORDER BY id LIMIT @limit", new { limit = (long)limit }))
            .Select(r => r.ToSubmission()).ToList(), ct);

    public Task RevealHintAsync(long userId, string problemId, int hintNumber, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("""
            INSERT INTO hint_reveals (user_id, problem_id, hint_number, revealed_ms) VALUES (@userId, @problemId, @hintNumber, @at)
            ON CONFLICT (user_id, problem_id, hint_number) DO NOTHING
            """, new { userId, problemId, hintNumber = (long)hintNumber, at = Ms(DateTimeOffset.UtcNow) }), ct);

    public Task<IReadOnlyList<int>> GetRevealedHintsAsync(long userId, string problemId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<int>>(async db => (await db.QueryAsync<long>(
            "SELECT hint_number FROM hint_reveals WHERE user_id = @userId AND problem_id = @problemId ORDER BY hint_number",
            new { userId, problemId })).Select(n => (int)n).ToList(), ct);

    private sealed class SubmissionRow
    {
        public long Id { get; set; }
        public long UserId { get; set; }
        public string ProblemId { get; set; } = "";
        public string Language { get; set; } = "";
        public string Code { get; set; } = "";
        public string Status { get; set; } = "";
        public long? Passed { get; set; }
        public string? ReportJson { get; set; }
        public long CreatedMs { get; set; }
        public long UpdatedMs { get; set; }
        public long ExamplesOnly { get; set; }
        public string? Engine { get; set; }
        public string? LeaseOwner { get; set; }
        public long Attempts { get; set; }

        public StoredSubmission ToSubmission() => new(Id, UserId, ProblemId, Language, Code, Status,
            Passed is { } p ? p != 0 : null, ReportJson, Time(CreatedMs), Time(UpdatedMs), ExamplesOnly != 0, Engine, LeaseOwner, (int)Attempts);
    }
}
