using System.Net.Http.Json;
using System.Text.Json;
using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>
/// Every page at 1280 and 375 px, with a screenshot of each: nothing wider than a 375 px screen, no console error, and
/// no serious or critical axe-core violation (nor one of the rules the tour once found broken).
/// </summary>
public sealed class PageTourTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Pages =
    [
        "/", "/library", "/library?kind=card&mark=flagged", "/cards/count-rules-1", "/cards/idempotent-loads", "/review", "/review?topic=sql-aggregation",
        "/problems", "/problems/avg-price-per-item", "/problems/count-events",
        "/practice", "/practice/clickstream-pipeline", "/practice/ownership-story", "/assess", "/plan", "/mock", "/progress",
        "/guides", "/guides/cheat-sheet", "/no-such-page",
    ];

    // Rules that fail the tour whatever axe's impact for them: each was once broken on a page.
    private static readonly string[] AlwaysChecked = ["label-content-name-mismatch", "heading-order", "scrollable-region-focusable", "empty-table-header", "page-has-heading-one"];

    private static string AxeScript => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Grain.Web", "node_modules", "axe-core", "axe.min.js"));

    [RequiresFact("chromium")]
    public async Task Should_Fit_Every_Page_In_A_375_Pixel_Screen_Without_Console_Errors_Or_Serious_Axe_Violations()
    {
        // Given a submission, so its page is part of the tour
        var submission = await SubmitAsync();
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The 404 page's own status is logged by Chromium as a failed load: that one is expected.
            if (message.Type == "error" && !page.Url.EndsWith("/no-such-page", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: page error: {error}");
        var axe = AxeScript;

        // When
        foreach (var url in Pages.Append("/submissions/" + submission).Append("compare"))
        {
            if (url == "compare")
            {
                // The practice compare page, with an answer of one long unbroken line.
                await page.GotoAsync("/practice/ownership-story");
                await page.FillAsync("#answer", "I owned the migration of the nightly loads: " + string.Concat(Enumerable.Repeat("idempotent_partition_overwrite_", 12)));
                await page.ClickAsync("text=Finish and compare");
            }
            else
            {
                await page.GotoAsync(url);
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var headings = await page.EvaluateAsync<int>("() => document.querySelectorAll('h1').length");
            if (headings != 1)
            {
                problems.Add($"{url} has {headings} h1 headings");
            }
            await BrowserFixture.ScreenshotAsync(page, "tour" + (url == "/" ? "-dashboard" : url.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-')));
            foreach (var width in new[] { 375, 1280 })
            {
                await page.SetViewportSizeAsync(width, 800);
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    problems.Add($"{url} is {scrollWidth} px wide at {width} px");
                }
            }
            // At 375 px, where code blocks and tables overflow their box and must be reachable by keyboard.
            await page.SetViewportSizeAsync(375, 800);
            problems.AddRange((await AxeViolationsAsync(page, axe)).Select(v => $"{url}: {v}"));
        }

        // Then
        problems.ShouldBeEmpty();
    }

    private async Task<long> SubmitAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var answer = await http.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution, examplesOnly = true });
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page, string axe)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not stop the script.
        await page.EvaluateAsync("source => { if (!window.axe) { (0, eval)(source); } }", axe);
        return await page.EvaluateAsync<string[]>("""
            async (always) => {
              const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical' || always.includes(v.id))
                .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """, AlwaysChecked);
    }
}
