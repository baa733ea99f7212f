using System.Collections.Concurrent;

namespace Grain.Store.Tests;

/// <summary>Grading workers claim submissions with a lease: no two claimers share one, an expired lease is reclaimed, and a stale worker cannot complete.</summary>
public sealed class GradingLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Never_Give_The_Same_Submission_To_Two_Claimers(string engine)
    {
        // Given: twenty queued submissions and two stores (two worker processes) on one database
        await using var db = await TestStore.OpenAsync(engine);
        await using var other = await db.OpenAnotherAsync();
        var user = await db.Store.GetOrCreateUserAsync("ana");
        var ids = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await db.Store.CreateSubmissionAsync(user, "event-counts", "python", $"x = {i}"));
        }

        // When: eight claimers race until the queue is empty
        var claims = new ConcurrentBag<(string Worker, long Id)>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = w % 2 == 0 ? db.Store : other;
            var worker = $"worker-{w}";
            while (await store.ClaimSubmissionAsync(worker, Now, Lease) is { } claimed)
            {
                claims.Add((worker, claimed.Id));
            }
        })));

        // Then
        claims.Select(c => c.Id).Order().ShouldBe(ids);
        foreach (var (worker, id) in claims)
        {
            var stored = (await db.Store.GetSubmissionAsync(id)).ShouldNotBeNull();
            stored.Status.ShouldBe(SubmissionStatus.Running);
            stored.LeaseOwner.ShouldBe(worker);
            stored.Attempts.ShouldBe(1);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Claim_Runs_Before_Submits_And_The_Oldest_First(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync("ana");
        var submit = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "a");
        var run = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "b", examplesOnly: true);
        var laterSubmit = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "c");

        // When
        var order = new List<long>();
        while (await db.Store.ClaimSubmissionAsync("w", Now, Lease) is { } claimed)
        {
            order.Add(claimed.Id);
        }

        // Then
        order.ShouldBe([run, submit, laterSubmit]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Reclaim_A_Submission_Whose_Lease_Expired_And_Refuse_The_Stale_Workers_Result(string engine)
    {
        // Given: worker A claimed a submission and stopped renewing (killed, or paused)
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync("ana");
        var id = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 1");
        (await db.Store.ClaimSubmissionAsync("worker-a", Now, Lease)).ShouldNotBeNull().Id.ShouldBe(id);

        // When: B looks before the lease ends, then after
        var early = await db.Store.ClaimSubmissionAsync("worker-b", Now + Lease - TimeSpan.FromMilliseconds(1), Lease);
        var late = await db.Store.ClaimSubmissionAsync("worker-b", Now + Lease + TimeSpan.FromMilliseconds(1), Lease);

        // Then: only the expired lease is taken over, as a second attempt
        early.ShouldBeNull();
        late.ShouldNotBeNull().Id.ShouldBe(id);
        late.LeaseOwner.ShouldBe("worker-b");
        late.Attempts.ShouldBe(2);

        // And A, waking up late, can neither renew, report progress nor complete; B's result is the one kept
        (await db.Store.RenewSubmissionLeaseAsync(id, "worker-a", Now + Lease * 2, Lease)).ShouldBeFalse();
        await db.Store.SaveSubmissionProgressAsync(id, "{\"from\":\"a\"}", "worker-a");
        (await db.Store.GetSubmissionAsync(id)).ShouldNotBeNull().ReportJson.ShouldBeNull();
        (await db.Store.CompleteLeasedSubmissionAsync(id, "worker-a", SubmissionStatus.Done, false, "{\"from\":\"a\"}")).ShouldBeFalse();
        (await db.Store.RenewSubmissionLeaseAsync(id, "worker-b", Now + Lease * 2, Lease)).ShouldBeTrue();
        (await db.Store.CompleteLeasedSubmissionAsync(id, "worker-b", SubmissionStatus.Done, true, "{\"from\":\"b\"}")).ShouldBeTrue();
        (await db.Store.CompleteLeasedSubmissionAsync(id, "worker-a", SubmissionStatus.Done, false, "{\"from\":\"a\"}")).ShouldBeFalse();
        var done = (await db.Store.GetSubmissionAsync(id)).ShouldNotBeNull();
        done.Status.ShouldBe(SubmissionStatus.Done);
        done.Passed.ShouldBe(true);
        done.ReportJson.ShouldBe("{\"from\":\"b\"}");
        done.LeaseOwner.ShouldBeNull();
        (await db.Store.ClaimSubmissionAsync("worker-c", Now + Lease * 10, Lease)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Give_A_Released_Submission_Back_To_The_Queue_Without_Counting_The_Attempt(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync("ana");
        var id = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 1");
        await db.Store.ClaimSubmissionAsync("worker-a", Now, Lease);

        // When
        var byOther = await db.Store.ReleaseSubmissionLeaseAsync(id, "worker-b");
        var byHolder = await db.Store.ReleaseSubmissionLeaseAsync(id, "worker-a");

        // Then
        byOther.ShouldBeFalse();
        byHolder.ShouldBeTrue();
        var queued = (await db.Store.GetSubmissionAsync(id)).ShouldNotBeNull();
        queued.Status.ShouldBe(SubmissionStatus.Queued);
        queued.Attempts.ShouldBe(0);
        (await db.Store.ClaimSubmissionAsync("worker-b", Now, Lease)).ShouldNotBeNull().Attempts.ShouldBe(1);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Requeue_Only_In_Process_Gradings_At_Start_And_Leave_Worker_Leases_Alone(string engine)
    {
        // Given: one submission started by the in-process queue, one claimed by a worker
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync("ana");
        var inProcess = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 1");
        await db.Store.TryStartSubmissionAsync(inProcess);
        var leased = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "x = 2");
        (await db.Store.ClaimSubmissionAsync("worker-a", Now, Lease)).ShouldNotBeNull().Id.ShouldBe(leased);

        // When
        var requeued = await db.Store.RequeueRunningSubmissionsAsync();

        // Then
        requeued.ShouldBe(1);
        (await db.Store.GetSubmissionAsync(inProcess)).ShouldNotBeNull().Status.ShouldBe(SubmissionStatus.Queued);
        (await db.Store.GetSubmissionAsync(leased)).ShouldNotBeNull().LeaseOwner.ShouldBe("worker-a");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Report_Queue_Depth_Running_And_The_Oldest_Queued_Age(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var empty = await db.Store.GetGradingQueueStatsAsync(DateTimeOffset.UtcNow);
        var ana = await db.Store.GetOrCreateUserAsync("ana");
        var bo = await db.Store.GetOrCreateUserAsync("bo");
        await db.Store.CreateSubmissionAsync(ana, "event-counts", "python", "x = 1");
        await db.Store.CreateSubmissionAsync(ana, "event-counts", "python", "x = 2");
        await db.Store.CreateSubmissionAsync(bo, "event-counts", "python", "x = 3");
        var done = await db.Store.CreateSubmissionAsync(bo, "event-counts", "python", "x = 4");
        await db.Store.CompleteSubmissionAsync(done, SubmissionStatus.Done, true, "{}");
        await db.Store.ClaimSubmissionAsync("worker-a", DateTimeOffset.UtcNow, Lease);

        // When
        var stats = await db.Store.GetGradingQueueStatsAsync(DateTimeOffset.UtcNow.AddMinutes(5));

        // Then
        empty.ShouldBe(new GradingQueueStats(0, 0, null));
        stats.Queued.ShouldBe(2);
        stats.Running.ShouldBe(1);
        stats.OldestQueuedAge.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
        (await db.Store.CountPendingSubmissionsAsync(ana)).ShouldBe(2);
        (await db.Store.CountPendingSubmissionsAsync(bo)).ShouldBe(1);
    }
}
