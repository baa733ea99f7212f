using Grain.Testing;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Never lose work: the editor's draft survives a reload, a dead server and a restart.</summary>
public sealed class DraftJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [RequiresTheory("chromium")]
    [InlineData(1280, "avg-price-per-item", "-- ")]
    [InlineData(375, "count-events", "# ")]
    public async Task Should_Keep_The_Draft_Through_A_Reload_And_A_Server_Restart(int width, string problem, string comment)
    {
        // Given
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync($"/problems/{problem}");
        var editor = page.Locator(".cm-content");
        var status = page.Locator("[data-draft-status]");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");

        // When
        await page.Keyboard.TypeAsync($"\n{comment}first thought {width}");
        await Assertions.Expect(status).ToHaveTextAsync("Draft saved");
        await page.ReloadAsync();

        // Then
        await Assertions.Expect(editor).ToContainTextAsync($"first thought {width}");

        // When the server dies while the learner keeps typing, then comes back
        await browser.RestartAsync(whileDown: async () =>
        {
            await editor.ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.TypeAsync($"\n{comment}typed while down {width}");
            await Assertions.Expect(status).ToContainTextAsync("server is unreachable");
        });
        await page.ReloadAsync();

        // Then the browser's copy comes back and reaches the server
        await Assertions.Expect(editor).ToContainTextAsync($"typed while down {width}");
        await Assertions.Expect(status).ToHaveTextAsync("Draft saved");
        await browser.RestartAsync();
        var fresh = await browser.NewPageAsync(width);
        await fresh.GotoAsync($"/problems/{problem}");
        await Assertions.Expect(fresh.Locator(".cm-content")).ToContainTextAsync($"typed while down {width}");
        await BrowserFixture.ScreenshotAsync(fresh, $"draft-{problem}");
        browser.CspViolations.ShouldBeEmpty();
    }

    [RequiresFact("chromium")]
    public async Task Should_Ask_Before_Resetting_To_The_Starter()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/problems/avg-price-per-item");
        var editor = page.Locator(".cm-content");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n-- keep me");
        var reset = page.GetByRole(AriaRole.Button, new() { Name = "Reset to starter" });

        // When the learner cancels
        page.Dialog += DismissOnce;
        await reset.ClickAsync();

        // Then nothing changes
        await Assertions.Expect(editor).ToContainTextAsync("-- keep me");

        // When the learner confirms
        page.Dialog -= DismissOnce;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await reset.ClickAsync();

        // Then the starter is back
        await Assertions.Expect(editor).Not.ToContainTextAsync("-- keep me");

        static async void DismissOnce(object? sender, IDialog dialog) => await dialog.DismissAsync();
    }
}
