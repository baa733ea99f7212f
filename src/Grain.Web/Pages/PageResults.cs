using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Pages;

/// <summary>Page and fragment answers: a Razor component rendered on the server (static SSR) with a status code.</summary>
public static class PageResults
{
    /// <summary>Renders <typeparamref name="TComponent"/> with the given parameters (an anonymous object whose property names match the component's).</summary>
    public static IResult Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new BufferedResult(new RazorComponentResult<TComponent>(parameters) { StatusCode = status });

    /// <summary>Renders <typeparamref name="TComponent"/> without parameters.</summary>
    public static IResult Render<TComponent>(int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new BufferedResult(new RazorComponentResult<TComponent>() { StatusCode = status });

    // RazorComponentResult streams the page with chunked encoding and the end of the response comes only after the
    // request's teardown; a page is small, so it is rendered into memory and sent in one write with its Content-Length.
    private sealed class BufferedResult(IResult page) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var body = response.Body;
            using var buffer = new MemoryStream(16 * 1024);
            response.Body = buffer;
            try
            {
                await page.ExecuteAsync(httpContext);
            }
            finally
            {
                response.Body = body;
            }
            response.ContentLength = buffer.Length;
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
        }
    }
}
