using Grain.Web.Submissions;
using Microsoft.AspNetCore.Diagnostics;

namespace Grain.Web;

/// <summary>Turns every failure into a clear 4xx/5xx answer without a stack trace: ProblemDetails for the API, a page otherwise.</summary>
public static class ErrorHandling
{
    /// <summary>Installs the exception handler and status-code pages.</summary>
    public static void UseGrainErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = HandleAsync,
            // A body too large, a bad form or a full queue is the client's error, answered with a 4xx: not logged as a failure.
            SuppressDiagnosticsCallback = c => IsClientError(c.Exception),
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            await WriteAsync(context, context.Response.StatusCode, detail: null);
        });
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            System.Text.Json.JsonException => (400, "The request body is not valid JSON."),
            // The form reader's own limits (field count, key length) and malformed multipart bodies.
            InvalidDataException invalid => (400, $"The form could not be read: {invalid.Message}"),
            GradingQueueFullException full => (429, full.Message),
            _ => (500, "Something went wrong on our side; your work is saved. Try again."),
        };
        if (exception is GradingQueueFullException)
        {
            context.Response.Headers.RetryAfter = GradingQueue.RetryAfterSeconds;
        }
        await WriteAsync(context, status, detail);
    }

    private static bool IsClientError(Exception exception) =>
        exception is BadHttpRequestException or System.Text.Json.JsonException or InvalidDataException or GradingQueueFullException;

    /// <summary>Answers with <paramref name="status"/>: ProblemDetails under <c>/api</c>, an HTML page elsewhere.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string? detail)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(statusCode: status, title: Title(status), detail: detail).ExecuteAsync(context);
        }
        else
        {
            await Pages.ErrorPages.Render(Title(status), null, detail, "/", "Back to the dashboard", "", status).ExecuteAsync(context);
        }
    }

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Sign in first",
        403 => "Refused",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Too large",
        415 => "Unsupported media type",
        429 => "Too many submissions waiting",
        _ when status >= 500 => "Server error",
        _ => "Request failed",
    };
}
