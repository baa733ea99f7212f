using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grain.Core.Learning.Planning;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>
/// Cohort mode keeps each learner's data theirs: every mapped route with an id (found from the endpoints, so a new
/// route is covered without editing this file) is tried by a second learner with the first one's ids.
/// </summary>
public sealed partial class IsolationTests : IDisposable
{
    private const string Marker = "ANA-PRIVATE-7d1e";
    private const string Problem = "avg-price-per-item";
    private readonly CohortAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_Answer_404_To_Every_Id_Route_Tried_With_Another_Learners_Ids()
    {
        // Given: ana has a submission, a draft, a plan and a mock loop with an answer; bo has nothing
        var ana = await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("bo");
        var store = _factory.Store;
        var submission = await store.CreateSubmissionAsync(ana, Problem, "sql", $"SELECT '{Marker}'");
        await store.SaveDraftAsync(ana, Problem, $"-- {Marker}", DateTimeOffset.UtcNow);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await store.SavePlanAsync(ana, null, new StudyPlan(today, today.AddDays(7), 60,
            [new PlanDay(today, [new PlanTask(PlanTaskKind.Problem, null, [Problem], 20, Marker)])]), DateTimeOffset.UtcNow);
        var task = (await store.GetActivePlanAsync(ana))!.Tasks[0].Id;
        var anaClient = await _factory.SignedInAsync("ana");
        var loop = (await anaClient.PostAsync("/mock", new FormUrlEncodedContent([new("company", "acme")]))).Headers.Location!.OriginalString;
        var mock = long.Parse(loop.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var round = RoundId().Match(await anaClient.GetStringAsync(loop)).Groups[1].Value;
        await anaClient.PostAsync($"{loop}/answer", new FormUrlEncodedContent([new("round", round), new("answer", Marker)]));
        var bo = await _factory.SignedInAsync("bo");
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 && !e.RoutePattern.RawText!.Contains('*'))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Template: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct().ToList();

        // When
        var wrong = new List<string>();
        foreach (var (method, template) in routes)
        {
            foreach (var id in new[] { submission, mock, task }.Distinct())
            {
                var url = Regex.Replace(template, @"\{[^}]+\}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var response = await bo.SendAsync(Request(method, url, round));
                var body = await response.Content.ReadAsStringAsync();
                var expected = template.StartsWith("/api/cohorts/", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
                if (response.StatusCode != expected || body.Contains(Marker, StringComparison.Ordinal))
                {
                    wrong.Add($"{method} {url}: {(int)response.StatusCode}, expected {(int)expected}{(body.Contains(Marker, StringComparison.Ordinal) ? ", and shows ana's data" : "")}");
                }
            }
        }

        // Then
        routes.Count.ShouldBeGreaterThan(10);
        routes.ShouldContain(("GET", "/submissions/{id}"));
        routes.ShouldContain(("POST", "/plan/tasks/{id:long}/done"));
        wrong.ShouldBeEmpty();
        (await anaClient.GetAsync($"/submissions/{submission}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anaClient.GetAsync(loop)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await store.GetActivePlanAsync(ana))!.Tasks[0].DoneAt.ShouldBeNull();
        (await store.GetMockSessionAsync(mock))!.Rounds.ShouldAllBe(r => r.Verdict == null);
    }

    [Fact]
    public async Task Should_Show_Each_Learner_Only_Their_Own_Lists_And_Items()
    {
        // Given
        var ana = await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("bo");
        await _factory.Store.CreateSubmissionAsync(ana, Problem, "sql", $"SELECT '{Marker}'");
        await _factory.Store.SaveDraftAsync(ana, Problem, $"-- {Marker}", DateTimeOffset.UtcNow);
        await _factory.Store.RevealHintAsync(ana, Problem, 1);
        var bo = await _factory.SignedInAsync("bo");

        // When
        var submissions = await bo.GetFromJsonAsync<JsonElement>("/api/submissions");
        var draft = await bo.GetAsync($"/api/problems/{Problem}/draft");
        var pages = new[] { "/", "/problems", $"/problems/{Problem}", $"/problems/{Problem}/history", "/mock", "/plan", "/progress", "/api/progress" };
        var bodies = new List<string>();
        foreach (var page in pages)
        {
            bodies.Add(await bo.GetStringAsync(page));
        }

        // Then
        submissions.GetArrayLength().ShouldBe(0);
        (await draft.Content.ReadAsStringAsync()).ShouldNotContain(Marker);
        bodies.ShouldAllBe(b => !b.Contains(Marker));
        (await _factory.Store.GetRevealedHintsAsync(ana, Problem)).ShouldBe([1]);
    }

    [Fact]
    public async Task Should_Record_A_Graded_Submit_On_The_Submitters_Schedule()
    {
        // Given
        var ana = await _factory.AddUserAsync("ana");
        var bo = await _factory.AddUserAsync("bo");
        var client = await _factory.SignedInAsync("bo");

        // When
        var accepted = await client.PostAsJsonAsync("/api/submissions", new { problem = Problem, language = "sql", code = SubmissionApiTests.Solution });
        var url = accepted.Headers.Location!.OriginalString;
        JsonElement graded;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        do
        {
            await Task.Delay(100);
            graded = await client.GetFromJsonAsync<JsonElement>(url);
        }
        while (graded.GetProperty("state").GetString() is "queued" or "running" && DateTime.UtcNow < deadline);

        // Then
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        graded.GetProperty("state").GetString().ShouldBe("done");
        (await _factory.Store.GetCardAsync(bo, Problem)).ShouldNotBeNull();
        (await _factory.Store.GetCardAsync(ana, Problem)).ShouldBeNull();
        var local = await _factory.Store.GetUserAsync(Grain.Store.IGrainStore.LocalUser);
        if (local is not null)
        {
            (await _factory.Store.GetCardAsync(local.Id, Problem)).ShouldBeNull();
        }
    }

    private static HttpRequestMessage Request(string method, string url, string round)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent("{\"code\":\"x\",\"language\":\"sql\"}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([new("round", round), new("answer", "bo's answer"), new("code", "SELECT 2"), new("strong", "0"), new("item", "x"), new("rating", "3")]);
        }
        return request;
    }

    [GeneratedRegex(@"name=""round"" value=""(\d+)""")]
    private static partial Regex RoundId();
}
