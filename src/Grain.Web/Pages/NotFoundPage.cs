using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>The 404 page for unknown addresses and ids; API paths get ProblemDetails instead.</summary>
public static class NotFoundPage
{
    /// <summary>The fallback endpoint for any unmatched path.</summary>
    public static IResult Handle(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
            ? TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no API endpoint at {context.Request.Path}.")
            : Page("page", context.Request.Path);

    /// <summary>A friendly 404 page naming what was looked for.</summary>
    public static IResult Page(string what, string id) =>
        PageResults.Render<MissingPage>(new { What = what, Id = id }, StatusCodes.Status404NotFound);
}
