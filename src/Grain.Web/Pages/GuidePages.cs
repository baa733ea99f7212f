using Grain.Content;
using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>Guides: the cheat sheet, role pages and the interview-day page.</summary>
public static class GuidePages
{
    public static void MapGuidePages(this WebApplication app)
    {
        app.MapGet("/guides", (ContentLibrary library) => PageResults.Render<GuideListPage>(new { library.Guides }));
        app.MapGet("/guides/{id}", (string id, ContentLibrary library) => library.Guide(id) is { } g
            ? PageResults.Render<GuidePage>(new { Guide = g })
            : NotFoundPage.Page("guide", id));
    }
}
