namespace Grain.Core.Learning.Fsrs;

/// <summary>
/// The FSRS-6 scheduler (spec §3, py-fsrs <c>review_card</c>): learning and relearning steps, review intervals,
/// optional fuzz with an injected random source.
/// </summary>
public sealed class FsrsScheduler
{
    private readonly Func<double> _random;

    /// <param name="options">Settings.</param>
    /// <param name="random">Uniform draws in [0, 1) for fuzz; defaults to a shared <see cref="Random"/>.</param>
    public FsrsScheduler(FsrsOptions? options = null, Func<double>? random = null)
    {
        Options = (options ?? new FsrsOptions()).Validated();
        Model = new FsrsModel(Options.Parameters);
        _random = random ?? Random.Shared.NextDouble;
    }

    public FsrsOptions Options { get; }

    public FsrsModel Model { get; }

    /// <summary>Whole days since the last review (floor), 0 for a new card.</summary>
    public static int ElapsedDays(SrsCard card, DateTimeOffset now) =>
        card.LastReview is { } last ? (int)Math.Floor(Math.Max(0, (now - last).TotalDays)) : 0;

    /// <summary>Probability of recalling the card now; 0 for a card never reviewed.</summary>
    public double Retrievability(SrsCard card, DateTimeOffset now) =>
        card is { Stability: { } s, LastReview: { } last } ? Model.Retrievability(Math.Max(0, (now - last).TotalDays), s) : 0;

    /// <summary>Applies one rating to the card at <paramref name="now"/>.</summary>
    public ReviewOutcome Review(SrsCard card, Rating rating, DateTimeOffset now, int? durationMs = null)
    {
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "rating must be 1 (Again) to 4 (Easy)");
        }
        var outcome = ReviewUnordered(card, rating, now, durationMs);
        if (Options.EnforceIntervalOrdering && outcome.Card.State == CardState.Review && card.State == CardState.Review && rating != Rating.Again)
        {
            var days = OrderedDays(card, now);
            var due = now.AddDays(days[(int)rating - 2]);
            outcome = outcome with
            {
                Card = outcome.Card with { Due = due },
                Log = outcome.Log with { ScheduledDays = days[(int)rating - 2] },
            };
        }
        return outcome;
    }

    /// <summary>What each rating would do to the card now (for showing the next interval on each button).</summary>
    public IReadOnlyDictionary<Rating, ReviewOutcome> Preview(SrsCard card, DateTimeOffset now) =>
        Enum.GetValues<Rating>().ToDictionary(r => r, r => Review(card, r, now));

    private int[] OrderedDays(SrsCard card, DateTimeOffset now)
    {
        int Days(Rating r) => (int)Math.Round((ReviewUnordered(card, r, now, null).Card.Due - now).TotalDays);
        var hard = Days(Rating.Hard);
        var good = Days(Rating.Good);
        var easy = Days(Rating.Easy);
        hard = Math.Min(hard, good);
        good = Math.Max(good, hard + 1);
        easy = Math.Max(easy, good + 1);
        return [hard, good, easy];
    }

    private ReviewOutcome ReviewUnordered(SrsCard card, Rating rating, DateTimeOffset now, int? durationMs)
    {
        var exactElapsed = card.LastReview is { } last ? Math.Max(0, (now - last).TotalDays) : 0;
        var days = ElapsedDays(card, now);
        var memory = Model.Next(card.Memory, days, rating);
        var next = card with
        {
            Stability = memory.Stability,
            Difficulty = memory.Difficulty,
            LastReview = now,
            Reps = card.Reps + 1,
            Lapses = card.Lapses + (card.State == CardState.Review && rating == Rating.Again ? 1 : 0),
        };
        next = card.State switch
        {
            CardState.Review => FromReview(next, rating, now, days),
            CardState.Relearning => FromSteps(next, rating, now, days, Options.RelearningSteps, CardState.Relearning),
            _ => FromSteps(next, rating, now, days, Options.LearningSteps, CardState.Learning),
        };
        var log = new ReviewLogEntry(card.ItemId, rating, card.State, now, exactElapsed, (next.Due - now).TotalDays,
            memory.Stability, memory.Difficulty, durationMs);
        return new ReviewOutcome(next, log);
    }

    private SrsCard FromSteps(SrsCard card, Rating rating, DateTimeOffset now, int elapsed, IReadOnlyList<TimeSpan> steps, CardState state)
    {
        if (steps.Count == 0 || (card.Step >= steps.Count && rating >= Rating.Hard))
        {
            return ToReview(card, now, elapsed);
        }
        switch (rating)
        {
            case Rating.Again:
                return card with { State = state, Step = 0, Due = now + steps[0] };
            case Rating.Hard:
                var delay = card.Step == 0
                    ? (steps.Count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2)
                    : steps[Math.Min(card.Step, steps.Count - 1)];
                return card with { State = state, Due = now + delay };
            case Rating.Good when card.Step + 1 < steps.Count:
                return card with { State = state, Step = card.Step + 1, Due = now + steps[card.Step + 1] };
            default:
                return ToReview(card, now, elapsed);
        }
    }

    private SrsCard FromReview(SrsCard card, Rating rating, DateTimeOffset now, int elapsed)
    {
        if (rating == Rating.Again && Options.RelearningSteps.Count > 0)
        {
            return card with { State = CardState.Relearning, Step = 0, Due = now + Options.RelearningSteps[0] };
        }
        return ToReview(card, now, elapsed);
    }

    private SrsCard ToReview(SrsCard card, DateTimeOffset now, int elapsed)
    {
        var raw = Model.RawInterval(Options.DesiredRetention, card.Stability!.Value);
        var days = Options.EnableFuzz
            ? Fuzz.Apply(raw, _random(), Options.MaximumInterval, elapsed)
            : FsrsModel.ClampDays(raw, Options.MaximumInterval);
        return card with { State = CardState.Review, Step = 0, Due = now.AddDays(days) };
    }
}
