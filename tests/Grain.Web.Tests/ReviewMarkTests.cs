using System.Net;
using Grain.Core.Learning;
using Grain.Store;
using Grain.Web.Accounts;
using Grain.Web.Learning;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Suspend, bury and flag a card from the review page, and custom study of a topic, through the real store.</summary>
public sealed class ReviewMarkTests : IDisposable
{
    private readonly GrainAppFactory _factory = new();
    private readonly ShiftedClock _clock = new();
    private readonly WebApplicationFactory<Program> _app;

    public ReviewMarkTests() =>
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    private IGrainStore Store => _app.Services.GetRequiredService<IGrainStore>();

    private async Task<long> UserAsync() => await _app.Services.GetRequiredService<LocalUser>().IdAsync();

    private static string ShownItem(string page) => page.Split("name=\"item\" value=\"")[1].Split('"')[0];

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Fact]
    public async Task Should_Take_A_Suspended_Card_Out_Of_Every_Queue_Until_Unsuspended_From_The_Library()
    {
        // Given
        var client = await _app.CreateFormClientAsync();
        var item = ShownItem(await client.GetStringAsync("/review"));

        // When
        (await client.PostAsync("/review/suspend", Form(("item", item)))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Then: gone from today's queue, tomorrow's and custom study; listed in the library with an Unsuspend
        (await client.GetStringAsync("/review")).ShouldNotContain($"name=\"item\" value=\"{item}\"");
        _clock.Offset = TimeSpan.FromDays(1);
        (await client.GetStringAsync("/review")).ShouldNotContain($"name=\"item\" value=\"{item}\"");
        (await client.GetStringAsync("/review?topic=sql-aggregation")).ShouldNotContain($"name=\"item\" value=\"{item}\"");
        var library = await client.GetStringAsync("/library");
        library.ShouldContain("data-testid=\"suspended-cards\"");
        library.ShouldContain($"action=\"/cards/{item}/unsuspend\"");
        (await client.GetStringAsync("/library?mark=suspended")).ShouldContain($"href=\"/cards/{item}\"");

        // When unsuspended
        (await client.PostAsync($"/cards/{item}/unsuspend", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Then
        (await Store.GetCardMarksAsync(await UserAsync())).ShouldBeEmpty();
        (await client.GetStringAsync("/library")).ShouldNotContain("data-testid=\"suspended-cards\"");
    }

    [Fact]
    public async Task Should_Bring_A_Buried_Card_Back_In_The_Next_Days_Queue()
    {
        // Given
        var client = await _app.CreateFormClientAsync();
        var item = ShownItem(await client.GetStringAsync("/review"));

        // When
        await client.PostAsync("/review/bury", Form(("item", item)));

        // Then
        (await client.GetStringAsync("/review")).ShouldNotContain($"name=\"item\" value=\"{item}\"");
        _clock.Offset = TimeSpan.FromDays(1);
        (await client.GetStringAsync("/review?item=" + item)).ShouldContain($"name=\"item\" value=\"{item}\"");
    }

    [Fact]
    public async Task Should_Flag_A_Card_Show_The_Marker_And_Filter_The_Library_By_It()
    {
        // Given
        var client = await _app.CreateFormClientAsync();
        var item = ShownItem(await client.GetStringAsync("/review"));

        // When
        var flagged = await client.PostAsync("/review/flag", Form(("item", item)));

        // Then: the same card comes back with the marker, and it is the only card under "flagged"
        var page = await flagged.Content.ReadAsStringAsync();
        ShownItem(page).ShouldBe(item);
        page.ShouldContain("class=\"chip flagged\"");
        var library = await client.GetStringAsync("/library?mark=flagged");
        library.ShouldContain($"href=\"/cards/{item}\"");
        library.ShouldContain("1 of ");
        (await client.GetStringAsync($"/cards/{item}")).ShouldContain("class=\"chip flagged\"");

        // When flagged again, the flag comes off
        await client.PostAsync("/review/flag", Form(("item", item)));
        (await Store.GetCardMarksAsync(await UserAsync())).ShouldBeEmpty();
        // The pages keep the marks in memory between views (SQLite): the change shows at once.
        (await client.GetStringAsync($"/cards/{item}")).ShouldNotContain("class=\"chip flagged\"");
        (await client.GetStringAsync("/review")).ShouldNotContain("class=\"chip flagged\"");
    }

    [Fact]
    public async Task Should_Study_A_Topic_Now_Without_Moving_A_Card_Scheduled_For_Later()
    {
        // Given a card reviewed as Easy (scheduled days ahead)
        var client = await _app.CreateFormClientAsync();
        var item = ShownItem(await client.GetStringAsync("/review?topic=sql-aggregation"));
        await client.PostAsync("/review", Form(("item", item), ("rating", "4")));
        var user = await UserAsync();
        var scheduled = (await Store.GetCardAsync(user, item)).ShouldNotBeNull();
        scheduled.Due.ShouldBeGreaterThan(_clock.GetUtcNow().AddDays(1));
        var logs = (await Store.GetReviewLogsAsync(user)).Count;

        // When the topic is studied now and the card rated Again
        var page = await client.GetStringAsync("/review?topic=sql-aggregation&item=" + item);
        var rated = await client.PostAsync("/review", Form(("item", item), ("rating", "1"), ("topic", "sql-aggregation")));

        // Then the page said so, and the card kept its schedule and is not shown again in this session
        page.ShouldContain("data-testid=\"practice-only\"");
        page.ShouldContain("data-testid=\"custom-note\"");
        rated.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/review?topic=sql-aggregation");
        (await Store.GetCardAsync(user, item)).ShouldBe(scheduled);
        (await Store.GetReviewLogsAsync(user)).Count.ShouldBe(logs);
        (await rated.Content.ReadAsStringAsync()).ShouldNotContain($"name=\"item\" value=\"{item}\"");
    }

    [Fact]
    public async Task Should_Answer_404_For_Custom_Study_Of_An_Unknown_Topic_And_400_For_A_Mark_On_An_Unknown_Card()
    {
        var client = await _app.CreateFormClientAsync();

        (await client.GetAsync("/review?topic=no-such-topic")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/review/suspend", Form(("item", "no-such-card")))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsync("/cards/no-such-card/unsuspend", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }
}
