using System.Collections.Concurrent;
using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;

namespace Grain.Web.Learning;

/// <summary>
/// Today's card review per learner. The day's queue is built from the store once and kept in memory until a rating or
/// an undo changes it, the next card already scheduled for today falls due, or the day ends: the review page then costs
/// no database round trip. Ratings are written at once; undo restores the previous state through the store. One per
/// request, over the learners' states kept in <see cref="ReviewQueues"/>.
/// </summary>
public sealed class ReviewSession(Learner learner, ReviewQueues queues)
{
    private readonly SemaphoreSlim _lock = queues.Lock;

    public FsrsScheduler Scheduler => learner.Scheduler;

    /// <summary>Ratings given since the app started (undone ones taken off).</summary>
    public async Task<int> RatedAsync() => State(await learner.UserIdAsync()).Rated;

    /// <summary>The card of the last rating, while it can still be undone; null otherwise.</summary>
    public async Task<string?> UndoableItemAsync() => State(await learner.UserIdAsync()).LastRated;

    /// <summary>The queue now: due cards first (least likely recalled), then new cards up to the daily limit.</summary>
    public async Task<IReadOnlyList<QueueEntry>> QueueAsync()
    {
        var user = await learner.UserIdAsync();
        var now = learner.Now;
        if (State(user).Queue is { } cached && now < cached.ValidUntil)
        {
            return cached.Entries;
        }
        await _lock.WaitAsync();
        try
        {
            return (await QueueLockedAsync(user, now)).Entries;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Rates a card of today's queue and writes the review; null when the card is not in the queue.</summary>
    public async Task<ReviewOutcome?> RateAsync(string itemId, Rating rating, int? durationMs)
    {
        var user = await learner.UserIdAsync();
        await _lock.WaitAsync();
        try
        {
            var now = learner.Now;
            var entry = (await QueueLockedAsync(user, now)).Entries.FirstOrDefault(e => e.ItemId == itemId);
            if (entry is null)
            {
                return null;
            }
            var outcome = learner.Scheduler.Review(entry.Card, rating, now, durationMs);
            await learner.Store.SaveReviewAsync(user, "card", outcome);
            var state = State(user);
            state.Rated++;
            state.LastRated = itemId;
            state.Queue = null;
            return outcome;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Undoes the last rating in the store; its card comes back to the queue. Returns the card id, or null.</summary>
    public async Task<string?> UndoAsync()
    {
        var user = await learner.UserIdAsync();
        await _lock.WaitAsync();
        try
        {
            var state = State(user);
            if (state.LastRated is null)
            {
                return null;
            }
            var item = await learner.Store.UndoLastReviewAsync(user, "card");
            state.LastRated = null;
            state.Queue = null;
            if (item is not null)
            {
                state.Rated = Math.Max(0, state.Rated - 1);
            }
            return item;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the cached queues (a new plan or a mock loop changes which new cards come next).</summary>
    public void Invalidate() => queues.Invalidate();

    private ReviewQueues.LearnerState State(long user) => queues.State(user);

    private async Task<DayQueue> QueueLockedAsync(long user, DateTimeOffset now)
    {
        var state = State(user);
        if (state.Queue is { } cached && now < cached.ValidUntil)
        {
            return cached;
        }
        var store = learner.Store;
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var dayEnd = dayStart.AddDays(1);
        var due = await store.GetDueCardsAsync(user, dayEnd);
        var introduced = await store.CountIntroducedAsync(user, dayStart, dayEnd);
        var seen = await store.GetSeenItemIdsAsync(user);
        var plan = await store.GetActivePlanAsync(user);
        var queue = DayQueue.Build(learner.Scheduler, learner.Library.Catalogue, due, introduced, seen, plan?.Plan, now);
        state.Queue = queue;
        return queue;
    }
}

/// <summary>Each learner's day queue and rating counts, kept for the life of the app (<see cref="ReviewSession"/> reads them per request).</summary>
public sealed class ReviewQueues
{
    private readonly ConcurrentDictionary<long, LearnerState> _learners = new();

    /// <summary>Serialises queue rebuilds, ratings and undos.</summary>
    internal SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Forgets every cached queue (a new plan or a mock loop changes which new cards come next).</summary>
    public void Invalidate()
    {
        foreach (var state in _learners.Values)
        {
            state.Queue = null;
        }
    }

    internal LearnerState State(long user) => _learners.GetOrAdd(user, _ => new LearnerState());

    internal sealed class LearnerState
    {
        public int Rated;
        public string? LastRated;
        public volatile DayQueue? Queue;
    }
}
