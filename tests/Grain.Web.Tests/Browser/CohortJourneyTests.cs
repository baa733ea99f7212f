using Grain.Store;
using Grain.Testing;
using Grain.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Cohort mode in a browser: sign in, solve a problem, see it as one's own, sign out; another learner cannot see it.</summary>
public sealed class CohortJourneyTests(CohortBrowserFixture browser) : IClassFixture<CohortBrowserFixture>
{
    private const string Password = "correct horse battery";

    [RequiresTheory("chromium")]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Should_Sign_In_Solve_Sign_Out_And_Keep_The_Work_From_Another_Learner(int width)
    {
        // Given
        var store = browser.Services.GetRequiredService<IGrainStore>();
        var (ana, bo) = ($"ana-{width}", $"bo-{width}");
        foreach (var name in new[] { ana, bo })
        {
            await store.AddUserAsync(new NewUser(name, UserRoles.Learner, "spring", AccountSecrets.HashPassword(name, Password)), DateTimeOffset.UtcNow);
        }
        var page = await browser.NewPageAsync(width);

        // When ana opens a problem, signs in and solves it
        await page.GotoAsync("/problems/avg-price-per-item");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?return="));
        await BrowserFixture.ScreenshotAsync(page, $"cohort-login-{width}");
        await SignInAsync(page, ana);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/problems/avg-price-per-item$"));
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(SubmissionApiTests.Solution);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then it is hers
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 60_000 });
        var mine = await store.GetSubmissionsAsync((await store.GetUserAsync(ana))!.Id);
        mine.Count.ShouldBe(1);
        await page.GotoAsync($"/submissions/{mine[0].Id}");
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted");
        await BrowserFixture.ScreenshotAsync(page, $"cohort-own-submission-{width}");

        // When she signs out
        await page.SetViewportSizeAsync(width, 800);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        if (await menu.IsVisibleAsync())
        {
            await menu.ClickAsync();
        }
        await page.GetByRole(AriaRole.Link, new() { Name = $"Sign out {ana}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Then the pages ask for a sign-in again
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login$"));
        await page.GotoAsync($"/submissions/{mine[0].Id}");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?return="));

        // When bo signs in and tries her submission
        await SignInAsync(page, bo);
        var response = await page.GotoAsync($"/submissions/{mine[0].Id}");

        // Then it does not exist for him
        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("AVG(");
        await BrowserFixture.ScreenshotAsync(page, $"cohort-other-learner-{width}");
        browser.CspViolations.ShouldBeEmpty();
    }

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
