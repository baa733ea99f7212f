using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

public sealed class ProblemJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresFact("chromium")]
    public async Task Should_Solve_Avg_Price_Per_Item_In_The_Editor()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/problems/avg-price-per-item");
        var editor = page.Locator(".cm-content");
        await editor.ClickAsync();

        // When
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(SubmissionApiTests.Solution);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then
        var status = page.Locator("[data-testid=result-status]");
        await Assertions.Expect(status).ToHaveTextAsync("Accepted");
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("Discussion");
        await Assertions.Expect(page.Locator(".result [data-testid=reference]")).ToContainTextAsync("AVG(");
        await BrowserFixture.ScreenshotAsync(page, "3-solve-avg-price-per-item");
        browser.CspViolations.ShouldBeEmpty();
    }

    [RequiresFact("chromium")]
    public async Task Should_Fail_The_Scale_Check_When_Count_Events_Materialises_The_Input()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/problems/count-events");
        await page.Locator(".cm-content").ClickAsync();

        // When
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        // Right answers, but list(events) holds the whole input in memory (the editor indents the second line itself).
        await page.Keyboard.TypeAsync("import collections\ndef count_events(events):\nreturn dict(collections.Counter((e[\"user_id\"], e[\"event_type\"]) for e in list(events)))");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Not yet", new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("the whole input was held in memory");
        await Assertions.Expect(page.Locator(".result .verdict-MLE").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".result .uplot")).ToBeVisibleAsync();
        // Two y axes: CPU ms on the left, peak MB on the right (and the x axis).
        await Assertions.Expect(page.Locator(".result .uplot .u-axis")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "4-count-events-scale-fails");
        browser.CspViolations.ShouldBeEmpty();
    }

    [RequiresFact("chromium")]
    public async Task Should_Practise_A_Design_Round_And_Get_A_Verdict()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/practice/clickstream-pipeline");
        await Assertions.Expect(page.Locator("[data-countdown]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[12]:\d\d$"));

        // When
        await page.GetByLabel("Your answer").FillAsync("Size the volume, then window by event time with a watermark.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish and compare" }).ClickAsync();
        await page.GetByLabel("Sizes the event volume").CheckAsync();
        await page.GetByLabel("Handles late events with a watermark").CheckAsync();
        await Assertions.Expect(page.Locator("[data-verdict]")).ToHaveTextAsync("Strong Hire");
        await BrowserFixture.ScreenshotAsync(page, "practice-compare");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record verdict" }).ClickAsync();

        // Then
        await Assertions.Expect(page.Locator("[data-testid=verdict]")).ToHaveTextAsync("Strong Hire");
    }
}
