using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

public sealed class LearningJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresFact("chromium")]
    public async Task Should_Go_From_First_Run_Through_Self_Assessment_To_A_Plan()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start the self-assessment" }).ClickAsync();

        // When
        foreach (var group in await page.Locator("fieldset.card").AllAsync())
        {
            await group.GetByLabel("3").CheckAsync();
        }
        await page.GetByLabel("Interview date").FillAsync(DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Build my plan" }).ClickAsync();

        // Then
        await Assertions.Expect(page.Locator("[data-testid=plan-summary]")).ToContainTextAsync("14 days");
        await Assertions.Expect(page.Locator(".plan-day.today")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "1-first-run-plan");
    }

    [RequiresFact("chromium")]
    public async Task Should_Review_Three_Cards_With_The_Keyboard()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/review");

        // When
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(page.Locator("[data-testid=review-progress]")).ToContainTextAsync($"{i} reviewed");
            await page.Keyboard.PressAsync(" ");
            await Assertions.Expect(page.Locator("[data-answer]")).ToBeVisibleAsync();
            if (i == 2)
            {
                await BrowserFixture.ScreenshotAsync(page, "2-review-revealed");
            }
            await page.Keyboard.PressAsync("3");
        }

        // Then
        await Assertions.Expect(page.Locator("[data-testid=review-progress]")).ToContainTextAsync("3 reviewed");
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Locator("[data-testid=review-progress]")).ToContainTextAsync("2 reviewed");
    }

    [RequiresFact("chromium")]
    public async Task Should_Run_A_Two_Round_Mock_Loop_To_A_Scorecard()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/mock");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the loop" }).ClickAsync();

        // When
        await Assertions.Expect(page.Locator("[data-countdown]")).ToBeVisibleAsync();
        // The SQL round embeds the problem editor: the code typed there is handed in by "Finish round".
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("SELECT item, AVG(price) FROM sales GROUP BY item");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish round" }).ClickAsync();
        // The judge decides (and locks) the "correct solution" line once the round's Submit is graded: tick the others.
        var strong = page.Locator("input[data-level=strong]:not([disabled])");
        for (var i = 0; i < await strong.CountAsync(); i++)
        {
            await strong.Nth(i).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Next round" }).ClickAsync();
        await page.GetByLabel("Your answer").FillAsync("The nightly load failed; I found the root cause and added an alert.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish round" }).ClickAsync();
        await page.Locator("input[data-level=lean]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish the loop" }).ClickAsync();

        // Then
        await Assertions.Expect(page.Locator("[data-testid=scorecard] tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=loop-verdict]")).ToContainTextAsync("Hire");
        await BrowserFixture.ScreenshotAsync(page, "5-mock-scorecard");
    }
}
