using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;

namespace Grain.Web.Learning;

/// <summary>
/// Today's review for the local learner. The last rating stays pending (not yet written) so it can be undone;
/// it is written when the next card is rated, when another page needs the store, or when the app stops.
/// </summary>
public sealed class ReviewSession(Learner learner)
{
    private readonly FsrsScheduler _scheduler = new(new FsrsOptions { EnableFuzz = true });
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ReviewOutcome? _pending;
    private int _ratedThisSession;

    public FsrsScheduler Scheduler => _scheduler;

    /// <summary>Ratings given since the app started (pending one included).</summary>
    public int Rated => _ratedThisSession;

    /// <summary>The id of the pending (undoable) rating's card, or null.</summary>
    public string? PendingItem => _pending?.Card.ItemId;

    /// <summary>The queue now: due cards first (least likely recalled), then new cards up to the daily limit; the pending card excluded.</summary>
    public async Task<IReadOnlyList<QueueEntry>> QueueAsync()
    {
        var store = learner.Store;
        var user = await learner.UserIdAsync();
        var now = learner.Now;
        var pending = _pending?.Card.ItemId;
        var due = (await store.GetDueCardsAsync(user, now)).Where(c => learner.Library.Find<ConceptCard>(c.ItemId) is not null && c.ItemId != pending);
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var introduced = await store.CountIntroducedAsync(user, dayStart, dayStart.AddDays(1)) + (_pending?.Log.StateBefore == CardState.New ? 1 : 0);
        var seen = await store.GetSeenItemIdsAsync(user);
        var plan = await store.GetActivePlanAsync(user);
        var planned = plan?.Plan.Days.Where(d => d.Date <= learner.Today).SelectMany(d => d.Tasks)
            .Where(t => t.Kind == PlanTaskKind.NewCards).SelectMany(t => t.ItemIds) ?? [];
        var library = learner.Library.Cards.OrderBy(c => c.Level).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        var candidates = planned.Concat(library)
            .Where(id => !seen.Contains(id) && id != pending && learner.Library.Find<ConceptCard>(id) is not null).Distinct();
        return ReviewQueue.Build(_scheduler, due, candidates, now, introduced);
    }

    /// <summary>Rates a card; the previous pending rating is written first.</summary>
    public async Task<ReviewOutcome?> RateAsync(string itemId, Rating rating, int? durationMs)
    {
        await _lock.WaitAsync();
        try
        {
            await FlushLockedAsync();
            var entry = (await QueueAsync()).FirstOrDefault(e => e.ItemId == itemId);
            if (entry is null)
            {
                return null;
            }
            _pending = _scheduler.Review(entry.Card, rating, learner.Now, durationMs);
            _ratedThisSession++;
            return _pending;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the pending rating; its card comes back to the front of the queue.</summary>
    public async Task<string?> UndoAsync()
    {
        await _lock.WaitAsync();
        try
        {
            var item = _pending?.Card.ItemId;
            if (item is not null)
            {
                _pending = null;
                _ratedThisSession--;
            }
            return item;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes the pending rating, if any.</summary>
    public async Task FlushAsync()
    {
        await _lock.WaitAsync();
        try
        {
            await FlushLockedAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task FlushLockedAsync()
    {
        if (_pending is { } outcome)
        {
            await learner.Store.SaveReviewAsync(await learner.UserIdAsync(), "card", outcome);
            _pending = null;
        }
    }
}
