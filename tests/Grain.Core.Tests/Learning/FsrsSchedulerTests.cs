using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Tests.Learning;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static SrsCard ReviewCard(double stability, int daysAgo) =>
        new("c", CardState.Review, 0, stability, 5, Now, Now.AddDays(-daysAgo), 5, 0);

    [Fact]
    public void Should_Use_The_Injected_Random_Draw_For_Fuzz()
    {
        // Given
        var low = new FsrsScheduler(new FsrsOptions { EnableFuzz = true }, () => 0);
        var high = new FsrsScheduler(new FsrsOptions { EnableFuzz = true }, () => 0.999);
        var plain = new FsrsScheduler();
        var card = ReviewCard(30, 30);

        // When
        var lowDays = low.Review(card, Rating.Good, Now).Interval.TotalDays;
        var highDays = high.Review(card, Rating.Good, Now).Interval.TotalDays;
        var plainDays = plain.Review(card, Rating.Good, Now).Interval.TotalDays;

        // Then
        lowDays.ShouldBeLessThan(plainDays);
        highDays.ShouldBeGreaterThan(plainDays);
        var (min, max) = Fuzz.Range(plain.Model.RawInterval(0.9, plain.Review(card, Rating.Good, Now).Card.Stability!.Value), 36500, 30);
        lowDays.ShouldBe(min);
        highDays.ShouldBe(max);
    }

    [Fact]
    public void Should_Not_Fuzz_Learning_Steps()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { EnableFuzz = true }, () => 0.999);

        // When
        var outcome = scheduler.Review(SrsCard.New("c", Now), Rating.Good, Now);

        // Then
        outcome.Interval.ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Should_Give_Shorter_Intervals_For_A_Higher_Desired_Retention()
    {
        // Given
        var card = ReviewCard(20, 20);

        // When
        var at90 = new FsrsScheduler().Review(card, Rating.Good, Now).Interval;
        var at97 = new FsrsScheduler(new FsrsOptions { DesiredRetention = 0.97 }).Review(card, Rating.Good, Now).Interval;

        // Then
        at97.ShouldBeLessThan(at90);
    }

    [Fact]
    public void Should_Cap_Intervals_At_The_Maximum_Interval()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { MaximumInterval = 30 });

        // When
        var outcome = scheduler.Review(ReviewCard(400, 400), Rating.Easy, Now);

        // Then
        outcome.Interval.TotalDays.ShouldBe(30);
    }

    [Fact]
    public void Should_Send_A_Lapsed_Review_Card_To_Relearning_And_Count_The_Lapse()
    {
        // Given
        var scheduler = new FsrsScheduler();

        // When
        var outcome = scheduler.Review(ReviewCard(10, 10), Rating.Again, Now);

        // Then
        outcome.Card.State.ShouldBe(CardState.Relearning);
        outcome.Card.Lapses.ShouldBe(1);
        outcome.Interval.ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Should_Keep_A_Lapsed_Card_In_Review_Without_Relearning_Steps()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { RelearningSteps = [] });

        // When
        var outcome = scheduler.Review(ReviewCard(10, 10), Rating.Again, Now);

        // Then
        outcome.Card.State.ShouldBe(CardState.Review);
        outcome.Interval.TotalDays.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Should_Graduate_A_New_Card_Straight_To_Review_Without_Learning_Steps()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { LearningSteps = [] });

        // When
        var outcome = scheduler.Review(SrsCard.New("c", Now), Rating.Again, Now);

        // Then
        outcome.Card.State.ShouldBe(CardState.Review);
    }

    [Fact]
    public void Should_Use_One_And_A_Half_Steps_For_Hard_With_A_Single_Step()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { LearningSteps = [TimeSpan.FromMinutes(10)] });

        // When
        var outcome = scheduler.Review(SrsCard.New("c", Now), Rating.Hard, Now);

        // Then
        outcome.Interval.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Should_Order_Hard_Good_Easy_When_Ordering_Is_Enforced()
    {
        // Given
        var scheduler = new FsrsScheduler(new FsrsOptions { EnforceIntervalOrdering = true });
        var card = ReviewCard(0.5, 0);

        // When
        var preview = scheduler.Preview(card, Now);

        // Then
        var hard = preview[Rating.Hard].Interval.TotalDays;
        var good = preview[Rating.Good].Interval.TotalDays;
        var easy = preview[Rating.Easy].Interval.TotalDays;
        hard.ShouldBeLessThanOrEqualTo(good);
        good.ShouldBeLessThan(easy);
    }

    [Fact]
    public void Should_Apply_The_Same_Day_Floor_To_Hard()
    {
        // Given
        var model = new FsrsModel(FsrsParameters.Default);

        // When
        var s = model.ShortTermStability(50, Rating.Hard);

        // Then
        s.ShouldBeGreaterThanOrEqualTo(50);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0)]
    [InlineData(double.NaN)]
    public void Should_Reject_A_Desired_Retention_Outside_0_To_1(double retention)
    {
        Should.Throw<ArgumentException>(() => new FsrsScheduler(new FsrsOptions { DesiredRetention = retention }));
    }

    [Fact]
    public void Should_Reject_Parameter_Sets_Of_The_Wrong_Size_Or_Range()
    {
        Should.Throw<ArgumentException>(() => FsrsParameters.From([1, 2, 3])).Message.ShouldContain("17, 19 or 21");
        var bad = FsrsParameters.Default.Weights.ToArray();
        bad[20] = 5;
        Should.Throw<ArgumentException>(() => FsrsParameters.From(bad)).Message.ShouldContain("w20");
    }

    [Fact]
    public void Should_Migrate_Fsrs45_Parameters()
    {
        // Given
        double[] w45 = [0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61];

        // When
        var p = FsrsParameters.From(w45);

        // Then
        p[4].ShouldBe(4.93 + 2 * 0.94, 1e-9);
        p[5].ShouldBe(Math.Log(3 * 0.94 + 1) / 3, 1e-9);
        p[6].ShouldBe(1.36, 1e-9);
        p.Decay.ShouldBe(0.5);
    }
}
