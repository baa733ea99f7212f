using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Store;
using Grain.Testing;
using Grain.Web.Submissions;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Runs alone, after the parallel tests: its slow submissions must not slow down timing-sensitive verdicts elsewhere.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GradingQueueCollection
{
    public const string Name = "grading queue";
}

/// <summary>The grading queue is bounded per learner and a Run never waits behind another learner's slow Submits.</summary>
[Collection(GradingQueueCollection.Name)]
public sealed class GradingQueueTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    /// <summary>Right answers, one second of sleep per call: a real submission that keeps the grader busy.</summary>
    private const string Slow = "import time\ndef count_events(events):\n    time.sleep(1)\n    counts = {}\n    for e in events:\n        k = (e['user_id'], e['event_type'])\n        counts[k] = counts.get(k, 0) + 1\n    return counts\n";

    [RequiresFact("python")]
    public async Task Should_Refuse_A_Sixth_Waiting_Submission_With_429_And_Retry_After()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < GradingQueue.MaxPendingPerLearner + 1; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = Slow, examplesOnly = true }));
        }

        // Then
        answers.Take(GradingQueue.MaxPendingPerLearner).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Accepted);
        var refused = answers[^1];
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(10));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("waiting to be graded");
        (await client.GetFromJsonAsync<JsonElement[]>("/api/submissions?problem=count-events"))!.Length.ShouldBe(GradingQueue.MaxPendingPerLearner);

        // And the problem page's form (without JavaScript) gets a page saying the same
        var formClient = await factory.CreateFormClientAsync();
        var page = await formClient.PostAsync("/problems/count-events/submit", new FormUrlEncodedContent([new("code", Slow), new("mode", "run")]));
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(10));
        (await page.Content.ReadAsStringAsync()).ShouldContain("waiting to be graded");
    }

    [RequiresFact("python")]
    public async Task Should_Grade_Another_Learners_Run_Before_The_Slow_Submits_Queued_Ahead_Of_It()
    {
        // Given: learner A has slow Submits waiting (one of them grading)
        var queue = factory.Services.GetRequiredService<GradingQueue>();
        var store = factory.Services.GetRequiredService<IGrainStore>();
        var a = await store.GetOrCreateUserAsync("learner-a");
        var b = await store.GetOrCreateUserAsync("learner-b");
        var slow = new List<StoredSubmission>();
        for (var i = 0; i < 3; i++)
        {
            slow.Add((await queue.TrySubmitAsync(a, "count-events", "python", Slow, examplesOnly: false)).ShouldNotBeNull());
        }

        // When: learner B runs the examples of a SQL problem
        var run = (await queue.TrySubmitAsync(b, "avg-price-per-item", "sql", SubmissionApiTests.Solution, examplesOnly: true)).ShouldNotBeNull();
        var client = factory.CreateClient();
        var result = await SubmissionApiTests.FollowAsync(client, run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(120));

        // Then: B's Run is graded while A's last Submit has not started
        result.GetProperty("state").GetString().ShouldBe("done");
        result.GetProperty("status").GetString().ShouldBe("pass");
        (await store.GetSubmissionAsync(slow[^1].Id)).ShouldNotBeNull().Status.ShouldBe(SubmissionStatus.Queued);
    }
}

/// <summary>A grading that runs past the queue's time limit is stopped and stored as an error saying so.</summary>
[Collection(GradingQueueCollection.Name)]
public sealed class GradingTimeoutTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [RequiresFact("python")]
    public async Task Should_Stop_A_Grading_Past_The_Time_Limit_And_Store_An_Error_Saying_So()
    {
        // Given: a one-second limit and a submission that sleeps far longer than that (the judge alone would take 10 s)
        var options = new GrainWebOptions { ContentDirectory = GrainAppFactory.TestContent, DataDirectory = factory.DataDirectory, JudgeTimeout = TimeSpan.FromSeconds(1) };
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(options)));
        var client = app.CreateClient();
        const string sleeper = "import time\ndef count_events(events):\n    time.sleep(60)\n    return {}\n";

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = sleeper, examplesOnly = true });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        var result = await SubmissionApiTests.FollowAsync(client, id, TimeSpan.FromSeconds(60));

        // Then
        result.GetProperty("state").GetString().ShouldBe("error");
        result.GetProperty("status").GetString().ShouldBe("error");
        result.GetProperty("message").GetString().ShouldBe("Grading took longer than 1 second and was stopped.");
    }
}

/// <summary>The lanes' order and bounds, without a grader.</summary>
public sealed class GradingLanesTests
{
    [Fact]
    public async Task Should_Take_Runs_Before_Submits_And_Learners_In_Turn()
    {
        // Given: learner 1 queued three Submits, then learner 2 a Submit and a Run
        var lanes = new GradingLanes(maxPerLearner: 5);
        foreach (var (id, user, run) in new[] { (1L, 1L, false), (2L, 1L, false), (3L, 1L, false), (4L, 2L, false), (5L, 2L, true) })
        {
            lanes.TryReserve(user).ShouldBeTrue();
            lanes.Add(new GradingLanes.Waiting(id, user, run), reserved: true);
        }

        // When
        var order = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var next = await lanes.TakeAsync(CancellationToken.None);
            order.Add(next.Id);
            lanes.Done(next);
        }

        // Then: the Run first, then Submits alternating between learners
        order.ShouldBe([5L, 1L, 4L, 2L, 3L]);
    }

    [Fact]
    public void Should_Bound_Each_Learner_And_Free_A_Place_When_Done()
    {
        // Given
        var lanes = new GradingLanes(maxPerLearner: 2);
        lanes.TryReserve(1).ShouldBeTrue();
        lanes.Add(new GradingLanes.Waiting(10, 1, false), reserved: true);
        lanes.Add(new GradingLanes.Waiting(11, 1, false), reserved: false);

        // When
        var third = lanes.TryReserve(1);
        var other = lanes.TryReserve(2);
        lanes.Done(new GradingLanes.Waiting(10, 1, false));

        // Then
        third.ShouldBeFalse();
        other.ShouldBeTrue();
        lanes.TryReserve(1).ShouldBeTrue();
    }

    [Fact]
    public void Should_Count_A_Submission_Sent_Twice_Once()
    {
        // Given: found in the store at start and sent again by the request that created it
        var lanes = new GradingLanes(maxPerLearner: 2);
        lanes.Add(new GradingLanes.Waiting(10, 1, false), reserved: false);
        lanes.TryReserve(1).ShouldBeTrue();

        // When
        lanes.Add(new GradingLanes.Waiting(10, 1, false), reserved: true);

        // Then: one place used, one free
        lanes.TryReserve(1).ShouldBeTrue();
        lanes.TryReserve(1).ShouldBeFalse();
    }
}
