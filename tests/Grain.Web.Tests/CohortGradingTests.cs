using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Store;
using Grain.Testing;
using Grain.Web.Submissions;
using Grain.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grain.Web.Tests;

/// <summary>Web nodes that only queue (grading off), workers that grade from PostgreSQL, health figures, and two nodes on one database.</summary>
public sealed class CohortGradingTests
{
    [Fact]
    public async Task Should_Keep_Submissions_Queued_With_Grading_Off_Bound_Them_Per_Learner_And_Report_Them_In_Health()
    {
        // Given: a node that grades nothing itself
        await using var factory = new GrainAppFactory { GradeInProcess = false };
        var client = factory.CreateClient();

        // When
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < GradingQueue.MaxPendingPerLearner + 1; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution, examplesOnly = true }));
        }
        await Task.Delay(300);
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");

        // Then: five wait, the sixth is refused (counted in the store), none is graded
        answers.Take(GradingQueue.MaxPendingPerLearner).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Accepted);
        answers[^1].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var first = (await answers[0].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        (await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{first}")).GetProperty("state").GetString().ShouldBe("queued");
        health.GetProperty("status").GetString().ShouldBe("ok");
        var queue = health.GetProperty("queue");
        queue.GetProperty("queued").GetInt32().ShouldBe(GradingQueue.MaxPendingPerLearner);
        queue.GetProperty("running").GetInt32().ShouldBe(0);
        queue.GetProperty("oldest_queued_seconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0.2);
    }

    [Fact]
    public async Task Should_Report_An_Empty_Queue_In_Health()
    {
        // Given
        await using var factory = new GrainAppFactory();

        // When
        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");

        // Then
        var queue = health.GetProperty("queue");
        queue.GetProperty("queued").GetInt32().ShouldBe(0);
        queue.GetProperty("oldest_queued_seconds").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [RequiresFact("postgres")]
    public async Task Should_Grade_With_A_Worker_What_A_Web_Node_With_Grading_Off_Queued()
    {
        // Given: a web node with grading off and a worker, on one PostgreSQL database
        await using var schema = await PostgresSchema.CreateAsync();
        await using var web = new GrainAppFactory { Database = schema.ConnectionString, GradeInProcess = false };
        var client = web.CreateClient();
        var options = web.Options;
        using var worker = GrainWorkerHost.Build(options, new GradingWorkerOptions { Concurrency = 2, PollInterval = TimeSpan.FromMilliseconds(50) },
            services => GrainAppFactory.AddTestServices(services, options));
        await worker.StartAsync();

        try
        {
            // When
            var posted = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution });
            var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            var result = await SubmissionApiTests.FollowAsync(client, id.ToString(CultureInfo.InvariantCulture), TimeSpan.FromSeconds(120));

            // Then: graded once, by the worker, and the Submit became a review of the problem for its learner
            result.GetProperty("status").GetString().ShouldBe("pass");
            var store = web.Services.GetRequiredService<IGrainStore>();
            var stored = (await store.GetSubmissionAsync(id)).ShouldNotBeNull();
            stored.Attempts.ShouldBe(1);
            stored.LeaseOwner.ShouldBeNull();
            (await store.GetCardAsync(stored.UserId, "avg-price-per-item")).ShouldNotBeNull();
            worker.Services.GetRequiredService<GradingWorker>().Graded.ShouldBe(1);
        }
        finally
        {
            await worker.StopAsync();
        }
    }

    [RequiresFact("postgres", "python")]
    public async Task Should_Give_Back_The_Submission_In_Hand_When_A_Worker_Stops()
    {
        // Given: a worker grading a slow Python submission (one second of sleep per call)
        await using var schema = await PostgresSchema.CreateAsync();
        await using var web = new GrainAppFactory { Database = schema.ConnectionString, GradeInProcess = false };
        var options = web.Options;
        var store = web.Services.GetRequiredService<IGrainStore>();
        var user = await store.GetOrCreateUserAsync("ana");
        var id = await store.CreateSubmissionAsync(user, "count-events", "python",
            "import time\ndef count_events(events):\n    time.sleep(30)\n    return {}\n", examplesOnly: true);
        using var worker = GrainWorkerHost.Build(options, new GradingWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(50) },
            services => GrainAppFactory.AddTestServices(services, options));
        await worker.StartAsync();
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((await store.GetSubmissionAsync(id))!.Status != SubmissionStatus.Running && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        // When
        await worker.StopAsync();

        // Then
        var back = (await store.GetSubmissionAsync(id)).ShouldNotBeNull();
        back.Status.ShouldBe(SubmissionStatus.Queued);
        back.LeaseOwner.ShouldBeNull();
        back.Attempts.ShouldBe(0);
    }

    [RequiresFact("postgres")]
    public async Task Should_Not_Show_On_One_Node_A_Card_Rated_On_Another()
    {
        // Given: two web nodes on one database, both showing the learner's first card
        await using var schema = await PostgresSchema.CreateAsync();
        await using var nodeA = new GrainAppFactory { Database = schema.ConnectionString };
        await using var nodeB = new GrainAppFactory { Database = schema.ConnectionString };
        var a = await nodeA.CreateFormClientAsync();
        var b = nodeB.CreateClient();
        var item = (await a.GetStringAsync("/review")).Split("name=\"item\" value=\"")[1].Split('"')[0];
        (await b.GetStringAsync("/review")).ShouldContain($"name=\"item\" value=\"{item}\"");

        // When: the card is rated on node A
        (await a.PostAsync("/review", new FormUrlEncodedContent([new("item", item), new("rating", "3")]))).IsSuccessStatusCode.ShouldBeTrue();

        // Then: node B no longer offers it
        (await b.GetStringAsync("/review")).ShouldNotContain($"name=\"item\" value=\"{item}\"");
    }
}
