using Grain.Content;
using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>Pages of the content kinds a host registered beyond the built-in ones, which keep their own pages.</summary>
public static class ContentKindPages
{
    /// <summary>Maps <c>PREFIX/{id}</c> to the generic item page for every registered kind without a page of its own.</summary>
    public static void MapContentKindPages(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<GrainWebOptions>();
        var kinds = options.Library?.Kinds ?? options.ContentKinds;
        foreach (var kind in kinds.Where(k => !ContentKinds.Builtin.Contains(k)))
        {
            app.MapGet(kind.UrlPrefix + "/{id}", (string id, ContentLibrary library) =>
                library.Find(id) is { } item && item.Kind == kind.Id
                    ? PageResults.Render<ContentItemPage>(new { Library = library, Kind = kind, Item = item })
                    : NotFoundPage.Page(kind.Title.ToLowerInvariant(), id));
        }
    }
}
