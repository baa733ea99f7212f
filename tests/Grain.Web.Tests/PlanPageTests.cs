using System.Globalization;
using System.Text.RegularExpressions;
using Grain.Content;
using Grain.Store;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>The plan page: re-plan keeps what is done, Mark done can be undone, counts read as words, Re-assess opens prefilled.</summary>
public sealed partial class PlanPageTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_Open_Re_Assess_With_The_Last_Answers()
    {
        // Given
        var client = await factory.CreateFormClientAsync(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssessAsync(client, rating: "4", hours: "2.75");

        // When
        var page = await client.GetStringAsync("/assess");

        // Then
        page.ShouldContain(@"value=""2.75""");
        page.ShouldMatch(@"name=""r-sql"" value=""4"" required checked");
        page.ShouldContain(@"<option value=""acme"" selected");
    }

    [Fact]
    public async Task Should_Undo_Mark_Done_And_Keep_Done_Tasks_On_Re_Plan()
    {
        // Given: a plan with one of today's tasks marked done
        var client = await factory.CreateFormClientAsync(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssessAsync(client, rating: "2", hours: "1.5");
        var tasks = DoneForm().Matches(await client.GetStringAsync("/plan")).Select(m => m.Groups[1].Value).ToList();
        tasks.Count.ShouldBeGreaterThan(1);
        await client.PostAsync($"/plan/tasks/{tasks[0]}/done", new FormUrlEncodedContent([]));
        await client.PostAsync($"/plan/tasks/{tasks[1]}/done", new FormUrlEncodedContent([]));

        // When: one is undone, then the learner re-plans
        var marked = await client.GetStringAsync("/plan");
        await client.PostAsync($"/plan/tasks/{tasks[1]}/undo", new FormUrlEncodedContent([]));
        var undone = await client.GetStringAsync("/plan");
        (await client.PostAsync("/plan/replan", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var replanned = await client.GetStringAsync("/plan");

        // Then
        marked.ShouldContain($"/plan/tasks/{tasks[1]}/undo");
        undone.ShouldContain($"/plan/tasks/{tasks[1]}/done");
        undone.ShouldNotContain($"/plan/tasks/{tasks[0]}/done");
        var store = factory.Services.GetRequiredService<IGrainStore>();
        var plan = (await store.GetActivePlanAsync(await store.GetOrCreateUserAsync(IGrainStore.LocalUser)))!;
        plan.Tasks.Count(t => t.DoneAt is not null).ShouldBe(1);
        replanned.ShouldMatch(@"/plan/tasks/\d+/undo");
        replanned.ShouldNotContain("day(s)");
        replanned.ShouldMatch(@"data-testid=""plan-summary"">\d+ days? to your");
    }

    private async Task AssessAsync(HttpClient client, string rating, string hours)
    {
        var library = factory.Services.GetRequiredService<ContentLibrary>();
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        List<KeyValuePair<string, string>> form = [new("company", "acme"), new("date", date), new("hours", hours)];
        form.AddRange(library.Skills.Select(s => new KeyValuePair<string, string>($"r-{s.Id}", rating)));
        (await client.PostAsync("/assess", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    [GeneratedRegex(@"/plan/tasks/(\d+)/done")]
    private static partial Regex DoneForm();
}
