using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Grain.Web.Security;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grain.Web.Tests;

/// <summary>The web app on a network: no request forgery, no foreign Host, strict headers, bounded bodies.</summary>
public sealed partial class SecurityTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    private static readonly string[] Pages =
    [
        "/", "/library", "/cards/count-rules-1", "/review", "/problems", "/problems/avg-price-per-item", "/problems/count-events",
        "/practice", "/practice/clickstream-pipeline", "/practice/orders-star", "/practice/ownership-story", "/assess", "/plan",
        "/mock", "/progress", "/guides", "/guides/cheat-sheet", "/no-such-page",
    ];

    private const string Submission = "{\"problem\":\"avg-price-per-item\",\"language\":\"sql\",\"code\":\"SELECT 1\"}";

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "http://localhost:3000")]
    [InlineData("Origin", "null")]
    public async Task Should_Refuse_A_Cross_Site_Text_Plain_Post_To_The_Submission_Api(string header, string value)
    {
        // Given: what a form or fetch on another site can send without a preflight
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = new StringContent(Submission, Encoding.UTF8, "text/plain") };
        request.Headers.Add(header, value);

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("another site");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Should_Answer_An_Api_Body_That_Is_Not_Json_With_415(string contentType)
    {
        // Given
        var client = factory.CreateClient();
        var content = new StringContent(Submission, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        // When
        var response = await client.PostAsync("/api/submissions", content);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("application/json");
    }

    [Fact]
    public async Task Should_Accept_A_Same_Origin_Json_Post_From_Grains_Own_Page()
    {
        // Given: what the problem page's script sends
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = new StringContent(Submission, Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("/problems/avg-price-per-item/submit", "code=SELECT+1&mode=submit")]
    [InlineData("/plan/replan", "")]
    [InlineData("/review", "item=count-rules-1&rating=3")]
    public async Task Should_Refuse_A_Cross_Site_Form_Post_Even_With_A_Valid_Token(string url, string form)
    {
        // Given: a browser that holds Grain's cookie and token, posting from another site's page
        var client = await factory.CreateFormClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("another site");
    }

    [Theory]
    [InlineData("/problems/avg-price-per-item/submit", "code=SELECT+1&mode=submit")]
    [InlineData("/plan/replan", "")]
    [InlineData("/problems/avg-price-per-item/hints", "shown=0")]
    public async Task Should_Refuse_A_Form_Post_Without_The_Antiforgery_Token(string url, string form)
    {
        // Given: an older browser that sends neither Origin nor Sec-Fetch-Site, and no token
        var client = factory.CreateClient();
        await client.GetAsync("/");

        // When
        var response = await client.PostAsync(url, new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Reload the page");
    }

    [Fact]
    public async Task Should_Accept_A_Form_Post_With_The_Hidden_Field_Of_The_Page()
    {
        // Given: a browser without JavaScript posting the page's own form
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await FormClient.FormFieldTokenAsync(client, "/problems/avg-price-per-item");

        // When
        var response = await client.PostAsync("/problems/avg-price-per-item/submit",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("code", "SELECT 1"), new("mode", "run")]));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("/submissions/");
    }

    [Fact]
    public async Task Should_Accept_An_Htmx_Post_With_The_Token_Header_From_The_Meta_Tag()
    {
        // Given
        var client = factory.CreateClient();
        var token = await FormClient.PageTokenAsync(client, "/problems/avg-price-per-item");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/problems/avg-price-per-item/hints")
        {
            Content = new FormUrlEncodedContent([new("shown", "0")]),
        };
        request.Headers.Add(WebSecurity.TokenHeader, token);
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Hint 1");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5000")]
    [InlineData("localhost.evil.example")]
    public async Task Should_Answer_A_Foreign_Host_With_400(string host)
    {
        // Given: a page on evil.example whose name now resolves to this machine (DNS rebinding)
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/problems");
        request.Headers.Host = host;

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task Should_Answer_Loopback_Hosts(string host)
    {
        // Given
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = host;

        // When
        var response = await client.SendAsync(request);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/problems/avg-price-per-item")]
    [InlineData("/no-such-page")]
    [InlineData("/api/problems")]
    [InlineData("/api/items/nope")]
    [InlineData("/dist/app.js")]
    public async Task Should_Send_The_Security_Headers_On_Every_Answer(string url)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(url);

        // Then
        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("unsafe-eval");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task Should_Have_No_Inline_Script_Or_Event_Handler_On_Any_Page()
    {
        // Given
        var client = factory.CreateClient();

        foreach (var url in Pages)
        {
            // When
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();

            // Then: the policy forbids both, so a page that had them would silently lose behaviour
            InlineScript().Matches(html).Select(m => $"{url}: {m.Value}").ShouldBeEmpty();
            EventHandler().Matches(html).Select(m => $"{url}: {m.Value}").ShouldBeEmpty();
            html.ShouldNotContain("=\"javascript:", Case.Insensitive);
        }
    }

    [Theory]
    [InlineData("/problems/avg-price-per-item/submit", "application/x-www-form-urlencoded", 5)]
    [InlineData("/review", "application/x-www-form-urlencoded", 2)]
    [InlineData("/api/submissions", "application/json", 1)]
    public async Task Should_Answer_A_Chunked_Body_Over_The_Limit_With_413(string url, string contentType, int megabytes)
    {
        // Given: a body with no Content-Length, so its size is only found while reading
        var client = await factory.CreateFormClientAsync();
        var prefix = contentType == "application/json" ? "{\"problem\":\"avg-price-per-item\",\"language\":\"sql\",\"code\":\"" : "mode=run&code=";
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(prefix + new string('x', megabytes * 1024 * 1024))));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        // When
        var response = await client.PostAsync(url, content);

        // Then
        content.Headers.ContentLength.ShouldBeNull();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_Answer_A_Declared_Body_Over_The_Limit_With_413_Before_Reading_It()
    {
        // Given
        var client = await factory.CreateFormClientAsync();

        // When
        var response = await client.PostAsync("/plan/replan", new ByteArrayContent(new byte[RequestBodyLimit.MaxFormBytes + 1]));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Should_Answer_A_Form_With_Too_Many_Fields_With_400_Not_500()
    {
        // Given
        var client = await factory.CreateFormClientAsync();
        var form = string.Join('&', Enumerable.Range(0, 3000).Select(i => $"f{i}=1"));

        // When
        var response = await client.PostAsync("/review", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    /// <summary>A body stream that does not say how long it is, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
