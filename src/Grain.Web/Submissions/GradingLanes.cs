namespace Grain.Web.Submissions;

/// <summary>
/// The submissions waiting for the grader, in two lanes: Runs (examples only, quick) always go before full Submits,
/// and within a lane the learner served longest ago goes first. Each learner has at most
/// <see cref="MaxPerLearner"/> submissions waiting or being graded.
/// </summary>
public sealed class GradingLanes(int maxPerLearner)
{
    private readonly Lock _lock = new();
    private readonly List<Waiting> _runs = [];
    private readonly List<Waiting> _submits = [];
    private readonly Dictionary<long, int> _pending = [];
    private readonly HashSet<long> _known = [];
    private readonly Dictionary<long, long> _lastServed = [];
    private readonly SemaphoreSlim _ready = new(0);
    private long _turn;

    /// <summary>One submission waiting in a lane.</summary>
    public sealed record Waiting(long Id, long UserId, bool ExamplesOnly);

    /// <summary>The most submissions one learner may have waiting or being graded.</summary>
    public int MaxPerLearner => maxPerLearner;

    /// <summary>Takes a place for a new submission of the learner; false when they already have the most allowed.</summary>
    public bool TryReserve(long userId)
    {
        lock (_lock)
        {
            if (_pending.GetValueOrDefault(userId) >= maxPerLearner)
            {
                return false;
            }
            _pending[userId] = _pending.GetValueOrDefault(userId) + 1;
            return true;
        }
    }

    /// <summary>Gives back a place taken by <see cref="TryReserve"/> that was not used.</summary>
    public void CancelReservation(long userId)
    {
        lock (_lock)
        {
            Release(userId);
        }
    }

    /// <summary>Puts a submission in its lane; <paramref name="reserved"/> says whether its place was taken already.</summary>
    public void Add(Waiting waiting, bool reserved)
    {
        lock (_lock)
        {
            if (!_known.Add(waiting.Id))
            {
                // Already waiting (found in the store at start and sent again): keep one copy and one place.
                if (reserved)
                {
                    Release(waiting.UserId);
                }
                return;
            }
            if (!reserved)
            {
                _pending[waiting.UserId] = _pending.GetValueOrDefault(waiting.UserId) + 1;
            }
            (waiting.ExamplesOnly ? _runs : _submits).Add(waiting);
        }
        _ready.Release();
    }

    /// <summary>Waits for the next submission to grade: a Run before any Submit, the least recently served learner first.</summary>
    public async Task<Waiting> TakeAsync(CancellationToken ct)
    {
        await _ready.WaitAsync(ct);
        lock (_lock)
        {
            var lane = _runs.Count > 0 ? _runs : _submits;
            var next = lane.MinBy(w => _lastServed.GetValueOrDefault(w.UserId))!;
            lane.Remove(next);
            _lastServed[next.UserId] = ++_turn;
            return next;
        }
    }

    /// <summary>Frees the learner's place once the submission is graded (or was taken by another grader).</summary>
    public void Done(Waiting waiting)
    {
        lock (_lock)
        {
            _known.Remove(waiting.Id);
            Release(waiting.UserId);
        }
    }

    private void Release(long userId)
    {
        var left = _pending.GetValueOrDefault(userId) - 1;
        if (left > 0)
        {
            _pending[userId] = left;
        }
        else
        {
            _pending.Remove(userId);
        }
    }
}
