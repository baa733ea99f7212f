namespace Grain.Core.Learning.Fsrs;

/// <summary>Scheduler settings; the defaults match py-fsrs and Anki (steps 1m/10m, relearn 10m, retention 0.9).</summary>
public sealed record FsrsOptions
{
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>Target probability of recall when a review falls due (0.70..0.99 is sensible).</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>The longest interval in days.</summary>
    public int MaximumInterval { get; init; } = 36500;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>Fuzz review intervals (needs a random source on the scheduler).</summary>
    public bool EnableFuzz { get; init; }

    /// <summary>ts-fsrs ordering in Review: hard ≤ good &lt; easy.</summary>
    public bool EnforceIntervalOrdering { get; init; }

    /// <summary>Checks the settings and returns them; throws <see cref="ArgumentException"/> with a clear message.</summary>
    public FsrsOptions Validated()
    {
        if (DesiredRetention is <= 0 or >= 1 || double.IsNaN(DesiredRetention))
        {
            throw new ArgumentException($"desired retention must be between 0 and 1 (exclusive), got {DesiredRetention}");
        }
        if (MaximumInterval < 1)
        {
            throw new ArgumentException($"maximum interval must be at least 1 day, got {MaximumInterval}");
        }
        if (LearningSteps.Concat(RelearningSteps).Any(s => s <= TimeSpan.Zero))
        {
            throw new ArgumentException("learning and relearning steps must be positive");
        }
        return this;
    }
}
