using Dapper;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    public Task SaveDraftAsync(long userId, string problemId, string code, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("""
            INSERT INTO drafts (user_id, problem_id, code, saved_ms) VALUES (@userId, @problemId, @code, @at)
            ON CONFLICT (user_id, problem_id) DO UPDATE SET code = excluded.code, saved_ms = excluded.saved_ms
            """, new { userId, problemId, code, at = Ms(at) }), ct);

    public Task<StoredDraft?> GetDraftAsync(long userId, string problemId, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<DraftRow>(
            "SELECT problem_id, code, saved_ms FROM drafts WHERE user_id = @userId AND problem_id = @problemId", new { userId, problemId }))
            .Select(r => new StoredDraft(r.ProblemId, r.Code, Time(r.SavedMs))).FirstOrDefault(), ct);

    public Task GiveUpAsync(long userId, string problemId, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("""
            INSERT INTO give_ups (user_id, problem_id, given_up_ms) VALUES (@userId, @problemId, @at)
            ON CONFLICT (user_id, problem_id) DO NOTHING
            """, new { userId, problemId, at = Ms(at) }), ct);

    public Task<bool> HasGivenUpAsync(long userId, string problemId, CancellationToken ct = default) =>
        ReadAsync(async db => await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM give_ups WHERE user_id = @userId AND problem_id = @problemId", new { userId, problemId }) > 0, ct);

    private sealed class DraftRow
    {
        public string ProblemId { get; set; } = "";
        public string Code { get; set; } = "";
        public long SavedMs { get; set; }
    }
}
