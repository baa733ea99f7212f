using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>The library (search and filters over every item) and the concept card page.</summary>
public static class LibraryPages
{
    public static void MapLibraryPages(this WebApplication app)
    {
        app.MapGet("/library", async (HttpRequest request, ContentLibrary library, ProgressView progress, ReviewSession session) =>
            Library(request, library, await progress.StatusesAsync(), await session.MarksAsync()));
        app.MapGet("/cards/{id}", async (string id, ContentLibrary library, ProgressView progress, ReviewSession session) =>
            library.Find<ConceptCard>(id) is { } card
                ? PageResults.Render<CardPage>(new
                {
                    Library = library,
                    Card = card,
                    Status = await progress.StatusOfAsync(card),
                    Mark = (await session.MarksAsync()).FirstOrDefault(m => m.ItemId == card.Id),
                })
                : NotFoundPage.Page("concept card", id));
    }

    private static IResult Library(HttpRequest request, ContentLibrary library, ItemStatuses statuses, IReadOnlyList<CardMark> marks)
    {
        var q = request.Query;
        Level? level = Enum.TryParse<Level>(q["level"], ignoreCase: true, out var l) ? l : null;
        var kind = library.Kinds.Find(q["kind"].ToString()) is { } k ? k.Id : null;
        var query = new ContentQuery(q["q"], kind, q["topic"], level, q["round"], q["company"]);
        var mark = LibraryPage.MarkFilters.Contains(q["mark"].ToString()) ? q["mark"].ToString() : null;
        var byId = marks.ToDictionary(m => m.ItemId, StringComparer.Ordinal);
        var items = library.Query(query).Where(i => mark switch
        {
            "flagged" => byId.GetValueOrDefault(i.Id)?.Flagged == true,
            "suspended" => byId.GetValueOrDefault(i.Id)?.Suspended == true,
            _ => true,
        }).ToList();
        return PageResults.Render<LibraryPage>(new
        {
            Library = library,
            Query = query,
            Mark = mark,
            Items = (IReadOnlyList<IContentItem>)items,
            Statuses = statuses,
            Marks = (IReadOnlyDictionary<string, CardMark>)byId,
            Suspended = (IReadOnlyList<ConceptCard>)marks.Where(m => m.Suspended).Select(m => library.Find<ConceptCard>(m.ItemId)).OfType<ConceptCard>().ToList(),
        });
    }
}
