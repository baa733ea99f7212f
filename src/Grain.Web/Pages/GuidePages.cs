using System.Text;
using Grain.Content;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Guides: the cheat sheet, role pages and the interview-day page.</summary>
public static class GuidePages
{
    public static void MapGuidePages(this WebApplication app)
    {
        app.MapGet("/guides", (ContentLibrary library) => Index(library));
        app.MapGet("/guides/{id}", (string id, ContentLibrary library) => library.Guide(id) is { } g
            ? Layout.Page(g.Title, $"<p class=\"muted small\"><a href=\"/guides\">Guides</a></p><h1>{E(g.Title)}</h1><article class=\"card prose\">{Md(g.Body)}</article>", "guides")
            : NotFoundPage.Page("guide", id));
    }

    private static IResult Index(ContentLibrary library)
    {
        var body = new StringBuilder("<div class=\"hero\"><h1>Guides</h1><p class=\"lead\">Short reads for the night before and the day itself.</p></div>");
        if (library.Guides.Count == 0)
        {
            body.Append("<p class=\"muted\">No guides yet.</p>");
        }
        body.Append("<div class=\"grid\">");
        foreach (var g in library.Guides)
        {
            body.Append($"<a class=\"card\" href=\"/guides/{U(g.Id)}\" style=\"text-decoration:none;color:inherit\"><div class=\"kind\">{E(KindTitle(g.Kind))}</div><h2 style=\"margin:.2rem 0\">{E(g.Title)}</h2></a>");
        }
        return Layout.Page("Guides", body.Append("</div>").ToString(), "guides");
    }

    private static string KindTitle(string kind) => kind switch
    {
        "cheat-sheet" => "Cheat sheet",
        "role" => "Role",
        "interview-day" => "Interview day",
        _ => "Guide",
    };
}
