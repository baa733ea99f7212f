using System.Text;
using Grain.Content;
using Grain.Core.Content;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The library: every card grouped by topic, and one page per card.</summary>
public static class LibraryPages
{
    public static void MapLibraryPages(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/library"));
        app.MapGet("/library", (ContentLibrary library) => Library(library));
        app.MapGet("/cards/{id}", (string id, ContentLibrary library) => Card(library, id));
    }

    private static IResult Library(ContentLibrary library)
    {
        var body = new StringBuilder("<h1>Library</h1>");
        body.Append($"<p class=\"muted\">{library.Cards.Count} concept cards</p>");
        foreach (var topic in library.Topics)
        {
            var cards = library.Cards.Where(c => c.Topic == topic.Id).OrderBy(c => c.Title, StringComparer.Ordinal).ToList();
            if (cards.Count == 0)
            {
                continue;
            }
            body.Append($"<h2 id=\"{E(topic.Id)}\">{E(topic.Title)}</h2><ul class=\"cards\">");
            foreach (var card in cards)
            {
                body.Append($"<li><a href=\"/cards/{E(card.Id)}\">{E(card.Title)}</a> <span class=\"muted\">· {card.Level.ToString().ToLowerInvariant()}</span></li>");
            }
            body.Append("</ul>");
        }
        return Page("Library", body.ToString());
    }

    private static IResult Card(ContentLibrary library, string id)
    {
        if (library.Find<ConceptCard>(id) is not { } card)
        {
            return Page("Not found", $"<h1>Not found</h1><p>There is no card with id <code>{E(id)}</code>.</p><p><a href=\"/library\">Back to the library</a></p>", 404);
        }
        var body = new StringBuilder()
            .Append($"<p class=\"muted\"><a href=\"/library#{E(card.Topic)}\">{E(library.Topic(card.Topic)?.Title ?? card.Topic)}</a> · {card.Level.ToString().ToLowerInvariant()}</p>")
            .Append($"<h1>{E(card.Title)}</h1>")
            .Append($"<section><h2>Question</h2>{Md(card.Question)}</section>")
            .Append($"<section><h2>Answer</h2>{Md(card.Answer)}</section>")
            .Append($"<section><h2>Key phrases</h2>{List(card.KeyPhrases)}</section>")
            .Append($"<section><h2>Pitfalls</h2>{List(card.Pitfalls)}</section>")
            .Append($"<section><h2>Follow-ups</h2>{List(card.FollowUps)}</section>");
        return Page(card.Title, body.ToString());
    }

    private static string List(IReadOnlyList<string> items) =>
        "<ul>" + string.Concat(items.Select(i => $"<li>{Md(i).Trim().Replace("<p>", "").Replace("</p>", "")}</li>")) + "</ul>";
}
