using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Pages;

/// <summary>Page and fragment answers: a Razor component rendered on the server (static SSR) with a status code.</summary>
public static class PageResults
{
    /// <summary>Renders <typeparamref name="TComponent"/> with the given parameters (an anonymous object whose property names match the component's).</summary>
    public static IResult Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new RazorComponentResult<TComponent>(parameters) { StatusCode = status };

    /// <summary>Renders <typeparamref name="TComponent"/> without parameters.</summary>
    public static IResult Render<TComponent>(int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new RazorComponentResult<TComponent>() { StatusCode = status };
}
