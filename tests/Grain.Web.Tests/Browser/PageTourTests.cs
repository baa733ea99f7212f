using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Every page at 1280 and 375 px: nothing wider than the screen, and a screenshot of each to look at.</summary>
public sealed class PageTourTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Pages =
    [
        "/", "/library", "/cards/count-rules-1", "/review", "/problems", "/problems/avg-price-per-item", "/problems/count-events",
        "/practice", "/practice/clickstream-pipeline", "/practice/ownership-story", "/assess", "/plan", "/mock", "/progress",
        "/guides", "/guides/cheat-sheet", "/no-such-page",
    ];

    [RequiresFact("chromium")]
    public async Task Should_Fit_Every_Page_In_A_375_Pixel_Screen()
    {
        // Given
        var page = await browser.NewPageAsync();
        var tooWide = new List<string>();

        // When
        foreach (var url in Pages)
        {
            await page.GotoAsync(url);
            await BrowserFixture.ScreenshotAsync(page, "tour" + (url == "/" ? "-dashboard" : url.Replace('/', '-')));
            await page.SetViewportSizeAsync(375, 800);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 375)
            {
                tooWide.Add($"{url} is {width} px wide");
            }
            await page.SetViewportSizeAsync(1280, 800);
        }

        // Then
        tooWide.ShouldBeEmpty();
    }
}
