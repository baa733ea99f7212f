using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Tests.Learning;

/// <summary>Suspended, buried and flagged cards in the day's queue, and custom study of a topic.</summary>
public sealed class CardMarkTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();
    private static readonly SourceLocation Here = new("test.md", 1);

    private static ConceptCard Card(string id, string topic) =>
        new(id, id, topic, Level.Junior, [], [], ContentStatus.Reviewed, [], "q", "a", [], [], [], Here);

    private static readonly LearningCatalogue Catalogue = new([], [Card("a", "sql"), Card("b", "sql"), Card("c", "sql"), Card("d", "python")], []);

    private static SrsCard Reviewed(string id, DateTimeOffset due) => new(id, CardState.Review, 0, 5, 5, due, due.AddDays(-3), 2, 0);

    [Fact]
    public void Should_Leave_Suspended_And_Buried_Cards_Out_Of_The_Day_Queue_And_Bring_Buried_Ones_Back_Next_Day()
    {
        // Given a due card suspended, a due card buried until tomorrow, and a new card suspended
        var due = new[] { Reviewed("a", Now.AddHours(-1)), Reviewed("b", Now.AddHours(-2)) };
        var marks = new[] { new CardMark("a", Suspended: true), new CardMark("b", BuriedUntil: CardMark.NextDay(Now)), new CardMark("c", Suspended: true) };
        var seen = new HashSet<string> { "a", "b" };

        // When
        var today = DayQueue.Build(Scheduler, Catalogue, due, 0, seen, null, Now, marks: marks);
        var tomorrow = DayQueue.Build(Scheduler, Catalogue, due, 0, seen, null, Now.AddDays(1), marks: marks);

        // Then
        today.Entries.Select(e => e.ItemId).ShouldBe(["d"]);
        tomorrow.Entries.Select(e => e.ItemId).ShouldBe(["b", "d"]);
    }

    [Fact]
    public void Should_Keep_A_Flagged_Card_In_The_Queue()
    {
        var queue = DayQueue.Build(Scheduler, Catalogue, [Reviewed("a", Now.AddHours(-1))], 0, new HashSet<string> { "a" }, null, Now, newPerDay: 0,
            marks: [new CardMark("a", Flagged: true)]);

        queue.Entries.Select(e => e.ItemId).ShouldBe(["a"]);
    }

    [Fact]
    public void Should_Bury_Until_The_Start_Of_The_Next_Day()
    {
        CardMark.NextDay(Now).ShouldBe(new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero));
        new CardMark("a", BuriedUntil: CardMark.NextDay(Now)).IsSetAside(Now).ShouldBeTrue();
        new CardMark("a", BuriedUntil: CardMark.NextDay(Now)).IsSetAside(CardMark.NextDay(Now)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Study_A_Topic_Now_Due_First_Then_New_Then_Later_Without_Set_Aside_Or_Practised_Cards()
    {
        // Given a topic with a card due later, a due card, a new card, a suspended card and one already practised
        var states = new[] { Reviewed("a", Now.AddDays(5)), Reviewed("b", Now.AddHours(-1)), Reviewed("d", Now.AddDays(1)) };

        // When
        var queue = CustomStudy.Build(Scheduler, ["a", "b", "c", "e", "f"], states, new HashSet<string> { "e" }, new HashSet<string> { "f" }, Now);

        // Then
        queue.Select(e => e.ItemId).ShouldBe(["b", "c", "a"]);
        queue.Select(e => CustomStudy.Reschedules(e, Now)).ShouldBe([true, true, false]);
    }
}
