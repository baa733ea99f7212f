namespace Grain.Store.Tests;

/// <summary>Drafts per learner and problem, and partial grading reports, on SQLite and PostgreSQL.</summary>
public sealed class DraftAndProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_The_Latest_Draft_Per_Learner_And_Problem(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var ana = await db.Store.GetOrCreateUserAsync("ana");
        var bo = await db.Store.GetOrCreateUserAsync("bo");
        await db.Store.SaveDraftAsync(ana, "event-counts", "def f(rows):\n    pass", Now);

        // When
        await db.Store.SaveDraftAsync(ana, "event-counts", "def f(rows):\n    return {}", Now.AddSeconds(5));
        await db.Store.SaveDraftAsync(ana, "top-users", "SELECT 1", Now);

        // Then
        var draft = (await db.Store.GetDraftAsync(ana, "event-counts")).ShouldNotBeNull();
        draft.Code.ShouldBe("def f(rows):\n    return {}");
        draft.SavedAt.ShouldBe(Now.AddSeconds(5));
        (await db.Store.GetDraftAsync(ana, "top-users")).ShouldNotBeNull().Code.ShouldBe("SELECT 1");
        (await db.Store.GetDraftAsync(bo, "event-counts")).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_Progress_Only_While_Running_And_Drop_It_On_Requeue(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var queued = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 1");
        var running = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 2");
        await db.Store.TryStartSubmissionAsync(running);

        // When
        await db.Store.SaveSubmissionProgressAsync(queued, "{\"partial\":1}");
        await db.Store.SaveSubmissionProgressAsync(running, "{\"partial\":2}");
        var whileRunning = (await db.Store.GetSubmissionAsync(running))!.ReportJson;
        await db.Store.RequeueRunningSubmissionsAsync();

        // Then
        (await db.Store.GetSubmissionAsync(queued))!.ReportJson.ShouldBeNull();
        whileRunning.ShouldBe("{\"partial\":2}");
        (await db.Store.GetSubmissionAsync(running))!.ReportJson.ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Remember_A_Give_Up_Per_Learner_And_Problem(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        // When
        await db.Store.GiveUpAsync(user, "event-counts", Now);
        await db.Store.GiveUpAsync(user, "event-counts", Now.AddDays(1));

        // Then
        (await db.Store.HasGivenUpAsync(user, "event-counts")).ShouldBeTrue();
        (await db.Store.HasGivenUpAsync(user, "top-users")).ShouldBeFalse();
    }
}
