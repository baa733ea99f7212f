using System.Text;
using Grain.Content;
using Grain.Core.Content;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The library (search and filters over every item) and the concept card page.</summary>
public static class LibraryPages
{
    private static readonly string[] Kinds = ["card", "problem", "design", "modeling", "behavioral"];

    public static void MapLibraryPages(this WebApplication app)
    {
        app.MapGet("/library", async (HttpRequest request, ContentLibrary library, ProgressView progress) => Library(request, library, await progress.StatusesAsync()));
        app.MapGet("/cards/{id}", async (string id, ContentLibrary library, ProgressView progress) => Card(library, await progress.StatusesAsync(), id));
    }

    private static IResult Library(HttpRequest request, ContentLibrary library, ItemStatuses progress)
    {
        var q = request.Query;
        Level? level = Enum.TryParse<Level>(q["level"], ignoreCase: true, out var l) ? l : null;
        var kind = Kinds.Contains(q["kind"].ToString()) ? q["kind"].ToString() : null;
        var query = new ContentQuery(q["q"], kind, q["topic"], level, q["round"], q["company"]);
        var items = library.Query(query);
        var body = new StringBuilder()
            .Append("<div class=\"hero\"><h1>Library</h1><p class=\"lead\">Concept cards, coding problems and practice exercises for every round of a data-engineering loop.</p></div>")
            .Append("<form class=\"card filters\" method=\"get\" action=\"/library\" role=\"search\" hx-get=\"/library\" hx-trigger=\"input changed delay:250ms from:input, change from:select\" hx-target=\"#results\" hx-select=\"#results\" hx-push-url=\"true\">")
            .Append($"<div class=\"field\"><label for=\"q\">Search</label><input type=\"search\" id=\"q\" name=\"q\" value=\"{E(query.Text)}\" placeholder=\"e.g. idempotent, window, NULL\"></div>")
            .Append(FilterSelect("kind", "Kind", Kinds.Select(k => (k, KindText(k))), kind))
            .Append(FilterSelect("topic", "Topic", library.Topics.Select(t => (t.Id, t.Title)), query.Topic))
            .Append(FilterSelect("level", "Level", Enum.GetValues<Level>().Select(v => (LevelText(v), LevelText(v))), level is null ? null : LevelText(level.Value)))
            .Append(FilterSelect("round", "Round", RoundType.All.Select(r => (r, RoundType.Title(r))), query.Round))
            .Append(FilterSelect("company", "Company", library.Companies.Select(c => (c.Id, c.Name)), query.Company))
            .Append("<noscript><button type=\"submit\">Filter</button></noscript></form>")
            .Append("<div id=\"results\">")
            .Append($"<p class=\"muted\" role=\"status\">{items.Count} of {library.Items.Count} items</p>");
        if (items.Count == 0)
        {
            body.Append("<div class=\"card empty\"><p>Nothing matches. Try fewer words or clear a filter.</p><p><a href=\"/library\">Clear all filters</a></p></div>");
        }
        else
        {
            body.Append("<ul class=\"items\">");
            foreach (var item in items.Take(300))
            {
                body.Append(ItemRow(library, item, progress.Of(item)));
            }
            body.Append("</ul>");
        }
        body.Append("</div>");
        return Layout.Page("Library", body.ToString(), "library");
    }

    /// <summary>One row of an item list: kind, title, topic, level and the user's status.</summary>
    public static string ItemRow(ContentLibrary library, IContentItem item, string status) =>
        $"<li class=\"item\"><div><div class=\"kind\">{E(KindText(item.Kind))}</div>" +
        $"<a class=\"item-title\" href=\"{UrlOf(item)}\">{E(item.Title)}</a>" +
        $"<div class=\"item-meta\"><span class=\"tag\">{E(library.Topic(item.Topic)?.Title ?? item.Topic)}</span>{Chip(LevelText(item.Level))}" +
        (item.Status == ContentStatus.Draft ? Chip("draft") : "") + "</div></div>" +
        Chip(status, "status-" + status) + "</li>";

    private static IResult Card(ContentLibrary library, ItemStatuses progress, string id)
    {
        if (library.Find<ConceptCard>(id) is not { } card)
        {
            return NotFoundPage.Page("concept card", id);
        }
        var topic = library.Topic(card.Topic)?.Title ?? card.Topic;
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/library\">Library</a> › <a href=\"/library?topic={U(card.Topic)}\">{E(topic)}</a></p>")
            .Append($"<div class=\"spread\"><h1>{E(card.Title)}</h1>{Chip(progress.Of(card), "status-" + progress.Of(card))}</div>")
            .Append($"<p class=\"row\">{Chip(LevelText(card.Level))}{string.Concat(card.Rounds.Select(r => Chip(RoundType.Title(r))))}")
            .Append(string.Concat(card.Companies.Select(c => $"<a class=\"tag\" href=\"/library?company={U(c)}\">{E(library.Company(c)?.Name ?? c)}</a>")))
            .Append("</p>")
            .Append($"<section class=\"card prose\"><h2>Question</h2>{Md(card.Question)}</section>")
            .Append("<details class=\"card prose\" open><summary><strong>Answer framework</strong></summary>").Append(Md(card.Answer)).Append("</details>")
            .Append("<div class=\"grid\">")
            .Append($"<section class=\"card\"><h2>Key phrases</h2>{List(card.KeyPhrases)}</section>")
            .Append($"<section class=\"card\"><h2>Pitfalls</h2>{List(card.Pitfalls)}</section>")
            .Append($"<section class=\"card\"><h2>Follow-ups</h2>{List(card.FollowUps)}</section>")
            .Append("</div>")
            .Append("<p><a class=\"btn btn-primary\" href=\"/review\">Review due cards</a></p>");
        return Layout.Page(card.Title, body.ToString(), "library");
    }
}
