using Grain.Testing;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>Library filters in the address (Back restores them), Esc closes the mobile menu, Ctrl+Enter anywhere on the problem page.</summary>
public sealed class NavigationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The address is polled, not awaited as a navigation event: htmx replaces then pushes the address within a few
    // milliseconds, and a wait for "the next navigation" could take the first of the two and then time out.
    private static readonly Regex KindCard = new("kind=card");

    [RequiresFact("chromium")]
    public async Task Should_Restore_The_Library_Filters_On_Back()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/library");
        var all = await page.InnerTextAsync("#results [role=status]");

        // When a filter is chosen, then Back is pressed
        await page.SelectOptionAsync("#f-kind", "card");
        await Assertions.Expect(page).ToHaveURLAsync(KindCard);
        await Assertions.Expect(page.Locator("#results [role=status]")).Not.ToHaveTextAsync(all);
        var cards = await page.InnerTextAsync("#results [role=status]");
        await page.GoBackAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(KindCard);

        // Then the form and the results are those of the address
        await Assertions.Expect(page.Locator("#results [role=status]")).ToHaveTextAsync(all);
        (await page.InputValueAsync("#f-kind")).ShouldBe("");

        // And Forward brings the filter back, in the form too
        await page.GoForwardAsync();
        await Assertions.Expect(page).ToHaveURLAsync(KindCard);
        await Assertions.Expect(page.Locator("#results [role=status]")).ToHaveTextAsync(cards);
        (await page.InputValueAsync("#f-kind")).ShouldBe("card");
    }

    [RequiresFact("chromium")]
    public async Task Should_Close_The_Mobile_Menu_With_Escape()
    {
        // Given
        var page = await browser.NewPageAsync(375);
        await page.GotoAsync("/library");
        await page.ClickAsync("[data-nav-toggle]");
        (await page.GetAttributeAsync("[data-nav-toggle]", "aria-expanded")).ShouldBe("true");

        // When
        await page.Keyboard.PressAsync("Escape");

        // Then
        (await page.GetAttributeAsync("[data-nav-toggle]", "aria-expanded")).ShouldBe("false");
        (await page.EvaluateAsync<bool>("() => document.body.classList.contains('nav-open')")).ShouldBeFalse();
    }

    [RequiresFact("chromium")]
    public async Task Should_Run_The_Examples_With_Ctrl_Enter_From_Anywhere_On_The_Problem_Page()
    {
        // Given the focus outside the editor form (on the statement)
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/problems/avg-price-per-item");
        await page.WaitForSelectorAsync(".cm-content");
        await page.ClickAsync("h1");

        // When
        await page.Keyboard.PressAsync("Control+Enter");

        // Then a Run was sent and its result panel follows it
        await page.WaitForSelectorAsync("#results [data-poll], #results .result-head", new PageWaitForSelectorOptions { Timeout = 15_000 });
    }
}
