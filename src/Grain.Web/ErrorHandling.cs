using Microsoft.AspNetCore.Diagnostics;

namespace Grain.Web;

/// <summary>Turns every failure into a clear 4xx/5xx answer without a stack trace: ProblemDetails for the API, a page otherwise.</summary>
public static class ErrorHandling
{
    /// <summary>Installs the exception handler and status-code pages.</summary>
    public static void UseGrainErrors(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, detail) = exception switch
            {
                BadHttpRequestException bad => (bad.StatusCode, bad.Message),
                System.Text.Json.JsonException => (400, "The request body is not valid JSON."),
                _ => (500, "Something went wrong on our side; your work is saved. Try again."),
            };
            context.Response.StatusCode = status;
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await TypedResults.Problem(statusCode: status, title: Title(status), detail: detail).ExecuteAsync(context);
            }
            else
            {
                await Pages.ErrorPages.Render(Title(status), null, detail, "/", "Back to the dashboard", "", status).ExecuteAsync(context);
            }
        }));
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var code = context.Response.StatusCode;
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await TypedResults.Problem(statusCode: code, title: Title(code)).ExecuteAsync(context);
            }
            else
            {
                await Pages.ErrorPages.Render(Title(code), null, null, "/", "Back to the dashboard", "", code).ExecuteAsync(context);
            }
        });
    }

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Too large",
        415 => "Unsupported media type",
        _ when status >= 500 => "Server error",
        _ => "Request failed",
    };
}
