using System.Net.Http.Json;
using System.Text.Json;
using Grain.Testing;
using Grain.Web.Components.Results;
using Grain.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Feedback that says what happened: syntax errors, memory growth, readiness without evidence.</summary>
public sealed class FeedbackTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [RequiresFact("python")]
    public async Task Should_Say_Syntax_Error_Not_Zero_Of_Zero_Checks()
    {
        // Given
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = "def count_events(events)\n    return {}\n", examplesOnly = true });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        await SubmissionApiTests.FollowAsync(client, id, TimeSpan.FromSeconds(60));

        // When
        var panel = await client.GetStringAsync($"/submissions/{id}/panel");

        // Then
        panel.ShouldContain(">Syntax error</span>");
        panel.ShouldNotContain("0 of 0");
    }

    [RequiresFact("python")]
    public async Task Should_Show_An_Examples_Input_Expected_And_Actual_Output_Side_By_Side()
    {
        // Given: a Run whose answer misses the first event
        var client = factory.CreateClient();
        const string Code = "def count_events(events):\n    counts = {}\n    for i, e in enumerate(events):\n        print('row', i)\n        if i:\n            k = (e['user_id'], e['event_type'])\n            counts[k] = counts.get(k, 0) + 1\n    return counts\n";
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = Code, examplesOnly = true });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        await SubmissionApiTests.FollowAsync(client, id, TimeSpan.FromSeconds(60));

        // When
        var panel = await client.GetStringAsync($"/submissions/{id}/panel");

        // Then
        panel.ShouldContain("data-testid=\"example-diff\"");
        panel.ShouldContain("Input rows");
        panel.ShouldContain("row 0");
    }

    [Fact]
    public async Task Should_Show_Each_Table_And_The_Expected_Output_Of_The_Example_On_A_Sql_Problem()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var page = await client.GetStringAsync("/problems/avg-price-per-item");

        // Then
        page.ShouldContain("data-testid=\"example-data\"");
        page.ShouldContain("<code>BoughtItem</code>");
        page.ShouldContain("<code>Item</code>");
        page.ShouldMatch(@"data-testid=""example-expected""><tr><th scope=""col"">title</th><th scope=""col"">average</th></tr><tr><td>");
    }

    [Fact]
    public async Task Should_Say_In_The_Sql_Starter_How_Columns_Are_Matched_As_The_Rules_Do()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var page = await client.GetStringAsync("/problems/avg-price-per-item");

        // Then: the starter's first line and the rules shown agree
        page.ShouldContain("-- Columns are matched by position: names are not compared.");
        page.ShouldContain("columns: by position; names are shown but not compared");
    }

    [Theory]
    [InlineData(-0.3, "0 bytes")]
    [InlineData(0.0, "0 bytes")]
    [InlineData(12.34, "12.3 bytes")]
    public void Should_Never_Print_Negative_Zero_Bytes(double slope, string expected) =>
        ScaleView.BytesText(slope).ShouldBe(expected);

    [Fact]
    public async Task Should_Show_Self_Rated_Only_For_A_Skill_Without_Cards_Or_Problems()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var page = await client.GetStringAsync("/progress");

        // Then
        page.ShouldContain("<span>Behavioural</span><span class=\"muted small\"");
        page.ShouldContain("self-rated only");
        page.ShouldContain("aria-label=\"sql readiness\"");
        // No number that looks measured beside "self-rated only".
        System.Text.RegularExpressions.Regex.Match(page, @"data-self-rated>.*?</div>").Value.ShouldNotMatch(@">\d+<");
    }

    [Fact]
    public async Task Should_Count_Giving_Up_As_A_Failed_Attempt_And_Show_The_Reference()
    {
        // Given
        var client = await factory.CreateFormClientAsync();
        var before = await client.GetStringAsync("/problems/avg-price-per-item");

        // When
        var response = await client.PostAsync("/problems/avg-price-per-item/give-up", new FormUrlEncodedContent([]));
        var after = await response.Content.ReadAsStringAsync();

        // Then
        before.ShouldNotContain("id=\"reference\"");
        after.ShouldContain("id=\"reference\"");
        after.ShouldContain("AVG(");
        var store = factory.Services.GetRequiredService<Grain.Store.IGrainStore>();
        var user = await store.GetOrCreateUserAsync(Grain.Store.IGrainStore.LocalUser);
        (await store.GetReviewLogsAsync(user)).ShouldContain(l => l.ItemId == "avg-price-per-item" && l.Rating == Grain.Core.Learning.Fsrs.Rating.Again);
    }
}
