namespace Grain.Store;

// Grading workers: a claim sets a lease the worker renews; only the lease holder may complete the submission.
internal abstract partial class DbGrainStore
{
    public Task<StoredSubmission?> ClaimSubmissionAsync(string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default) =>
        WriteAsync(async db => (await db.QueryAsync<SubmissionRow>($"""
            UPDATE submissions
            SET status = 'running', report_json = NULL, lease_owner = @worker, lease_expires_ms = @until, attempts = attempts + 1, updated_ms = @at
            WHERE id = (
              SELECT id FROM submissions
              WHERE status = 'queued' OR (status = 'running' AND lease_expires_ms < @at)
              ORDER BY examples_only DESC, id
              LIMIT 1 {dialect.SkipLocked})
            RETURNING {SubmissionColumns}
            """, new { worker, at = Ms(now), until = Ms(now + lease) })).Select(r => r.ToSubmission()).FirstOrDefault(), ct);

    public Task<bool> RenewSubmissionLeaseAsync(long submissionId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ExecuteAsync(
            "UPDATE submissions SET lease_expires_ms = @until WHERE id = @submissionId AND status = 'running' AND lease_owner = @worker",
            new { submissionId, worker, until = Ms(now + lease) }) == 1, ct);

    public Task<bool> CompleteLeasedSubmissionAsync(long submissionId, string worker, string status, bool? passed, string? reportJson, CancellationToken ct = default)
    {
        if (status is not (SubmissionStatus.Done or SubmissionStatus.Error))
        {
            throw new ArgumentException($"a submission completes as done or error, not '{status}'", nameof(status));
        }
        return WriteAsync(async db => await db.ExecuteAsync("""
            UPDATE submissions
            SET status = @status, passed = @passed, report_json = @reportJson, lease_owner = NULL, lease_expires_ms = NULL, updated_ms = @at
            WHERE id = @submissionId AND status = 'running' AND lease_owner = @worker
            """, new { submissionId, worker, status, passed = passed is { } p ? (p ? 1L : 0L) : (long?)null, reportJson, at = Ms(DateTimeOffset.UtcNow) }) == 1, ct);
    }

    public Task<bool> ReleaseSubmissionLeaseAsync(long submissionId, string worker, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ExecuteAsync("""
            UPDATE submissions
            SET status = 'queued', report_json = NULL, lease_owner = NULL, lease_expires_ms = NULL,
                attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, updated_ms = @at
            WHERE id = @submissionId AND status = 'running' AND lease_owner = @worker
            """, new { submissionId, worker, at = Ms(DateTimeOffset.UtcNow) }) == 1, ct);

    public Task<int> CountPendingSubmissionsAsync(long userId, CancellationToken ct = default) =>
        ReadAsync(async db => (int)await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM submissions WHERE user_id = @userId AND status IN ('queued', 'running')", new { userId }), ct);

    public Task<GradingQueueStats> GetGradingQueueStatsAsync(DateTimeOffset now, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var row = (await db.QueryAsync<QueueRow>("""
                SELECT SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS queued,
                       SUM(CASE WHEN status = 'running' THEN 1 ELSE 0 END) AS running,
                       MIN(CASE WHEN status = 'queued' THEN created_ms END) AS oldest_queued_ms
                FROM submissions WHERE status IN ('queued', 'running')
                """)).Single();
            var age = row.OldestQueuedMs is { } oldest ? TimeSpan.FromMilliseconds(Math.Max(0, Ms(now) - oldest)) : (TimeSpan?)null;
            return new GradingQueueStats((int)(row.Queued ?? 0), (int)(row.Running ?? 0), age);
        }, ct);

    private sealed class QueueRow
    {
        public long? Queued { get; set; }
        public long? Running { get; set; }
        public long? OldestQueuedMs { get; set; }
    }
}
