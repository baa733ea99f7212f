using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Tests.Learning;

public sealed class ReviewQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    private static SrsCard Reviewed(string id, double stability, int daysAgo, int dueDaysAgo) =>
        new(id, CardState.Review, 0, stability, 5, Now.AddDays(-dueDaysAgo), Now.AddDays(-daysAgo), 3, 0);

    [Fact]
    public void Should_Put_Due_Items_First_Least_Likely_Recalled_First_Then_New_Items_Up_To_The_Limit()
    {
        // Given
        var due = new[] { Reviewed("fresh", 10, 10, 0), Reviewed("faded", 2, 10, 8), Reviewed("not-yet", 30, 1, -29) };

        // When
        var queue = ReviewQueue.Build(Scheduler, due, ["n1", "n2", "n3"], Now, introducedToday: 1, newPerDay: 3);

        // Then
        queue.Select(e => e.ItemId).ShouldBe(["faded", "fresh", "n1", "n2"]);
        queue.Where(e => e.IsNew).ShouldAllBe(e => e.Card.State == CardState.New);
    }

    [Fact]
    public void Should_Add_No_New_Items_Once_The_Daily_Limit_Is_Reached()
    {
        var queue = ReviewQueue.Build(Scheduler, [], ["n1"], Now, introducedToday: 20, newPerDay: 20);
        queue.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Bring_A_Failed_Problem_Back_Sooner_Than_A_Solved_One()
    {
        // Given
        var problem = SrsCard.New("event-counts", Now);

        // When
        var solved = Scheduler.Review(problem, ProblemRating.From(solved: true, hintsRevealed: 0), Now);
        var withHints = Scheduler.Review(problem, ProblemRating.From(solved: true, hintsRevealed: 2), Now);
        var failed = Scheduler.Review(problem, ProblemRating.From(solved: false, hintsRevealed: 0), Now);

        // Then
        failed.Interval.ShouldBeLessThan(withHints.Interval);
        withHints.Interval.ShouldBeLessThanOrEqualTo(solved.Interval);
        var solvedAgain = Scheduler.Review(solved.Card, Rating.Good, solved.Card.Due);
        solvedAgain.Card.State.ShouldBe(CardState.Review);
        solvedAgain.Interval.TotalDays.ShouldBeGreaterThanOrEqualTo(1);
    }
}
