using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>See results as they come: partial groups before the verdict, and a verdict that arrives across a server restart.</summary>
public sealed class ResultJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresFact("chromium")]
    public async Task Should_Show_Finished_Groups_Before_The_Final_Verdict()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/problems/count-events");
        await ReplaceCodeAsync(page);

        // When
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then
        var partial = page.Locator("#results .partial-result h3");
        await Assertions.Expect(partial.First).ToBeVisibleAsync(new() { Timeout = 90_000 });
        (await page.Locator("[data-testid=result-status]").CountAsync()).ShouldBe(0);
        await BrowserFixture.ScreenshotAsync(page, "results-partial");
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 90_000 });
        browser.CspViolations.ShouldBeEmpty();
    }

    [RequiresFact("chromium")]
    public async Task Should_Reconnect_And_Show_The_Verdict_When_The_Server_Restarts_During_Grading()
    {
        // Given
        var page = await browser.NewPageAsync(375);
        await page.GotoAsync("/problems/count-events");
        await ReplaceCodeAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#results [data-poll-status]")).ToContainTextAsync("Grading", new() { Timeout = 60_000 });

        // When
        await browser.RestartAsync(whileDown: async () =>
            await Assertions.Expect(page.Locator("#results [data-poll-status]")).ToContainTextAsync("Reconnecting", new() { Timeout = 30_000 }));

        // Then
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 120_000 });
        await BrowserFixture.ScreenshotAsync(page, "results-after-restart");
        browser.CspViolations.ShouldBeEmpty();
    }

    private static async Task ReplaceCodeAsync(IPage page)
    {
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        // Streams the events: right answers, bounded memory (the editor indents the second line itself).
        await page.Keyboard.TypeAsync("import collections\ndef count_events(events):\nreturn dict(collections.Counter((e[\"user_id\"], e[\"event_type\"]) for e in events))");
    }
}
