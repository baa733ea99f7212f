using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Mock rounds that judge: the coding round embeds the editor, Submit goes to the real judge, and the grading page shows the code and the verdict.</summary>
public sealed class MockJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresTheory("chromium")]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Should_Submit_The_Coding_Round_To_The_Judge(int width)
    {
        // Given: a loop of the company whose only round is practical coding
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/mock");
        await page.GetByLabel("Company profile").SelectOptionAsync("pipeline-co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the loop" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Practical coding");
        await page.Locator(".cm-content").ClickAsync();

        // When: the candidate writes a solution and submits it
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("import collections\ndef count_events(events):\nreturn dict(collections.Counter((e[\"user_id\"], e[\"event_type\"]) for e in events))");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then: the judge's verdict shows in the round, and after Finish the grading page shows the code and the verdict
        await Assertions.Expect(page.Locator("#results [data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 90_000 });
        await BrowserFixture.ScreenshotAsync(page, $"mock-coding-round-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish round" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("round-answer")).ToContainTextAsync("collections.Counter");
        await Assertions.Expect(page.Locator("[data-testid=round-judge] [data-testid=result-status]")).ToHaveTextAsync("Accepted");
        await Assertions.Expect(page.Locator("input[data-judged]")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, $"mock-coding-grade-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish the loop" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("loop-verdict")).ToContainTextAsync("Hire");
        browser.CspViolations.ShouldBeEmpty();
    }
}
