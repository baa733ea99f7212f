using System.Globalization;
using System.Text.RegularExpressions;
using Grain.Core.Learning.Planning;
using Grain.Store;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Mock loops keep the round timer on the server, report minutes taken, and start from the learner's target company.</summary>
public sealed partial class MockLoopTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_Keep_The_Round_Timer_Running_Across_A_Reload()
    {
        // Given
        var client = await factory.CreateFormClientAsync(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var loop = await StartLoopAsync(client);
        var first = Countdown(await client.GetStringAsync(loop));

        // When
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var reloaded = Countdown(await client.GetStringAsync(loop));

        // Then
        reloaded.ShouldBeLessThan(first);
    }

    [Fact]
    public async Task Should_Show_Minutes_Taken_On_The_Scorecard()
    {
        // Given
        var client = await factory.CreateFormClientAsync(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var loop = await StartLoopAsync(client);

        // When
        string page;
        while (RoundId().Match(page = await client.GetStringAsync(loop)) is { Success: true } round)
        {
            var action = page.Contains("/answer\"", StringComparison.Ordinal) ? "answer" : "grade";
            await client.PostAsync($"{loop}/{action}", new FormUrlEncodedContent([new("round", round.Groups[1].Value), new("answer", "an outline")]));
        }

        // Then
        page.ShouldContain("Minutes taken");
        Regex.Matches(page, @"<td>1 of \d+</td>").Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Select_The_Learners_Target_Company()
    {
        // Given
        var store = factory.Services.GetRequiredService<IGrainStore>();
        var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        await store.SaveAssessmentAsync(user, new SelfAssessment(new Dictionary<string, int>(), "acme", new DateOnly(2027, 1, 4), 1), DateTimeOffset.UtcNow);
        var client = factory.CreateClient();

        // When
        var page = await client.GetStringAsync("/mock");

        // Then
        page.ShouldMatch(@"<option value=""acme"" selected");
    }

    private static async Task<string> StartLoopAsync(HttpClient client)
    {
        var started = await client.PostAsync("/mock", new FormUrlEncodedContent([new("company", "acme")]));
        return started.Headers.Location!.OriginalString;
    }

    private static int Countdown(string html) =>
        int.Parse(CountdownAttribute().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"data-countdown=""(\d+)""")]
    private static partial Regex CountdownAttribute();

    [GeneratedRegex(@"name=""round"" value=""(\d+)""")]
    private static partial Regex RoundId();
}
