using System.Text.Json;
using Dapper;
using Grain.Core.Learning.Mock;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    public Task<long> CreateMockSessionAsync(long userId, MockLoop loop, DateTimeOffset startedAt, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            var id = await db.ExecuteScalarAsync<long>(
                "INSERT INTO mock_sessions (user_id, company_id, started_ms) VALUES (@userId, @company, @at) RETURNING id",
                new { userId, company = loop.CompanyId, at = Ms(startedAt) });
            await db.ExecuteAsync("""
                INSERT INTO mock_rounds (session_id, number, round_type, title, minutes, item_ids)
                VALUES (@id, @number, @type, @title, @minutes, @items)
                """, loop.Rounds.Select(r => new
            {
                id,
                number = (long)r.Number,
                type = r.Type,
                title = r.Title,
                minutes = (long)r.Minutes,
                items = JsonSerializer.Serialize(r.ItemIds),
            }));
            return id;
        }, ct);

    public async Task<StoredMockSession?> GetMockSessionAsync(long sessionId, CancellationToken ct = default) =>
        (await LoadMockSessionsAsync("s.id = @key", sessionId, ct)).FirstOrDefault();

    public Task<IReadOnlyList<StoredMockSession>> GetMockSessionsAsync(long userId, CancellationToken ct = default) =>
        LoadMockSessionsAsync("s.user_id = @key", userId, ct);

    public Task StartRoundAsync(long roundId, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync(
            "UPDATE mock_rounds SET started_ms = COALESCE(started_ms, @at) WHERE id = @roundId", new { roundId, at = Ms(at) }), ct);

    public Task SaveRoundAnswerAsync(long roundId, string? answer, long? submissionId, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("""
            UPDATE mock_rounds SET answer = @answer, submission_id = @submissionId,
              started_ms = COALESCE(started_ms, @at), finished_ms = @at WHERE id = @roundId
            """, new { roundId, answer, submissionId, at = Ms(at) }), ct);

    public Task GradeRoundAsync(long roundId, IReadOnlyList<RubricGrade> grades, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            await db.ExecuteAsync("DELETE FROM rubric_grades WHERE round_id = @roundId", new { roundId });
            await db.ExecuteAsync(
                "INSERT INTO rubric_grades (round_id, level, seq, criterion, ticked) VALUES (@roundId, @level, @seq, @criterion, @ticked)",
                grades.Select((g, i) => new { roundId, level = g.Level.ToString(), seq = (long)i, criterion = g.Criterion, ticked = g.Ticked ? 1L : 0L }));
            return await db.ExecuteAsync(
                "UPDATE mock_rounds SET verdict = @verdict, finished_ms = COALESCE(finished_ms, @at) WHERE id = @roundId",
                new { roundId, verdict = verdict.ToString(), at = Ms(at) });
        }, ct);

    public Task FinishMockSessionAsync(long sessionId, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync(
            "UPDATE mock_sessions SET verdict = @verdict, finished_ms = @at WHERE id = @sessionId",
            new { sessionId, verdict = verdict.ToString(), at = Ms(at) }), ct);

    public Task<IReadOnlySet<string>> GetSeenItemIdsAsync(long userId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlySet<string>>(async db =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            ids.UnionWith(await db.QueryAsync<string>("SELECT item_id FROM card_states WHERE user_id = @userId", new { userId }));
            ids.UnionWith(await db.QueryAsync<string>("SELECT DISTINCT problem_id FROM submissions WHERE user_id = @userId", new { userId }));
            foreach (var json in await db.QueryAsync<string>(
                "SELECT r.item_ids FROM mock_rounds r JOIN mock_sessions s ON s.id = r.session_id WHERE s.user_id = @userId", new { userId }))
            {
                ids.UnionWith(JsonSerializer.Deserialize<List<string>>(json) ?? []);
            }
            return ids;
        }, ct);

    private Task<IReadOnlyList<StoredMockSession>> LoadMockSessionsAsync(string where, long key, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<StoredMockSession>>(async db =>
        {
            var sessions = (await db.QueryAsync<MockSessionRow>(
                $"SELECT s.id, s.user_id, s.company_id, s.started_ms, s.finished_ms, s.verdict FROM mock_sessions s WHERE {where} ORDER BY s.id",
                new { key })).ToList();
            var rounds = (await db.QueryAsync<MockRoundRow>($"""
                SELECT r.id, r.session_id, r.number, r.round_type, r.title, r.minutes, r.item_ids, r.answer, r.submission_id, r.verdict, r.started_ms, r.finished_ms
                FROM mock_rounds r JOIN mock_sessions s ON s.id = r.session_id WHERE {where} ORDER BY r.session_id, r.number
                """, new { key })).ToList();
            var grades = (await db.QueryAsync<GradeRow>($"""
                SELECT g.round_id, g.level, g.criterion, g.ticked FROM rubric_grades g
                JOIN mock_rounds r ON r.id = g.round_id JOIN mock_sessions s ON s.id = r.session_id WHERE {where} ORDER BY g.round_id, g.seq
                """, new { key })).ToLookup(g => g.RoundId);
            return sessions.Select(s => new StoredMockSession(s.Id, s.UserId, s.CompanyId, Time(s.StartedMs), Time(s.FinishedMs), Verdict(s.Verdict),
                rounds.Where(r => r.SessionId == s.Id).Select(r => new StoredMockRound(r.Id,
                    new MockRound((int)r.Number, r.RoundType, r.Title, (int)r.Minutes, JsonSerializer.Deserialize<List<string>>(r.ItemIds) ?? []),
                    r.Answer, r.SubmissionId, Verdict(r.Verdict), Time(r.StartedMs), Time(r.FinishedMs),
                    grades[r.Id].Select(g => new RubricGrade(Enum.Parse<HireVerdict>(g.Level), g.Criterion, g.Ticked != 0)).ToList())).ToList())).ToList();
        }, ct);

    private static HireVerdict? Verdict(string? text) => text is null ? null : Enum.Parse<HireVerdict>(text);

    private sealed class MockSessionRow
    {
        public long Id { get; set; }
        public long UserId { get; set; }
        public string CompanyId { get; set; } = "";
        public long StartedMs { get; set; }
        public long? FinishedMs { get; set; }
        public string? Verdict { get; set; }
    }

    private sealed class MockRoundRow
    {
        public long Id { get; set; }
        public long SessionId { get; set; }
        public long Number { get; set; }
        public string RoundType { get; set; } = "";
        public string Title { get; set; } = "";
        public long Minutes { get; set; }
        public string ItemIds { get; set; } = "[]";
        public string? Answer { get; set; }
        public long? SubmissionId { get; set; }
        public string? Verdict { get; set; }
        public long? StartedMs { get; set; }
        public long? FinishedMs { get; set; }
    }

    private sealed class GradeRow
    {
        public long RoundId { get; set; }
        public string Level { get; set; } = "";
        public string Criterion { get; set; } = "";
        public long Ticked { get; set; }
    }
}
