using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grain.Web.Pages;

/// <summary>Page and fragment answers: a Razor component rendered on the server (static SSR) with a status code.</summary>
public static class PageResults
{
    /// <summary>Renders <typeparamref name="TComponent"/> with the given parameters (an anonymous object whose property names match the component's).</summary>
    public static IResult Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new ComponentPage(typeof(TComponent), new RouteValueDictionary(parameters), status);

    /// <summary>Renders <typeparamref name="TComponent"/> without parameters.</summary>
    public static IResult Render<TComponent>(int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new ComponentPage(typeof(TComponent), new RouteValueDictionary(), status);

    // Pages are static: no interactivity, navigation, form binding or streaming. The framework's HtmlRenderer renders
    // them in a fraction of RazorComponentResult's per-request set-up (endpoint renderer, navigation, state
    // persistence), which measured about 1.6x slower on the review page. The page is rendered into memory and sent
    // in one write with its Content-Length; the request is passed down as a cascading value.
    private sealed class ComponentPage(Type component, RouteValueDictionary parameters, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var services = httpContext.RequestServices;
            // The renderer's own logging is debug-level only, and creating its logger takes the factory's lock on every
            // request; a render exception still reaches the error handler, which logs it.
            await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            var host = new Dictionary<string, object?>
            {
                [nameof(PageHost.Request)] = httpContext,
                [nameof(PageHost.Component)] = component,
                [nameof(PageHost.Parameters)] = parameters,
            };
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<PageHost>(ParameterView.FromDictionary(host));
                return output.ToHtmlString();
            });
            var body = Encoding.UTF8.GetBytes(html);
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    /// <summary>The root of every rendered page: cascades the request and renders the page component with its parameters.</summary>
    internal sealed class PageHost : IComponent
    {
        private RenderHandle handle;

        /// <summary>The current request, cascaded to components that need it (the antiforgery token).</summary>
        [Parameter] public HttpContext Request { get; set; } = default!;

        /// <summary>The page or fragment component.</summary>
        [Parameter] public Type Component { get; set; } = default!;

        /// <summary>The component's parameters by name.</summary>
        [Parameter] public RouteValueDictionary Parameters { get; set; } = default!;

        /// <inheritdoc />
        public void Attach(RenderHandle renderHandle) => handle = renderHandle;

        /// <inheritdoc />
        public Task SetParametersAsync(ParameterView parameters)
        {
            parameters.SetParameterProperties(this);
            handle.Render(BuildTree);
            return Task.CompletedTask;
        }

        private void BuildTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<CascadingValue<HttpContext>>(0);
            builder.AddComponentParameter(1, nameof(CascadingValue<HttpContext>.Value), Request);
            builder.AddComponentParameter(2, nameof(CascadingValue<HttpContext>.IsFixed), true);
            builder.AddComponentParameter(3, nameof(CascadingValue<HttpContext>.ChildContent), (RenderFragment)(page =>
            {
                page.OpenComponent(0, Component);
                foreach (var (name, value) in Parameters)
                {
                    page.AddComponentParameter(1, name, value);
                }
                page.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
