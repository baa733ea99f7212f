using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Tests.Learning;

/// <summary>The reference vectors T1–T8 of shared/specs/fsrs.md.</summary>
public sealed class FsrsVectorTests
{
    private const double Tolerance = 1e-4;
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    private static readonly FsrsParameters Fsrs5Defaults = FsrsParameters.From([
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
        1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
    ]);

    private static readonly Rating[] T1Ratings =
    [
        Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Again,
        Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good,
    ];

    private static List<(int Days, SrsCard Card)> ReviewAtDue(FsrsScheduler scheduler, IEnumerable<Rating> ratings)
    {
        var card = SrsCard.New("c", Start);
        var now = Start;
        var history = new List<(int, SrsCard)>();
        foreach (var rating in ratings)
        {
            card = scheduler.Review(card, rating, now).Card;
            history.Add(((card.Due - now).Days, card));
            now = card.Due;
        }
        return history;
    }

    private static MemoryState Replay(FsrsModel model, (Rating G, double T)[] history)
    {
        MemoryState? state = null;
        foreach (var (g, t) in history)
        {
            state = model.Next(state, t, g);
        }
        return state!.Value;
    }

    [Fact]
    public void T1_Should_Give_The_Reference_Interval_History()
    {
        // Given
        var scheduler = new FsrsScheduler();

        // When
        var history = ReviewAtDue(scheduler, T1Ratings);

        // Then
        history.Select(h => h.Days).ShouldBe([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
        var expected = new[]
        {
            (2.3065, 2.1181), (2.3065, 2.1112), (10.971, 2.1043), (46.3169, 2.0975), (162.9998, 2.0906), (497.8766, 2.0837),
            (6.8904, 7.3832), (2.1546, 9.1251), (2.1546, 9.1112), (3.9831, 9.0973), (7.2363, 9.0835), (12.483, 9.0696), (20.7704, 9.0558),
        };
        for (var i = 0; i < expected.Length; i++)
        {
            history[i].Card.Stability!.Value.ShouldBe(expected[i].Item1, 1e-3);
            history[i].Card.Difficulty!.Value.ShouldBe(expected[i].Item2, 1e-3);
        }
    }

    [Fact]
    public void T2_Should_Reach_The_Reference_Memory_State()
    {
        // Given
        (Rating, double)[] history = [(Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21)];

        // When
        var state = Replay(new FsrsModel(FsrsParameters.Default), history);
        var withoutShortTerm = Replay(new FsrsModel(FsrsParameters.Default.WithoutShortTerm()), history);

        // Then
        state.Stability.ShouldBe(53.62691, Tolerance);
        state.Difficulty.ShouldBe(6.3574867, Tolerance);
        withoutShortTerm.Stability.ShouldBe(53.335106, Tolerance);
        withoutShortTerm.Difficulty.ShouldBe(6.3574867, Tolerance);
    }

    [Theory]
    [InlineData(Rating.Again, 0.212, 6.4133, 60, CardState.Learning)]
    [InlineData(Rating.Hard, 1.2931, 5.11217071, 330, CardState.Learning)]
    [InlineData(Rating.Good, 2.3065, 2.11810397, 600, CardState.Learning)]
    [InlineData(Rating.Easy, 8.2956, 1, 8 * 86400, CardState.Review)]
    public void T3_Should_Schedule_The_First_Review_Of_A_New_Card(Rating rating, double s, double d, int seconds, CardState state)
    {
        // Given
        var scheduler = new FsrsScheduler();

        // When
        var outcome = scheduler.Review(SrsCard.New("c", Start), rating, Start);

        // Then
        outcome.Card.Stability!.Value.ShouldBe(s, Tolerance);
        outcome.Card.Difficulty!.Value.ShouldBe(d, Tolerance);
        outcome.Interval.TotalSeconds.ShouldBe(seconds);
        outcome.Card.State.ShouldBe(state);
    }

    [Fact]
    public void T3_Should_Leave_The_Easy_Card_At_The_Reference_Retrievability_When_Due()
    {
        // Given
        var scheduler = new FsrsScheduler();
        var card = scheduler.Review(SrsCard.New("c", Start), Rating.Easy, Start).Card;

        // When
        var r = scheduler.Retrievability(card, card.Due);

        // Then
        r.ShouldBe(0.9024733, Tolerance);
    }

    [Fact]
    public void T4_Should_Give_The_Reference_Intervals_For_Each_Retention()
    {
        // Given
        var model = new FsrsModel(FsrsParameters.Default);

        // When
        var intervals = Enumerable.Range(1, 10).Select(i => model.Interval(i / 10.0, 1, int.MaxValue)).ToArray();

        // Then
        intervals.ShouldBe([3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1]);
    }

    [Fact]
    public void T5_Should_Give_The_Reference_Retrievability_With_Decay_0_2()
    {
        // Given
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[20] = 0.2;
        var model = new FsrsModel(FsrsParameters.From(weights));

        // When
        var r = Enumerable.Range(0, 4).Select(t => model.Retrievability(t, 1)).ToArray();

        // Then
        r[0].ShouldBe(1.0, Tolerance);
        r[1].ShouldBe(0.9, Tolerance);
        r[2].ShouldBe(0.84028935, Tolerance);
        r[3].ShouldBe(0.7985001, Tolerance);
    }

    [Theory]
    [InlineData(Rating.Again, 2.9691455, 8.000659)]
    [InlineData(Rating.Hard, 17.091452, 7.6913934)]
    [InlineData(Rating.Good, 31.722992, 7.382128)]
    [InlineData(Rating.Easy, 71.7502, 7.0728626)]
    public void T6_Should_Migrate_Fsrs5_Parameters_And_Give_The_Reference_Next_States(Rating rating, double s, double d)
    {
        // Given
        var model = new FsrsModel(FsrsParameters.From([
            0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437, 0.1544,
            0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534,
        ]));
        var before = Replay(model, [(Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8)]);

        // When
        var next = model.Next(before, 21, rating);

        // Then
        model.Parameters[19].ShouldBe(0);
        model.Parameters[20].ShouldBe(0.5);
        next.Stability.ShouldBe(s, Tolerance);
        next.Difficulty.ShouldBe(d, Tolerance);
        var fromGiven = model.Next(new MemoryState(20.925528, 7.005062), 21, Rating.Good);
        fromGiven.Stability.ShouldBe(40.87456, Tolerance);
        fromGiven.Difficulty.ShouldBe(6.9913807, Tolerance);
    }

    [Fact]
    public void T7_Should_Reproduce_The_Fsrs5_Default_Vectors()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { Parameters = Fsrs5Defaults });
        var model = scheduler.Model;

        // When
        var history = ReviewAtDue(scheduler, T1Ratings);
        var memory = Replay(model, [(Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21)]);
        var firstD = Enum.GetValues<Rating>().Select(model.InitialDifficulty).ToArray();
        var easy = scheduler.Review(SrsCard.New("c", Start), Rating.Easy, Start);

        // Then
        history.Select(h => h.Days).ShouldBe([0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142]);
        memory.Stability.ShouldBe(48.26549438, Tolerance);
        memory.Difficulty.ShouldBe(7.10441712, Tolerance);
        firstD[0].ShouldBe(7.1949, Tolerance);
        firstD[1].ShouldBe(6.48830527, Tolerance);
        firstD[2].ShouldBe(5.28243442, Tolerance);
        firstD[3].ShouldBe(3.22450159, Tolerance);
        easy.Interval.TotalDays.ShouldBe(16);
    }

    [Theory]
    [InlineData(2.5, 2, 3, 4)]
    [InlineData(7, 5, 7, 9)]
    [InlineData(17, 14, 17, 20)]
    [InlineData(37, 33, 37, 41)]
    [InlineData(1.0, 1, 1, 1)]
    [InlineData(2.49, 2, 2, 2)]
    public void T8_Should_Fuzz_Within_The_Reference_Bounds(double interval, int low, int middle, int high)
    {
        // Given / When
        var fuzzed = new[] { 0, 0.5, 0.99 }.Select(u => Fuzz.Apply(interval, u, 1000)).ToArray();

        // Then
        fuzzed.ShouldBe([low, middle, high]);
    }
}
