using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>Pages for requests that cannot be served: a heading, a message and an optional way back.</summary>
public static class ErrorPages
{
    /// <summary>An error page with the given status code.</summary>
    public static IResult Render(string title, string? heading, string? message, string? backHref, string backText, string section, int status) =>
        PageResults.Render<ErrorPage>(new { Title = title, Heading = heading, Message = message, BackHref = backHref, BackText = backText, Section = section }, status);
}
