using Microsoft.AspNetCore.Antiforgery;

namespace Grain.Web.Security;

/// <summary>
/// Refuses request forgery on every unsafe method (POST, PUT, PATCH, DELETE): a request another site started is
/// refused (403), an API body must be JSON (415), and a page form must carry the antiforgery token (400).
/// </summary>
public static class CrossSiteGuard
{
    /// <summary>Installs the guard; runs before any endpoint reads the body.</summary>
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            await next(context);
            return;
        }
        if (CrossSiteReason(request) is { } reason)
        {
            await ErrorHandling.WriteAsync(context, StatusCodes.Status403Forbidden, reason);
            return;
        }
        if (request.Path.StartsWithSegments("/api"))
        {
            if (HasBody(request) && !request.HasJsonContentType())
            {
                await ErrorHandling.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    $"Send the body as application/json (it was {(request.ContentType is { Length: > 0 } type ? $"'{type}'" : "sent without a Content-Type")}).");
                return;
            }
        }
        else if (!await HasValidTokenAsync(context))
        {
            await ErrorHandling.WriteAsync(context, StatusCodes.Status400BadRequest,
                "This form is out of date or did not come from Grain. Reload the page and try again.");
            return;
        }
        await next(context);
    });

    /// <summary>Why the request comes from another site (Fetch Metadata or Origin), or null when it does not.</summary>
    public static string? CrossSiteReason(HttpRequest request)
    {
        // same-site covers other ports on the same host (a dev server on localhost:3000), which can be hostile too.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return $"Grain refuses changes started by another site (Sec-Fetch-Site: {site}). Use Grain's own pages.";
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !SameOrigin(origin, request.Host))
        {
            return $"Grain refuses changes started by another site (Origin {origin} is not {request.Host}). Use Grain's own pages.";
        }
        return null;
    }

    private static bool SameOrigin(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.ContentType is { Length: > 0 } || request.Headers.TransferEncoding.Count > 0;

    private static async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException ex) when (ex.InnerException is IOException or InvalidDataException)
        {
            // The form could not be read (over the body limit, malformed): answered as such (413, 400), not as a bad token.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
