using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Content;
using Grain.Core.Content;
using Grain.Web.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Api;

/// <summary><c>POST /api/submissions</c> stores and queues code; <c>GET /api/submissions/{id}</c> follows it to its judge result.</summary>
public static class SubmissionApi
{
    /// <summary>The largest request body (and code) accepted: 64 KB.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body of a new submission.</summary>
    public sealed record NewSubmission(
        [property: JsonPropertyName("problem")] string? Problem,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("examplesOnly")] bool ExamplesOnly = false);

    /// <summary>The answer to a new submission: its id and where to follow it.</summary>
    public sealed record Accepted(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("state")] string State,
        [property: JsonPropertyName("url")] string Url);

    public static void MapSubmissionApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/submissions").WithTags("Submissions");
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id}", async Task<Results<Ok<Submission>, ProblemHttpResult>> (string id, ISubmissionStore store) =>
            await store.GetAsync(id) is { } s ? TypedResults.Ok(s) : ContentApi.NotFound("submission", id));
        api.MapGet("/", async (string? problem, ISubmissionStore store) =>
            (problem is { Length: > 0 } ? await store.ForProblemAsync(problem) : await store.AllAsync())
                .Select(s => new { s.Id, s.Problem, s.Language, s.State, s.SubmittedAt, s.ExamplesOnly, Status = s.Result?.Status }));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ContentLibrary library, ISubmissionStore store, GradingQueue queue)
    {
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return TooLarge();
            }
        }
        NewSubmission? body;
        try
        {
            body = JsonSerializer.Deserialize<NewSubmission>(buffer.ToArray());
        }
        catch (JsonException ex)
        {
            return Bad($"The body is not valid JSON: {ex.Message.Split(" Path:")[0]} Send {{\"problem\", \"language\", \"code\"}}.");
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Problem) || string.IsNullOrWhiteSpace(body.Language) || body.Code is null)
        {
            return Bad("Send a JSON object with \"problem\", \"language\" and \"code\".");
        }
        if (library.Find<Problem>(body.Problem) is not { } problem)
        {
            return ContentApi.NotFound("problem", body.Problem);
        }
        if (!string.Equals(body.Language, problem.Language, StringComparison.Ordinal))
        {
            return Bad($"Problem '{problem.Id}' is solved in {problem.Language}, not '{body.Language}'.");
        }
        if (string.IsNullOrWhiteSpace(body.Code))
        {
            return Bad("The code is empty.");
        }
        var submission = new Submission
        {
            Id = NewId(),
            Problem = problem.Id,
            Language = problem.Language,
            Code = body.Code,
            ExamplesOnly = body.ExamplesOnly,
            SubmittedAt = DateTimeOffset.UtcNow,
        };
        await store.AddAsync(submission);
        queue.Enqueue(submission.Id);
        return TypedResults.Accepted($"/api/submissions/{submission.Id}", new Accepted(submission.Id, submission.State, $"/api/submissions/{submission.Id}"));
    }

    private static string NewId() => DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: 413, title: "Submission too large", detail: $"A submission may be at most {MaxBytes / 1024} KB. Trim the code and try again.");

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad request", detail: detail);
}
