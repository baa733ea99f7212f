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
/// request, over the learners' states kept in <see cref="ReviewQueues"/>. On PostgreSQL, where several web nodes may
/// share the database and rate for the same learner, the queue is not cached: every request builds it from the store,
/// so a node never shows a card another node already rated.
/// </summary>
public sealed class ReviewSession(Learner learner, ReviewQueues queues)
{
    private readonly bool _cacheQueues = learner.Store.Engine != "postgres";

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
        if (!_cacheQueues)
        {
            // Nothing shared is written: no lock, so learners' pages are built side by side.
            return (await BuildAsync(user, now)).Entries;
        }
        if (State(user).Queue is { } cached && now < cached.ValidUntil)
        {
            return cached.Entries;
        }
        var gate = State(user).Gate;
        await gate.WaitAsync();
        try
        {
            return (await QueueLockedAsync(user, now)).Entries;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rates a card of today's queue and writes the review; null when the card is not in the queue.</summary>
    public async Task<ReviewOutcome?> RateAsync(string itemId, Rating rating, int? durationMs)
    {
        var user = await learner.UserIdAsync();
        var gate = State(user).Gate;
        await gate.WaitAsync();
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
            gate.Release();
        }
    }

    /// <summary>Undoes the last rating in the store; its card comes back to the queue. Returns the card id, or null.</summary>
    public async Task<string?> UndoAsync()
    {
        var user = await learner.UserIdAsync();
        var gate = State(user).Gate;
        await gate.WaitAsync();
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
            gate.Release();
        }
    }

    /// <summary>The learner's card marks (suspended, buried, flagged).</summary>
    public async Task<IReadOnlyList<CardMark>> MarksAsync()
    {
        var user = await learner.UserIdAsync();
        if (!_cacheQueues)
        {
            return await learner.Store.GetCardMarksAsync(user);
        }
        // Kept like the queue (a review or card page reads them on every view); a mark written while they were read
        // bumps the version, and the copy read before it is not kept.
        var state = State(user);
        if (state.Marks is { } cached)
        {
            return cached;
        }
        var version = Volatile.Read(ref state.MarksVersion);
        var marks = await learner.Store.GetCardMarksAsync(user);
        lock (state)
        {
            if (state.MarksVersion == version)
            {
                state.Marks = marks;
            }
        }
        return marks;
    }

    /// <summary>Suspends a card (it leaves every queue until unsuspended) or unsuspends it.</summary>
    public Task SuspendAsync(string itemId, bool suspended) => MarkAsync(itemId, m => m with { Suspended = suspended });

    /// <summary>Buries a card until the next day: it leaves today's queues and comes back in tomorrow's.</summary>
    public Task BuryAsync(string itemId) => MarkAsync(itemId, m => m with { BuriedUntil = CardMark.NextDay(learner.Now) });

    /// <summary>Flags a card, or takes the flag off; returns the new mark.</summary>
    public Task<CardMark> ToggleFlagAsync(string itemId) => MarkAsync(itemId, m => m with { Flagged = !m.Flagged });

    /// <summary>
    /// Custom study of a topic: its cards now, whatever their schedule (<see cref="CustomStudy"/>), without the cards
    /// already practised in this custom session.
    /// </summary>
    public async Task<IReadOnlyList<QueueEntry>> CustomQueueAsync(string topic)
    {
        var user = await learner.UserIdAsync();
        var now = learner.Now;
        var state = State(user);
        IReadOnlySet<string> practised;
        lock (state)
        {
            practised = Practised(state, topic, now).ToHashSet(StringComparer.Ordinal);
        }
        var cards = learner.Library.Cards.Where(c => c.Topic == topic).Select(c => c.Id);
        var states = await learner.Store.GetCardsAsync(user);
        var marks = await learner.Store.GetCardMarksAsync(user);
        return CustomStudy.Build(learner.Scheduler, cards, states, CardMark.SetAside(marks, now), practised, now);
    }

    /// <summary>
    /// Rates a card in a custom session of <paramref name="topic"/>: a due or new card is reviewed as usual, a card
    /// scheduled for later only counts as practised. Returns whether the rating was written; null when the card is not in the session.
    /// </summary>
    public async Task<bool?> RateCustomAsync(string topic, string itemId, Rating rating, int? durationMs)
    {
        var user = await learner.UserIdAsync();
        var entry = (await CustomQueueAsync(topic)).FirstOrDefault(e => e.ItemId == itemId);
        if (entry is null)
        {
            return null;
        }
        var gate = State(user).Gate;
        await gate.WaitAsync();
        try
        {
            var now = learner.Now;
            var state = State(user);
            lock (state)
            {
                Practised(state, topic, now).Add(itemId);
            }
            if (!CustomStudy.Reschedules(entry, now))
            {
                return false;
            }
            await learner.Store.SaveReviewAsync(user, "card", learner.Scheduler.Review(entry.Card, rating, now, durationMs));
            state.Rated++;
            state.LastRated = itemId;
            state.Queue = null;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached queues (a new plan or a mock loop changes which new cards come next).</summary>
    public void Invalidate() => queues.Invalidate();

    private async Task<CardMark> MarkAsync(string itemId, Func<CardMark, CardMark> change)
    {
        var user = await learner.UserIdAsync();
        var gate = State(user).Gate;
        await gate.WaitAsync();
        try
        {
            var current = (await learner.Store.GetCardMarksAsync(user)).FirstOrDefault(m => m.ItemId == itemId) ?? new CardMark(itemId);
            var changed = change(current);
            await learner.Store.SetCardMarkAsync(user, changed);
            var state = State(user);
            lock (state)
            {
                state.MarksVersion++;
                state.Marks = null;
            }
            state.Queue = null;
            return changed;
        }
        finally
        {
            gate.Release();
        }
    }

    // The practised set belongs to one topic on one day: another topic or a new day starts a fresh custom session.
    private static HashSet<string> Practised(ReviewQueues.LearnerState state, string topic, DateTimeOffset now)
    {
        lock (state)
        {
            var key = $"{DateOnly.FromDateTime(now.UtcDateTime):O}/{topic}";
            if (state.CustomKey != key)
            {
                state.CustomKey = key;
                state.Practised = new HashSet<string>(StringComparer.Ordinal);
            }
            return state.Practised;
        }
    }

    private ReviewQueues.LearnerState State(long user) => queues.State(user);

    private async Task<DayQueue> QueueLockedAsync(long user, DateTimeOffset now)
    {
        var state = State(user);
        if (state.Queue is { } cached && now < cached.ValidUntil)
        {
            return cached;
        }
        var queue = await BuildAsync(user, now);
        state.Queue = _cacheQueues ? queue : null;
        return queue;
    }

    private async Task<DayQueue> BuildAsync(long user, DateTimeOffset now)
    {
        var store = learner.Store;
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var dayEnd = dayStart.AddDays(1);
        var due = await store.GetDueCardsAsync(user, dayEnd);
        var introduced = await store.CountIntroducedAsync(user, dayStart, dayEnd);
        var seen = await store.GetSeenItemIdsAsync(user);
        var plan = await store.GetActivePlanAsync(user);
        var marks = await store.GetCardMarksAsync(user);
        return DayQueue.Build(learner.Scheduler, learner.Library.Catalogue, due, introduced, seen, plan?.Plan, now, marks: marks);
    }
}

/// <summary>Each learner's day queue and rating counts, kept for the life of the app (<see cref="ReviewSession"/> reads them per request).</summary>
public sealed class ReviewQueues
{
    private readonly ConcurrentDictionary<long, LearnerState> _learners = new();

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
        /// <summary>Serialises this learner's queue rebuilds, ratings, undos and marks (learners never wait for each other).</summary>
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Rated;
        public string? LastRated;
        public volatile DayQueue? Queue;
        public volatile IReadOnlyList<CardMark>? Marks;
        public int MarksVersion;
        public string? CustomKey;
        public HashSet<string> Practised = new(StringComparer.Ordinal);
    }
}
