using Grain.Core.Learning.Planning;

namespace Grain.Core.Tests.Learning;

public sealed class ReplanTests
{
    private static readonly DateOnly Today = new(2026, 5, 6);
    private static readonly DateTimeOffset At = new(2026, 5, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly PlanTask Reviews = new(PlanTaskKind.Review, null, [], 15, "Reviews");
    private static readonly PlanTask Solve = new(PlanTaskKind.Problem, "sql", ["p1"], 30, "Solve p1");
    private static readonly PlanTask Cards = new(PlanTaskKind.NewCards, "sql", ["a"], 5, "Learn 1 SQL card");

    [Fact]
    public void Should_Keep_Done_Tasks_Of_Earlier_Days_And_Of_Today_Without_Doubling_Them()
    {
        // Given: a fresh plan from today, and tasks done yesterday and today
        var fresh = new StudyPlan(Today, Today.AddDays(3), 60, [new PlanDay(Today, [Reviews, Solve]), new PlanDay(Today.AddDays(1), [Cards])]);
        DoneTask[] done = [new(Today.AddDays(-1), Cards, At.AddDays(-1)), new(Today, Solve with { Minutes = 25 }, At)];

        // When
        var plan = Replan.KeepDone(fresh, done, Today);

        // Then
        plan.Start.ShouldBe(Today.AddDays(-1));
        plan.Days.Select(d => d.Date).ShouldBe([Today.AddDays(-1), Today, Today.AddDays(1)]);
        plan.Day(Today.AddDays(-1))!.Tasks.ShouldBe([Cards]);
        plan.Day(Today)!.Tasks.Select(t => t.Title).ShouldBe(["Solve p1", "Reviews"]);
        plan.Day(Today)!.Tasks[0].Minutes.ShouldBe(25);
        plan.Day(Today.AddDays(1))!.Tasks.ShouldBe([Cards]);
    }

    [Fact]
    public void Should_Return_The_Fresh_Plan_When_Nothing_Is_Done()
    {
        var fresh = new StudyPlan(Today, Today.AddDays(3), 60, [new PlanDay(Today, [Reviews])]);
        Replan.KeepDone(fresh, [], Today).Days.ShouldBe(fresh.Days);
    }
}
