using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Content;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Pages;
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

    /// <summary>
    /// The key a draft is stored under: the problem's id for its own language, <c>id:language</c> for another one
    /// (pandas answers to a SQL problem), so each language keeps its own draft.
    /// </summary>
    public static string Key(Problem problem, string language) => language == problem.Language ? problem.Id : $"{problem.Id}:{language}";

    public static void MapDraftApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/problems/{id}/draft").WithTags("Drafts");
        api.MapGet("/", async Task<Results<Ok<DraftView>, ProblemHttpResult>> (string id, string? language, ContentLibrary library, ProblemChoices choices, Learner learner) =>
            library.Find<Problem>(id) is not { } problem ? ContentApi.NotFound("problem", id)
            : LanguageOf(problem, language, choices) is not { } lang ? Bad(BadLanguage(problem, language!, choices))
            : await learner.Store.GetDraftAsync(await learner.UserIdAsync(), Key(problem, lang)) is { } draft ? TypedResults.Ok(View(problem, draft))
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no {lang} draft for '{problem.Id}' yet."))
            .WithSummary("The learner's draft of a problem in a language (default: the problem's own): the code last saved while typing.");
        api.MapPut("/", SaveAsync)
            .Accepts<DraftBody>("application/json")
            .Produces<DraftView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Saves the learner's draft of a problem, replacing the previous one.");
    }

    private static async Task<IResult> SaveAsync(string id, string? language, HttpRequest request, ContentLibrary library, ProblemChoices choices, Learner learner)
    {
        if (library.Find<Problem>(id) is not { } problem)
        {
            return ContentApi.NotFound("problem", id);
        }
        if (LanguageOf(problem, language, choices) is not { } lang)
        {
            return Bad(BadLanguage(problem, language!, choices));
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
        await learner.Store.SaveDraftAsync(user, Key(problem, lang), code, learner.Now);
        return TypedResults.Ok(View(problem, (await learner.Store.GetDraftAsync(user, Key(problem, lang)))!));
    }

    // The language asked for (the problem's own when none), or null when the problem does not accept it.
    private static string? LanguageOf(Problem problem, string? language, ProblemChoices choices) =>
        string.IsNullOrEmpty(language) ? problem.Language : choices.Languages(problem).Any(l => l.Id == language) ? language : null;

    private static string BadLanguage(Problem problem, string language, ProblemChoices choices) =>
        $"Problem '{problem.Id}' is solved in {string.Join(" or ", choices.Languages(problem).Select(l => l.Id))}, not '{language}'.";

    private static DraftView View(Problem problem, StoredDraft draft) => new(problem.Id, draft.Code, draft.SavedAt);

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: 413, title: "Draft too large", detail: $"A draft may be at most {SubmissionApi.MaxBytes / 1024} KB.");

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad request", detail: detail);
}
