using Grain.Content;
using Grain.Core.Content;
using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>The library (search and filters over every item) and the concept card page.</summary>
public static class LibraryPages
{
    public static void MapLibraryPages(this WebApplication app)
    {
        app.MapGet("/library", async (HttpRequest request, ContentLibrary library, ProgressView progress) => Library(request, library, await progress.StatusesAsync()));
        app.MapGet("/cards/{id}", async (string id, ContentLibrary library, ProgressView progress) =>
            library.Find<ConceptCard>(id) is { } card
                ? PageResults.Render<CardPage>(new { Library = library, Card = card, Status = await progress.StatusOfAsync(card) })
                : NotFoundPage.Page("concept card", id));
    }

    private static IResult Library(HttpRequest request, ContentLibrary library, ItemStatuses statuses)
    {
        var q = request.Query;
        Level? level = Enum.TryParse<Level>(q["level"], ignoreCase: true, out var l) ? l : null;
        var kind = LibraryPage.Kinds.Contains(q["kind"].ToString()) ? q["kind"].ToString() : null;
        var query = new ContentQuery(q["q"], kind, q["topic"], level, q["round"], q["company"]);
        return PageResults.Render<LibraryPage>(new { Library = library, Query = query, Items = library.Query(query), Statuses = statuses });
    }
}
