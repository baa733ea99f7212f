using System.Text.Json;
using Dapper;
using Grain.Core.Learning.Fsrs;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    private const string CardColumns = "item_id, state, step, stability, difficulty, due_ms, last_review_ms, reps, lapses";

    public Task<SrsCard?> GetCardAsync(long userId, string itemId, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<CardRow>(
            $"SELECT {CardColumns} FROM card_states WHERE user_id = @userId AND item_id = @itemId", new { userId, itemId }))
            .Select(r => r.ToCard()).FirstOrDefault(), ct);

    public Task<IReadOnlyList<SrsCard>> GetCardsAsync(long userId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<SrsCard>>(async db => (await db.QueryAsync<CardRow>(
            $"SELECT {CardColumns} FROM card_states WHERE user_id = @userId ORDER BY item_id", new { userId }))
            .Select(r => r.ToCard()).ToList(), ct);

    public Task<IReadOnlyList<SrsCard>> GetDueCardsAsync(long userId, DateTimeOffset now, int? limit = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<SrsCard>>(async db => (await db.QueryAsync<CardRow>(
            // Elapsed time over stability orders like retrievability (lowest first) for any decay.
            $"SELECT {CardColumns} FROM card_states WHERE user_id = @userId AND due_ms <= @now" + (limit is null ? "" :
                " ORDER BY CAST(@now - COALESCE(last_review_ms, @now) AS DOUBLE PRECISION) / COALESCE(stability, 0.001) DESC, due_ms, item_id LIMIT @limit"),
            new { userId, now = Ms(now), limit = (long)(limit ?? 0) }))
            .Select(r => r.ToCard()).ToList(), ct);

    public Task<int> CountDueAsync(long userId, DateTimeOffset now, CancellationToken ct = default) =>
        ReadAsync(async db => (int)await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM card_states WHERE user_id = @userId AND due_ms <= @now", new { userId, now = Ms(now) }), ct);

    public Task<int> CountIntroducedAsync(long userId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        ReadAsync(async db => (int)await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM review_logs WHERE user_id = @userId AND reviewed_ms >= @from AND reviewed_ms < @to AND state_before = 0",
            new { userId, from = Ms(from), to = Ms(to) }), ct);

    public Task SaveReviewAsync(long userId, string itemKind, ReviewOutcome outcome, CancellationToken ct = default) =>
        SaveReviewsAsync(userId, itemKind, [outcome], ct);

    public Task SaveReviewsAsync(long userId, string itemKind, IReadOnlyList<ReviewOutcome> outcomes, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            foreach (var outcome in outcomes)
            {
                await SaveReviewAsync(db, userId, itemKind, outcome);
            }
            return 0;
        }, ct);

    private static async Task SaveReviewAsync(DbSession db, long userId, string itemKind, ReviewOutcome outcome)
    {
        var log = outcome.Log;
        var before = (await db.QueryAsync<CardRow>(
            $"SELECT {CardColumns} FROM card_states WHERE user_id = @userId AND item_id = @itemId", new { userId, itemId = outcome.Card.ItemId }))
            .Select(r => r.ToCard()).FirstOrDefault();
        await UpsertCardAsync(db, userId, itemKind, outcome.Card);
        await db.ExecuteAsync("""
                INSERT INTO review_logs (user_id, item_id, item_kind, rating, state_before, reviewed_ms, elapsed_days, scheduled_days, stability, difficulty, duration_ms, card_before)
                VALUES (@userId, @itemId, @itemKind, @rating, @stateBefore, @at, @elapsed, @scheduled, @stability, @difficulty, @duration, @cardBefore)
                """,
            new
            {
                userId,
                itemId = log.ItemId,
                itemKind,
                rating = (long)log.Rating,
                stateBefore = (long)log.StateBefore,
                at = Ms(log.ReviewedAt),
                elapsed = log.ElapsedDays,
                scheduled = log.ScheduledDays,
                stability = log.Stability,
                difficulty = log.Difficulty,
                duration = (long?)log.DurationMs,
                cardBefore = JsonSerializer.Serialize(before),
            });
    }

    private static Task UpsertCardAsync(DbSession db, long userId, string itemKind, SrsCard card) =>
        db.ExecuteAsync("""
                INSERT INTO card_states (user_id, item_id, item_kind, state, step, stability, difficulty, due_ms, last_review_ms, reps, lapses)
                VALUES (@userId, @itemId, @itemKind, @state, @step, @stability, @difficulty, @due, @last, @reps, @lapses)
                ON CONFLICT (user_id, item_id) DO UPDATE SET
                  item_kind = excluded.item_kind, state = excluded.state, step = excluded.step, stability = excluded.stability,
                  difficulty = excluded.difficulty, due_ms = excluded.due_ms, last_review_ms = excluded.last_review_ms,
                  reps = excluded.reps, lapses = excluded.lapses
                """,
            new
            {
                userId,
                itemId = card.ItemId,
                itemKind,
                state = (long)card.State,
                step = (long)card.Step,
                stability = card.Stability,
                difficulty = card.Difficulty,
                due = Ms(card.Due),
                last = card.LastReview is { } l ? Ms(l) : (long?)null,
                reps = (long)card.Reps,
                lapses = (long)card.Lapses,
            });

    public Task<string?> UndoLastReviewAsync(long userId, string itemKind, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            var last = (await db.QueryAsync<UndoRow>(
                "SELECT id, item_id, state_before, card_before FROM review_logs WHERE user_id = @userId AND item_kind = @itemKind ORDER BY id DESC LIMIT 1",
                new { userId, itemKind })).FirstOrDefault();
            // A log row written before migration 2 has no saved state: only a first review (state New) can be undone then.
            if (last is null || (last.CardBefore is null && last.StateBefore != (long)CardState.New))
            {
                return null;
            }
            if (last.CardBefore is null || JsonSerializer.Deserialize<SrsCard>(last.CardBefore) is not { } before)
            {
                await db.ExecuteAsync("DELETE FROM card_states WHERE user_id = @userId AND item_id = @itemId", new { userId, itemId = last.ItemId });
            }
            else
            {
                await UpsertCardAsync(db, userId, itemKind, before);
            }
            await db.ExecuteAsync("DELETE FROM review_logs WHERE id = @id", new { id = last.Id });
            return last.ItemId;
        }, ct);

    private sealed class UndoRow
    {
        public long Id { get; set; }
        public string ItemId { get; set; } = "";
        public long StateBefore { get; set; }
        public string? CardBefore { get; set; }
    }

    public Task<IReadOnlyList<ReviewLogEntry>> GetReviewLogsAsync(long userId, DateTimeOffset? since = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<ReviewLogEntry>>(async db => (await db.QueryAsync<LogRow>("""
            SELECT item_id, rating, state_before, reviewed_ms, elapsed_days, scheduled_days, stability, difficulty, duration_ms
            FROM review_logs WHERE user_id = @userId AND reviewed_ms >= @since ORDER BY reviewed_ms, id
            """, new { userId, since = since is { } s ? Ms(s) : long.MinValue }))
            .Select(r => r.ToEntry()).ToList(), ct);

    private sealed class CardRow
    {
        public string ItemId { get; set; } = "";
        public long State { get; set; }
        public long Step { get; set; }
        public double? Stability { get; set; }
        public double? Difficulty { get; set; }
        public long DueMs { get; set; }
        public long? LastReviewMs { get; set; }
        public long Reps { get; set; }
        public long Lapses { get; set; }

        public SrsCard ToCard() => new(ItemId, (CardState)State, (int)Step, Stability, Difficulty, Time(DueMs), Time(LastReviewMs), (int)Reps, (int)Lapses);
    }

    private sealed class LogRow
    {
        public string ItemId { get; set; } = "";
        public long Rating { get; set; }
        public long StateBefore { get; set; }
        public long ReviewedMs { get; set; }
        public double ElapsedDays { get; set; }
        public double ScheduledDays { get; set; }
        public double Stability { get; set; }
        public double Difficulty { get; set; }
        public long? DurationMs { get; set; }

        public ReviewLogEntry ToEntry() => new(ItemId, (Rating)Rating, (CardState)StateBefore, Time(ReviewedMs), ElapsedDays, ScheduledDays,
            Stability, Difficulty, DurationMs is { } d ? (int)d : null);
    }
}
