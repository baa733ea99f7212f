using System.Net;
using System.Text.RegularExpressions;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>What the Razor components promise on every page: encoded values, antiforgery tokens in post forms, no inline script.</summary>
public sealed partial class RazorPageTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    private static readonly string[] Pages =
    [
        "/", "/library", "/cards/count-rules-1", "/review", "/problems", "/problems/avg-price-per-item", "/practice",
        "/practice/clickstream-pipeline", "/guides", "/assess", "/plan", "/mock", "/progress",
    ];

    [Fact]
    public async Task Should_Put_An_Antiforgery_Token_In_Every_Post_Form()
    {
        // Given
        var client = factory.CreateClient();
        var forms = new List<string>();

        // When
        foreach (var page in Pages)
        {
            var html = await client.GetStringAsync(page);
            forms.AddRange(PostForm().Matches(html).Select(m => $"{page}: {m.Value}"));
        }

        // Then
        forms.ShouldNotBeEmpty();
        forms.Where(f => !f.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Render_No_Inline_Script_Or_Event_Handler()
    {
        // Given
        var client = factory.CreateClient();
        var found = new List<string>();

        // When
        foreach (var page in Pages)
        {
            var html = await client.GetStringAsync(page);
            found.AddRange(InlineScript().Matches(html).Select(m => $"{page}: {m.Value}"));
        }

        // Then
        found.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Encode_What_The_Address_Brings_Into_The_Page()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/problems/%3Cscript%3Ealert(1)");

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<code>&lt;script&gt;alert");
        html.ShouldNotContain("<script>alert(1)");
    }

    [Fact]
    public async Task Should_Answer_A_Hint_Reveal_From_Htmx_With_The_Fragment_Only()
    {
        // Given a client that carries the page's antiforgery token, as htmx does
        var client = await factory.CreateFormClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/practice/clickstream-pipeline/hints") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("HX-Request", "true");

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldStartWith("<section id=\"hints\"");
        html.ShouldContain("<h3>Hint 1</h3>");
        html.ShouldNotContain("<nav");
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[\\s\\S]*?</form>")]
    private static partial Regex PostForm();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
