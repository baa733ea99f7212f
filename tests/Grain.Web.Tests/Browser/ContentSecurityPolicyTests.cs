using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>The editor, the charts and htmx work under the Content-Security-Policy, and Chromium reports no violation.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresFact("chromium")]
    public async Task Should_Mount_The_Editor_And_Reveal_A_Hint_With_Htmx_Under_The_Policy()
    {
        // Given
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/problems/avg-price-per-item");
        await Assertions.Expect(page.Locator(".cm-content")).ToBeVisibleAsync();

        // When: htmx posts the hint form (token in the header and the field), swapping the hints in place
        await page.GetByRole(AriaRole.Button, new() { Name = "Show hint 1 of 3" }).ClickAsync();

        // Then
        (await response!.HeaderValueAsync("content-security-policy")).ShouldNotBeNull().ShouldContain("script-src 'self'");
        await Assertions.Expect(page.Locator("#hints")).ToContainTextAsync("Hint 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show hint 2 of 3" })).ToBeVisibleAsync();
        page.Url.ShouldNotContain("#hints");
        browser.CspViolations.ShouldBeEmpty();
    }

    [RequiresFact("chromium")]
    public async Task Should_Filter_The_Library_Live_And_Open_Every_Page_Without_A_Violation()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/library");

        // When
        await page.GetByLabel("Search").FillAsync("count");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=count"));
        foreach (var url in new[] { "/", "/review", "/progress", "/plan", "/assess", "/mock", "/practice/clickstream-pipeline", "/guides/cheat-sheet" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // Then
        browser.CspViolations.ShouldBeEmpty();
    }
}
