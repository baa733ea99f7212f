using Dapper;
using Grain.Core.Learning;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    public Task SetCardMarkAsync(long userId, CardMark mark, CancellationToken ct = default) =>
        WriteAsync(db => mark.IsEmpty
            ? db.ExecuteAsync("DELETE FROM card_marks WHERE user_id = @userId AND item_id = @itemId", new { userId, itemId = mark.ItemId })
            : db.ExecuteAsync("""
                INSERT INTO card_marks (user_id, item_id, suspended, buried_until_ms, flagged) VALUES (@userId, @itemId, @suspended, @buried, @flagged)
                ON CONFLICT (user_id, item_id) DO UPDATE SET
                  suspended = excluded.suspended, buried_until_ms = excluded.buried_until_ms, flagged = excluded.flagged
                """,
                new
                {
                    userId,
                    itemId = mark.ItemId,
                    suspended = mark.Suspended ? 1L : 0L,
                    buried = mark.BuriedUntil is { } b ? Ms(b) : (long?)null,
                    flagged = mark.Flagged ? 1L : 0L,
                }), ct);

    public Task<IReadOnlyList<CardMark>> GetCardMarksAsync(long userId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CardMark>>(async db => (await db.QueryAsync<MarkRow>(
            "SELECT item_id, suspended, buried_until_ms, flagged FROM card_marks WHERE user_id = @userId ORDER BY item_id", new { userId }))
            .Select(r => new CardMark(r.ItemId, r.Suspended != 0, Time(r.BuriedUntilMs), r.Flagged != 0)).ToList(), ct);

    private sealed class MarkRow
    {
        public string ItemId { get; set; } = "";
        public long Suspended { get; set; }
        public long? BuriedUntilMs { get; set; }
        public long Flagged { get; set; }
    }
}
