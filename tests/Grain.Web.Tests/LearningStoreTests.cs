using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Core.Learning.Fsrs;
using Grain.Store;
using Grain.Web.Accounts;
using Grain.Web.Learning;
using Grain.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Submissions, hints, problem reviews and undo go through Grain.Store; each test gets a fresh app and data folder.</summary>
public sealed class LearningStoreTests : IDisposable
{
    private readonly GrainAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private IGrainStore Store => _factory.Services.GetRequiredService<IGrainStore>();

    private async Task<long> UserAsync() => await _factory.Services.GetRequiredService<LocalUser>().IdAsync();

    [Fact]
    public async Task Should_Look_The_Learner_Up_Again_After_The_Store_Failed_To_Open()
    {
        // Given: a store whose first open fails (its data folder's path is taken by a file)
        var root = Directory.CreateTempSubdirectory("grain-learner-").FullName;
        var data = Path.Combine(root, "data");
        await File.WriteAllTextAsync(data, "not a folder");
        try
        {
            await using var store = GrainStore.OpenLazily(data, _ => null);
            var learner = new LocalUser(store);
            await Should.ThrowAsync<IOException>(() => learner.IdAsync());

            // When the folder can be made
            File.Delete(data);
            var user = await learner.IdAsync();

            // Then
            user.ShouldBe(await store.GetOrCreateUserAsync(IGrainStore.LocalUser));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Should_Grade_Submissions_Left_Queued_Or_Running_When_The_App_Starts()
    {
        // Given
        long queued, running;
        await using (var before = await GrainStore.OpenAsync(_factory.DataDirectory, _ => null))
        {
            var user = await before.GetOrCreateUserAsync(IGrainStore.LocalUser);
            queued = await before.CreateSubmissionAsync(user, "avg-price-per-item", "sql", SubmissionApiTests.Solution);
            running = await before.CreateSubmissionAsync(user, "avg-price-per-item", "sql", SubmissionApiTests.Solution, examplesOnly: true);
            (await before.TryStartSubmissionAsync(running)).ShouldBeTrue();
        }

        // When
        var client = _factory.CreateClient();
        var first = await SubmissionApiTests.FollowAsync(client, queued.ToString());
        var second = await SubmissionApiTests.FollowAsync(client, running.ToString());

        // Then
        first.GetProperty("status").GetString().ShouldBe("pass");
        second.GetProperty("status").GetString().ShouldBe("pass");
        second.GetProperty("examples_only").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Count_A_Passed_Submit_As_Solved_And_Schedule_The_Problem()
    {
        // Given
        var client = _factory.CreateClient();
        var run = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution, examplesOnly = true });
        await SubmissionApiTests.FollowAsync(client, (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText());
        var afterRun = await client.GetStringAsync("/problems?status=solved");

        // When
        var submit = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution });
        await SubmissionApiTests.FollowAsync(client, (await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText());

        // Then
        afterRun.ShouldContain("0 of 2 problems");
        (await client.GetStringAsync("/problems?status=solved")).ShouldContain("1 of 2 problems");
        var card = (await Store.GetCardAsync(await UserAsync(), "avg-price-per-item")).ShouldNotBeNull();
        card.Due.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(12));
        (await Store.GetReviewLogsAsync(await UserAsync())).ShouldHaveSingleItem().Rating.ShouldBe(Rating.Good);
    }

    [Fact]
    public async Task Should_Record_Hint_Reveals_In_The_Store_One_At_A_Time()
    {
        // Given
        var client = await _factory.CreateFormClientAsync();

        // When
        await client.PostAsync("/problems/avg-price-per-item/hints", new FormUrlEncodedContent([new("shown", "3")]));
        var page = await client.GetStringAsync("/problems/avg-price-per-item");
        await client.PostAsync("/practice/clickstream-pipeline/hints", null);

        // Then
        (await Store.GetRevealedHintsAsync(await UserAsync(), "avg-price-per-item")).ShouldBe([1]);
        (await Store.GetRevealedHintsAsync(await UserAsync(), "clickstream-pipeline")).ShouldBe([1]);
        page.ShouldContain("Which table holds what was paid?");
        page.ShouldContain("Show hint 2 of 3");
    }

    [Fact]
    public async Task Should_Undo_The_Last_Rating_In_The_Store()
    {
        // Given
        var client = await _factory.CreateFormClientAsync();
        var page = await client.GetStringAsync("/review");
        var item = page.Split("name=\"item\" value=\"")[1].Split('"')[0];
        await client.PostAsync("/review", new FormUrlEncodedContent([new("item", item), new("rating", "3")]));
        var rated = await Store.GetCardAsync(await UserAsync(), item);

        // When
        var undo = await client.PostAsync("/review/undo", null);

        // Then
        rated.ShouldNotBeNull();
        undo.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Store.GetCardAsync(await UserAsync(), item)).ShouldBeNull();
        (await client.GetStringAsync("/review")).ShouldContain($"name=\"item\" value=\"{item}\"");
    }
}
