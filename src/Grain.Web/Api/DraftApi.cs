using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Content;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Api;

/// <summary><c>PUT/GET /api/problems/{id}/draft</c>: the code the learner is writing, kept while they type.</summary>
public static class DraftApi
{
    /// <summary>The body of a saved draft.</summary>
    public sealed record DraftBody([property: JsonPropertyName("code")] string? Code);

    /// <summary>A stored draft.</summary>
    public sealed record DraftView(
        [property: JsonPropertyName("problem")] string Problem,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("saved_at")] DateTimeOffset SavedAt);

    public static void MapDraftApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/problems/{id}/draft").WithTags("Drafts");
        api.MapGet("/", async Task<Results<Ok<DraftView>, ProblemHttpResult>> (string id, ContentLibrary library, Learner learner) =>
            library.Find<Problem>(id) is not { } problem ? ContentApi.NotFound("problem", id)
            : await learner.Store.GetDraftAsync(await learner.UserIdAsync(), problem.Id) is { } draft ? TypedResults.Ok(View(draft))
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no draft for '{problem.Id}' yet."))
            .WithSummary("The learner's draft of a problem: the code last saved while typing.");
        api.MapPut("/", SaveAsync)
            .Accepts<DraftBody>("application/json")
            .Produces<DraftView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Saves the learner's draft of a problem, replacing the previous one.");
    }

    private static async Task<IResult> SaveAsync(string id, HttpRequest request, ContentLibrary library, Learner learner)
    {
        if (library.Find<Problem>(id) is not { } problem)
        {
            return ContentApi.NotFound("problem", id);
        }
        DraftBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<DraftBody>(request.Body);
        }
        catch (JsonException)
        {
            return Bad("The body is not valid JSON. Send {\"code\": \"...\"}.");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (body?.Code is not { } code)
        {
            return Bad("Send a JSON object with \"code\".");
        }
        if (System.Text.Encoding.UTF8.GetByteCount(code) > SubmissionApi.MaxBytes)
        {
            return TooLarge();
        }
        var user = await learner.UserIdAsync();
        await learner.Store.SaveDraftAsync(user, problem.Id, code, learner.Now);
        return TypedResults.Ok(View((await learner.Store.GetDraftAsync(user, problem.Id))!));
    }

    private static DraftView View(StoredDraft draft) => new(draft.ProblemId, draft.Code, draft.SavedAt);

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: 413, title: "Draft too large", detail: $"A draft may be at most {SubmissionApi.MaxBytes / 1024} KB.");

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad request", detail: detail);
}
