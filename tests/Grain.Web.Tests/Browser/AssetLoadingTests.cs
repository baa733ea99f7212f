using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Pages download only the code they use: no editor without an editor, and only the editor's own language.</summary>
public sealed class AssetLoadingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<List<string>> ScriptsLoadedAsync(IPage page, string url, string? waitFor = null)
    {
        var scripts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                scripts.Add(new Uri(request.Url).AbsolutePath);
            }
        };
        await page.GotoAsync(url);
        if (waitFor is not null)
        {
            await page.WaitForSelectorAsync(waitFor);
        }
        await page.WaitForLoadStateAsync(LoadState.Load);
        return scripts;
    }

    [RequiresFact("chromium")]
    public async Task Should_Not_Load_The_Editor_On_The_Review_Page()
    {
        var page = await browser.NewPageAsync();

        var scripts = await ScriptsLoadedAsync(page, "/review");

        scripts.ShouldContain("/dist/app.js");
        scripts.ShouldNotContain(s => s.Contains("/chunks/core-", StringComparison.Ordinal) || s.Contains("/chunks/python-", StringComparison.Ordinal)
            || s.Contains("/chunks/sql-", StringComparison.Ordinal));
    }

    [RequiresFact("chromium")]
    public async Task Should_Load_Only_The_Editor_Language_The_Problem_Uses_And_Indent_Python_By_Four_Spaces()
    {
        // Given
        var page = await browser.NewPageAsync();

        // When
        var sql = await ScriptsLoadedAsync(page, "/problems/avg-price-per-item", ".cm-content");
        var pythonPage = await browser.NewPageAsync();
        var python = await ScriptsLoadedAsync(pythonPage, "/problems/count-events", ".cm-content");
        await pythonPage.ClickAsync(".cm-content");
        await pythonPage.Keyboard.PressAsync("Control+End");
        await pythonPage.Keyboard.PressAsync("Enter");
        await pythonPage.Keyboard.TypeAsync("def f():");
        await pythonPage.Keyboard.PressAsync("Enter");
        await pythonPage.Keyboard.TypeAsync("x");
        var lastLine = await pythonPage.EvaluateAsync<string>("() => document.querySelector('textarea[name=code]').value.split('\\n').pop()");

        // Then
        sql.ShouldContain(s => s.Contains("/chunks/sql-", StringComparison.Ordinal));
        sql.ShouldNotContain(s => s.Contains("/chunks/python-", StringComparison.Ordinal));
        python.ShouldContain(s => s.Contains("/chunks/python-", StringComparison.Ordinal));
        python.ShouldNotContain(s => s.Contains("/chunks/sql-", StringComparison.Ordinal));
        lastLine.ShouldBe("    x");
    }
}
