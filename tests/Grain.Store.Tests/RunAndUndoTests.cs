using Grain.Core.Learning.Fsrs;

namespace Grain.Store.Tests;

/// <summary>Examples-only runs, re-queueing after a crash and undoing the last review, on SQLite and PostgreSQL.</summary>
public sealed class RunAndUndoTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_The_Examples_Only_Flag_Of_A_Run(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        // When
        var run = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "def f(rows): return {}", examplesOnly: true);
        var submit = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "def f(rows): return {}");

        // Then
        (await db.Store.GetSubmissionAsync(run))!.ExamplesOnly.ShouldBeTrue();
        (await db.Store.GetSubmissionAsync(submit))!.ExamplesOnly.ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Requeue_A_Submission_Left_Running(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var interrupted = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 1");
        var finished = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 2");
        await db.Store.TryStartSubmissionAsync(interrupted);
        await db.Store.TryStartSubmissionAsync(finished);
        await db.Store.CompleteSubmissionAsync(finished, SubmissionStatus.Done, false, "{}");

        // When
        var requeued = await db.Store.RequeueRunningSubmissionsAsync();

        // Then
        requeued.ShouldBe(1);
        (await db.Store.GetQueuedSubmissionsAsync(10)).ShouldHaveSingleItem().Id.ShouldBe(interrupted);
        (await db.Store.GetSubmissionAsync(finished))!.Status.ShouldBe(SubmissionStatus.Done);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Undo_The_Last_Review_Back_To_The_Previous_State(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        await db.Store.SaveReviewAsync(user, "card", Scheduler.Review(SrsCard.New("nulls", Now), Rating.Good, Now));
        var before = (await db.Store.GetCardAsync(user, "nulls"))!;
        await db.Store.SaveReviewAsync(user, "card", Scheduler.Review(before, Rating.Again, Now.AddDays(3)));

        // When
        var undone = await db.Store.UndoLastReviewAsync(user, "card");

        // Then
        undone.ShouldBe("nulls");
        (await db.Store.GetCardAsync(user, "nulls")).ShouldBe(before);
        (await db.Store.GetReviewLogsAsync(user)).ShouldHaveSingleItem();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Undo_A_First_Review_Back_To_New_And_Leave_Other_Kinds_Alone(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        await db.Store.SaveReviewAsync(user, "card", Scheduler.Review(SrsCard.New("grain", Now), Rating.Easy, Now));
        await db.Store.SaveReviewAsync(user, "problem", Scheduler.Review(SrsCard.New("event-counts", Now), Rating.Good, Now));

        // When
        var undone = await db.Store.UndoLastReviewAsync(user, "card");
        var nothing = await db.Store.UndoLastReviewAsync(user, "card");

        // Then
        undone.ShouldBe("grain");
        nothing.ShouldBeNull();
        (await db.Store.GetCardAsync(user, "grain")).ShouldBeNull();
        (await db.Store.GetCardAsync(user, "event-counts")).ShouldNotBeNull();
        (await db.Store.GetSeenItemIdsAsync(user)).ShouldNotContain("grain");
    }
}
