using Microsoft.AspNetCore.Antiforgery;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Security;

/// <summary>
/// The framework's antiforgery token of the current request as HTML: a hidden field for forms (what Razor's
/// <c>&lt;AntiforgeryToken /&gt;</c> writes) and a meta tag that the client code sends as a header on htmx posts.
/// </summary>
public static class FormToken
{
    /// <summary>The meta tag's name, read by client/app.js.</summary>
    public const string MetaName = "request-verification-token";

    // The StringBuilder pages are static functions without the HttpContext; the accessor reads the current request.
    private static readonly HttpContextAccessor Accessor = new();

    /// <summary>A hidden input with the token, for every form that posts.</summary>
    public static string Field() =>
        Tokens() is { RequestToken: { } token } set ? $"<input type=\"hidden\" name=\"{E(set.FormFieldName)}\" value=\"{E(token)}\">" : "";

    /// <summary>A meta tag with the token and the header name htmx sends it in.</summary>
    public static string Meta() =>
        Tokens() is { RequestToken: { } token } set ? $"<meta name=\"{MetaName}\" content=\"{E(token)}\" data-header=\"{E(set.HeaderName)}\">" : "";

    private static AntiforgeryTokenSet? Tokens() =>
        Accessor.HttpContext is { } context && !context.Response.HasStarted
            ? context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context)
            : null;
}
