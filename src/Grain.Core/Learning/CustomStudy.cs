using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Learning;

/// <summary>
/// Custom study: every card of a topic, now, whatever its schedule. A rating moves a card only when the card would be
/// in the day's queue anyway (due, or never reviewed); a card scheduled for later is practised without moving it, so
/// the schedule of the rest stays as it was.
/// </summary>
public static class CustomStudy
{
    /// <summary>
    /// The session's queue: due cards (least recalled first), then new cards, then cards scheduled for later (soonest
    /// first); suspended and buried cards and the cards already practised in this session are left out.
    /// </summary>
    /// <param name="scheduler">The scheduler that computes retrievability.</param>
    /// <param name="topicCards">The topic's card ids, in introduction order.</param>
    /// <param name="states">The learner's stored states (any items).</param>
    /// <param name="setAside">Ids of suspended and buried cards.</param>
    /// <param name="practised">Ids already practised in this session.</param>
    /// <param name="now">The current time (UTC).</param>
    public static IReadOnlyList<QueueEntry> Build(
        FsrsScheduler scheduler,
        IEnumerable<string> topicCards,
        IEnumerable<SrsCard> states,
        IReadOnlySet<string> setAside,
        IReadOnlySet<string> practised,
        DateTimeOffset now)
    {
        var byId = states.ToDictionary(s => s.ItemId, StringComparer.Ordinal);
        var open = topicCards.Where(id => !setAside.Contains(id) && !practised.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var due = open.Where(id => byId.TryGetValue(id, out var c) && c.Due <= now).Select(id => byId[id]);
        var queue = ReviewQueue.Build(scheduler, due, open.Where(id => !byId.ContainsKey(id)), now, newPerDay: int.MaxValue).ToList();
        queue.AddRange(open.Where(id => byId.TryGetValue(id, out var c) && c.Due > now)
            .Select(id => byId[id])
            .OrderBy(c => c.Due).ThenBy(c => c.ItemId, StringComparer.Ordinal)
            .Select(c => new QueueEntry(c.ItemId, false, scheduler.Retrievability(c, now), c)));
        return queue;
    }

    /// <summary>True when rating this entry writes a review (the card is due or new); false when the rating is practice only.</summary>
    public static bool Reschedules(QueueEntry entry, DateTimeOffset now) => entry.IsNew || entry.Card.Due <= now;
}
