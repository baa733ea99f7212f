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

    [Fact]
    public async Task Should_Answer_A_Sql_Round_In_The_Editor_And_Let_The_Judge_Grade_It()
    {
        // Given: a loop whose first round is the SQL round, answered in the editor
        var client = await factory.CreateFormClientAsync(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var loop = await StartLoopAsync(client);
        var page = await client.GetStringAsync(loop);
        page.ShouldContain(@"data-problem=""avg-price-per-item""");
        page.ShouldContain(@"data-editor=""sql""");
        var round = RoundId().Match(page).Groups[1].Value;

        // When: the round is finished with a correct query the learner never submitted, then graded with nothing ticked
        await client.PostAsync($"{loop}/answer", new FormUrlEncodedContent([new("round", round), new("code", SubmissionApiTests.Solution), new("mode", "finish")]));
        var store = factory.Services.GetRequiredService<IGrainStore>();
        var submission = (await store.GetMockSessionAsync(LoopId(loop)))!.Rounds[0].SubmissionId;
        submission.ShouldNotBeNull();
        (await SubmissionApiTests.FollowAsync(client, submission.Value.ToString(CultureInfo.InvariantCulture))).GetProperty("status").GetString().ShouldBe("pass");
        var grading = await client.GetStringAsync(loop);
        await client.PostAsync($"{loop}/grade", new FormUrlEncodedContent([new("round", round)]));

        // Then: the grading page showed the code and the verdict, and the pass counts in the round's verdict
        grading.ShouldContain("AVG(b.price) AS average");
        grading.ShouldContain(@"data-testid=""round-judge""");
        grading.ShouldContain("Accepted");
        var graded = (await store.GetMockSessionAsync(LoopId(loop)))!.Rounds[0];
        graded.Answer.ShouldBe(SubmissionApiTests.Solution);
        graded.Grades.Single(g => g.Criterion == Core.Learning.Mock.MockRubric.JudgedCriterion).Ticked.ShouldBeTrue();
        graded.Verdict.ShouldBe(Core.Learning.Mock.HireVerdict.LeanHire);
    }

    private static long LoopId(string loop) => long.Parse(loop[(loop.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

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
