using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Learning;

/// <summary>One entry of today's queue.</summary>
public sealed record QueueEntry(string ItemId, bool IsNew, double Retrievability, SrsCard Card);

/// <summary>Builds today's review queue: due items, least likely to be recalled first, then new items up to a daily limit.</summary>
public static class ReviewQueue
{
    /// <summary>The default number of new items a day.</summary>
    public const int DefaultNewPerDay = 20;

    /// <summary>The default most reviews a day (Anki's default), fetched least-recalled first.</summary>
    public const int DefaultMaxReviewsPerDay = 200;

    /// <param name="scheduler">The scheduler that computes retrievability.</param>
    /// <param name="due">Items due now (any order).</param>
    /// <param name="newCandidates">Items never reviewed, in the order they should be introduced.</param>
    /// <param name="now">The current time (UTC).</param>
    /// <param name="introducedToday">How many new items were already introduced today.</param>
    /// <param name="newPerDay">The daily limit of new items.</param>
    public static IReadOnlyList<QueueEntry> Build(
        FsrsScheduler scheduler,
        IEnumerable<SrsCard> due,
        IEnumerable<string> newCandidates,
        DateTimeOffset now,
        int introducedToday = 0,
        int newPerDay = DefaultNewPerDay)
    {
        var queue = due
            .Where(c => c.Due <= now)
            .Select(c => new QueueEntry(c.ItemId, false, c.State == CardState.New ? 0 : scheduler.Retrievability(c, now), c))
            .OrderBy(e => e.Retrievability)
            .ThenBy(e => e.Card.Due)
            .ThenBy(e => e.ItemId, StringComparer.Ordinal)
            .ToList();
        var seen = queue.Select(e => e.ItemId).ToHashSet(StringComparer.Ordinal);
        var room = Math.Max(0, newPerDay - introducedToday);
        queue.AddRange(newCandidates
            .Where(seen.Add)
            .Take(room)
            .Select(id => new QueueEntry(id, true, 0, SrsCard.New(id, now))));
        return queue;
    }
}
