using Grain.Content;
using Grain.Core.Content;
using Grain.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Api;

/// <summary>Read-only JSON over the content library: items with filters, one item, topics, companies.</summary>
public static class ContentApi
{
    /// <summary>A summary row of the library.</summary>
    public sealed record ItemSummary(string Id, string Kind, string Title, string Topic, string Level, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies);

    public static void MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Content");
        api.MapGet("/items", (string? q, string? kind, string? topic, string? level, string? round, string? company, ContentLibrary library) =>
        {
            Level? lv = Enum.TryParse<Level>(level, ignoreCase: true, out var l) ? l : null;
            if (level is { Length: > 0 } && lv is null)
            {
                return Results.Problem(statusCode: 400, title: "Bad request", detail: $"Unknown level '{level}' (known: junior, mid, senior).");
            }
            if (kind is { Length: > 0 } && library.Kinds.Find(kind) is null)
            {
                return Results.Problem(statusCode: 400, title: "Bad request", detail: $"Unknown kind '{kind}' (known: {library.Kinds.Names}).");
            }
            var items = library.Query(new ContentQuery(q, kind, topic, lv, round, company));
            return Results.Ok(items.Select(Summary));
        });
        api.MapGet("/items/{id}", Results<Ok<object>, ProblemHttpResult> (string id, ContentLibrary library, ProblemChoices choices) =>
                library.Find(id) is { } item && ItemViews.Of(item, library, choices) is { } view ? TypedResults.Ok(view) : NotFound("item", id))
            .WithSummary("One item as its page first shows it: a problem's view, a card, or an exercise's prompt (never a reference answer, hint text or file path).");
        api.MapGet("/cards/{id}", Results<Ok<ItemViews.CardView>, ProblemHttpResult> (string id, ContentLibrary library) =>
            library.Find<ConceptCard>(id) is { } card ? TypedResults.Ok(ItemViews.Of(card)) : NotFound("card", id));
        api.MapGet("/problems", (ContentLibrary library, ProblemChoices choices) => library.Problems.Select(p => new
        {
            p.Id,
            p.Title,
            p.Topic,
            p.Language,
            Languages = choices.Languages(p).Select(l => l.Id),
            Engines = choices.Engines(p),
            p.Difficulty,
            p.Pattern,
            Level = p.Level.ToString().ToLowerInvariant(),
            p.Companies,
        }));
        api.MapGet("/problems/{id}", Results<Ok<ItemViews.ProblemView>, ProblemHttpResult> (string id, ContentLibrary library, ProblemChoices choices) =>
            library.Find<Problem>(id) is { } p ? TypedResults.Ok(ItemViews.Of(p, choices)) : NotFound("problem", id));
        api.MapGet("/topics", (ContentLibrary library) => library.Topics);
        api.MapGet("/companies", (ContentLibrary library) => library.Companies.Select(c => new { c.Id, c.Name, c.Summary, c.Rounds }));
    }

    private static ItemSummary Summary(IContentItem i) =>
        new(i.Id, i.Kind, i.Title, i.Topic, i.Level.ToString().ToLowerInvariant(), i.Rounds, i.Companies);

    /// <summary>A 404 ProblemDetails naming what was not found.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no {what} with id '{id}'.");
}
