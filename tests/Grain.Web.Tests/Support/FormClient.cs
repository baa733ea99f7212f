using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grain.Web.Tests.Support;

/// <summary>Clients that post forms as a browser on Grain's own pages does: with the antiforgery cookie and token.</summary>
public static partial class FormClient
{
    /// <summary>A client that opened the dashboard (getting the cookie) and sends the page's token on every request.</summary>
    public static async Task<HttpClient> CreateFormClientAsync(this WebApplicationFactory<Program> factory, WebApplicationFactoryClientOptions? options = null)
    {
        var client = factory.CreateClient(options ?? new WebApplicationFactoryClientOptions());
        var token = await PageTokenAsync(client, "/");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        return client;
    }

    /// <summary>The token a page carries in its meta tag (what htmx sends as a header).</summary>
    public static async Task<string> PageTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return WebUtility.HtmlDecode(MetaToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{url} has no request-verification-token meta tag"));
    }

    /// <summary>The token of the first form on a page (the hidden field a form without JavaScript posts).</summary>
    public static async Task<string> FormFieldTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return WebUtility.HtmlDecode(FieldToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{url} has no __RequestVerificationToken field"));
    }

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FieldToken();
}
