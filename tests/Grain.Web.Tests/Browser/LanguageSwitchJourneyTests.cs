using System.Text.RegularExpressions;
using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>The problem page's language and engine switches, at a desktop and a phone width.</summary>
public sealed class LanguageSwitchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every item, list price as the "average": wrong values, and items nobody bought.
    private const string WrongPandas = "import pandas as pd\ndef solution(Customer, Item, BoughtItem):\nreturn Item.rename(columns={\"price\": \"average\"})[[\"title\", \"average\"]]";

    private const string RightPandas = "import pandas as pd\ndef solution(Customer, Item, BoughtItem):\n"
        + "return BoughtItem.merge(Item, left_on=\"itemid\", right_on=\"id\").groupby([\"itemid\", \"title\"], as_index=False)[\"price_x\"].mean()"
        + ".rename(columns={\"price_x\": \"average\"})[[\"title\", \"average\"]]";

    [RequiresTheory("chromium", "pandas", "bubblewrap")]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Should_Answer_In_Pandas_Then_In_Sql_On_DuckDB(int width)
    {
        // Given
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/problems/avg-price-per-item");

        // When: pandas, a wrong answer run on the examples
        await page.Locator("[data-testid=language-switch]").GetByRole(AriaRole.Link, new() { Name = "pandas" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/problems/avg-price-per-item\?language=pandas$"));
        // The Python editor mode, with the pandas starter (the editor shows the learner's draft when there is one).
        await Assertions.Expect(page.Locator(".cm-content[data-language=python]")).ToBeVisibleAsync();
        (await page.Locator("#starter-code").InnerHTMLAsync()).ShouldContain("def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame)");
        await ReplaceCodeAsync(page, WrongPandas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run examples" }).ClickAsync();

        // Then: the row diff
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Examples fail", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("Extra rows");
        await FitsAndScreenshotAsync(page, width, $"pandas-wrong-{width}");

        // When: the right answer, submitted
        await ReplaceCodeAsync(page, RightPandas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then: accepted, with the scale chart of the pandas scale group
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator(".result .uplot")).ToBeVisibleAsync();
        await FitsAndScreenshotAsync(page, width, $"pandas-accepted-{width}");

        // When: back to SQL (its own draft), DuckDB, submitted
        await page.Locator("[data-testid=language-switch]").GetByRole(AriaRole.Link, new() { Name = "SQL" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/problems/avg-price-per-item$"));
        await Assertions.Expect(page.Locator(".cm-content[data-language=sql]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=engine-switch]").GetByRole(AriaRole.Link, new() { Name = "DuckDB" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/problems/avg-price-per-item\?language=sql&engine=duckdb$"));
        await ReplaceCodeAsync(page, SubmissionApiTests.Solution);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // Then: graded on DuckDB
        await Assertions.Expect(page.Locator("[data-testid=result-status]")).ToHaveTextAsync("Accepted", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".result .notes")).ToContainTextAsync("engine: duckdb");
        await FitsAndScreenshotAsync(page, width, $"duckdb-accepted-{width}");
        browser.CspViolations.ShouldBeEmpty();
    }

    private static async Task ReplaceCodeAsync(IPage page, string code)
    {
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(code);
    }

    // Nothing wider than the screen (no horizontal scrolling), then screenshots at both widths, back at the test's width.
    private static async Task FitsAndScreenshotAsync(IPage page, int width, string name)
    {
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await BrowserFixture.ScreenshotAsync(page, name);
        await page.SetViewportSizeAsync(width, 800);
    }
}
