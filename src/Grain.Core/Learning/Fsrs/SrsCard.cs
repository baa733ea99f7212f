namespace Grain.Core.Learning.Fsrs;

/// <summary>The scheduling state of one item (card or problem) for one learner. Times are UTC.</summary>
public sealed record SrsCard(
    string ItemId,
    CardState State,
    int Step,
    double? Stability,
    double? Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int Reps,
    int Lapses)
{
    /// <summary>A card never reviewed, due now.</summary>
    public static SrsCard New(string itemId, DateTimeOffset now) =>
        new(itemId, CardState.New, 0, null, null, now, null, 0, 0);

    /// <summary>The memory state, or null before the first review.</summary>
    public MemoryState? Memory => Stability is { } s && Difficulty is { } d ? new MemoryState(s, d) : null;
}

/// <summary>What one review produced: the card after it, and the log row describing it.</summary>
public sealed record ReviewOutcome(SrsCard Card, ReviewLogEntry Log)
{
    /// <summary>How long until the card is due again.</summary>
    public TimeSpan Interval => Card.Due - Log.ReviewedAt;
}

/// <summary>One review as stored in the log: the rating, the state before, and the schedule it produced.</summary>
public sealed record ReviewLogEntry(
    string ItemId,
    Rating Rating,
    CardState StateBefore,
    DateTimeOffset ReviewedAt,
    double ElapsedDays,
    double ScheduledDays,
    double Stability,
    double Difficulty,
    int? DurationMs = null);
