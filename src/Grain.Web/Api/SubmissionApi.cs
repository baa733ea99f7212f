using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Content;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Api;

/// <summary><c>POST /api/submissions</c> stores and queues code; <c>GET /api/submissions/{id}</c> follows it to its judge result.</summary>
public static class SubmissionApi
{
    /// <summary>The largest request body (and code) accepted: 64 KB.</summary>
    public const int MaxBytes = 64 * 1024;

    // JSON escaping can make the body larger than the code it carries; the code itself is checked against MaxBytes.
    private const int MaxBodyBytes = 4 * MaxBytes;

    /// <summary>The body of a new submission.</summary>
    public sealed record NewSubmission(
        [property: JsonPropertyName("problem")] string? Problem,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("examplesOnly")] bool ExamplesOnly = false,
        [property: JsonPropertyName("engine")] string? Engine = null);

    /// <summary>One past submission in a list.</summary>
    public sealed record SubmissionSummary(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("problem")] string Problem,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("state")] string State,
        [property: JsonPropertyName("submitted_at")] DateTimeOffset SubmittedAt,
        [property: JsonPropertyName("examples_only")] bool ExamplesOnly,
        [property: JsonPropertyName("status")] string? Status);

    /// <summary>The answer to a new submission: its id and where to follow it.</summary>
    public sealed record Accepted(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("state")] string State,
        [property: JsonPropertyName("url")] string Url);

    public static void MapSubmissionApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/submissions").WithTags("Submissions");
        api.MapPost("/", CreateAsync)
            // Documented without a content-type constraint: a client that forgets the header gets a clear 415 (CrossSiteGuard), not a 404.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "The code to grade; examplesOnly runs only the example cases (Run); engine (SQL answers only) picks one of the problem's engines.",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(NewSubmission), null, ct) },
                    },
                })
            .Produces<Accepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Stores a submission and queues it for grading; answers at once with its id.");
        api.MapGet("/{id}", async Task<Results<Ok<SubmissionDocument>, ProblemHttpResult>> (string id, Learner learner) =>
                long.TryParse(id, out var n) && await learner.SubmissionAsync(n) is { } s ? TypedResults.Ok(SubmissionDocument.From(s)) : ContentApi.NotFound("submission", id))
            .WithSummary("A submission: its state, and once graded the judge result JSON (DESIGN.md §5) with id and state alongside.");
        api.MapGet("/", async (string? problem, IGrainStore store, Learner learner) =>
                (await store.GetSubmissionsAsync(await learner.UserIdAsync(), problem is { Length: > 0 } ? problem : null))
                    .Select(s => new SubmissionSummary(s.Id, s.ProblemId, s.Language, s.Status, s.CreatedAt, s.ExamplesOnly, s.IsFinished() ? s.Report()?.Status : null)))
            .WithSummary("Past submissions, newest first, optionally of one problem.");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, HttpResponse response, ContentLibrary library, Pages.ProblemChoices choices, GradingQueue queue, Learner learner)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes)
                {
                    return TooLarge();
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
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
        var engine = string.IsNullOrWhiteSpace(body.Engine) ? null : body.Engine;
        if (choices.Refusal(problem, body.Language, engine) is { } refusal)
        {
            return Bad(refusal);
        }
        if (string.IsNullOrWhiteSpace(body.Code))
        {
            return Bad("The code is empty.");
        }
        if (System.Text.Encoding.UTF8.GetByteCount(body.Code) > MaxBytes)
        {
            return TooLarge();
        }
        if (await queue.TrySubmitAsync(await learner.UserIdAsync(), problem.Id, body.Language, body.Code, body.ExamplesOnly, engine) is not { } submission)
        {
            response.Headers.RetryAfter = GradingQueue.RetryAfterSeconds;
            return TypedResults.Problem(statusCode: 429, title: "Too many submissions waiting", detail: GradingQueue.FullMessage);
        }
        var url = $"/api/submissions/{submission.Id}";
        return TypedResults.Accepted(url, new Accepted(submission.Id, submission.Status, url));
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: 413, title: "Submission too large", detail: $"A submission may be at most {MaxBytes / 1024} KB. Trim the code and try again.");

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad request", detail: detail);
}
