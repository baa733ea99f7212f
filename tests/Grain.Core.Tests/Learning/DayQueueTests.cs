using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;
using Grain.Core.Learning.Progress;

namespace Grain.Core.Tests.Learning;

/// <summary>The day's queue and the catalogue that both the CLI and the web app build it from.</summary>
public sealed class DayQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();
    private static readonly SourceLocation Here = new("test.md", 1);

    private static ConceptCard Card(string id, string topic, Level level) =>
        new(id, id, topic, level, [], [], ContentStatus.Reviewed, [], "q", "a", [], [], [], Here);

    private static Problem SqlProblem(string id, string topic) =>
        new(id, id, topic, Level.Mid, [], [], ContentStatus.Reviewed, "sql", "easy", "", null, null, [], "", [], "", [], "", Here);

    private static readonly LearningCatalogue Catalogue = new(
        [new SkillArea("sql", "SQL", "", "", "", ["sql-basics", "windows"], Here), new SkillArea("python", "Python", "", "", "", ["windows", "python"], Here)],
        [Card("window-frames", "windows", Level.Senior), Card("nulls", "sql-basics", Level.Junior), Card("generators", "python", Level.Mid), Card("orphan", "no-skill", Level.Junior)],
        [SqlProblem("top-customers", "sql-basics")]);

    private static SrsCard Reviewed(string id, DateTimeOffset due, double stability = 5) =>
        new(id, CardState.Review, 0, stability, 5, due, due.AddDays(-3), 2, 0);

    [Fact]
    public void Should_Count_A_Topic_Towards_The_First_Skill_That_Lists_It()
    {
        Catalogue.SkillOf("windows").ShouldBe("sql");
        Catalogue.SkillOf("python").ShouldBe("python");
        Catalogue.SkillOf("no-skill").ShouldBeNull();
        Catalogue.ProgressItems.Select(i => i.Id).ShouldBe(["window-frames", "nulls", "generators", "top-customers"]);
        Catalogue.PlanItems.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_Introduce_Planned_Cards_First_Then_Junior_Cards_And_Skip_Seen_Ones_And_Problems()
    {
        // Given a plan that scheduled the senior card yesterday, and a learner who has seen "nulls"
        var plan = new StudyPlan(new DateOnly(2026, 5, 3), new DateOnly(2026, 6, 1), 60,
        [
            new PlanDay(new DateOnly(2026, 5, 3), [new PlanTask(PlanTaskKind.NewCards, "sql", ["window-frames", "top-customers"], 20, "new cards")]),
            new PlanDay(new DateOnly(2026, 5, 9), [new PlanTask(PlanTaskKind.NewCards, "python", ["generators"], 20, "later")]),
        ]);

        // When
        var queue = DayQueue.Build(Scheduler, Catalogue, [], 0, new HashSet<string> { "nulls" }, plan, Now);

        // Then
        queue.Entries.Select(e => e.ItemId).ShouldBe(["window-frames", "orphan", "generators"]);
        queue.Entries.ShouldAllBe(e => e.IsNew);
    }

    [Fact]
    public void Should_Review_Due_Cards_And_Stay_Valid_Until_The_Next_Card_Falls_Due_Today()
    {
        // Given one card due now, one due at 14:00 today, and a problem due now (problems are re-solved, not reviewed)
        var due = new[] { Reviewed("nulls", Now.AddHours(-1)), Reviewed("generators", Now.AddHours(6)), Reviewed("top-customers", Now.AddHours(-2)) };

        // When
        var queue = DayQueue.Build(Scheduler, Catalogue, due, introducedToday: 0, new HashSet<string> { "nulls", "generators", "top-customers" }, null, Now, newPerDay: 0);

        // Then
        queue.Entries.Select(e => e.ItemId).ShouldBe(["nulls"]);
        queue.ValidUntil.ShouldBe(Now.AddHours(6));
    }

    [Fact]
    public void Should_Stay_Valid_Until_Midnight_When_Nothing_Else_Falls_Due_Today()
    {
        var queue = DayQueue.Build(Scheduler, Catalogue, [], 0, new HashSet<string>(), null, Now);

        queue.ValidUntil.ShouldBe(new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(CardState.Review, 21.0, true)]
    [InlineData(CardState.Review, 20.9, false)]
    [InlineData(CardState.Relearning, 40.0, false)]
    [InlineData(CardState.Learning, 30.0, false)]
    public void Should_Call_An_Item_Mastered_Only_In_Review_With_Three_Weeks_Of_Stability(CardState state, double stability, bool mastered)
    {
        var card = new SrsCard("x", state, 0, stability, 5, Now, Now.AddDays(-1), 4, 0);

        Mastery.IsMastered(card).ShouldBe(mastered);
    }
}
