using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Learn from the answer: the reference solution appears only after a pass or "Give up".</summary>
public sealed class ReferenceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresTheory("chromium")]
    [InlineData(1280, "avg-price-per-item", "AVG(")]
    [InlineData(375, "count-events", "def count_events")]
    public async Task Should_Show_The_Reference_Only_After_Giving_Up(int width, string problem, string referenceText)
    {
        // Given
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync($"/problems/{problem}");
        await Assertions.Expect(page.Locator("[data-testid=reference]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-hint-warning]")).ToContainTextAsync("lowers this problem's rating");

        // When
        await page.GetByTestId("give-up").ClickAsync();

        // Then
        var reference = page.Locator("#reference");
        await Assertions.Expect(reference).ToBeVisibleAsync();
        await Assertions.Expect(reference.Locator("pre")).ToContainTextAsync(referenceText);
        await Assertions.Expect(page.GetByTestId("give-up")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, $"reference-{problem}");
        browser.CspViolations.ShouldBeEmpty();
    }
}
