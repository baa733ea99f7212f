using System.Text;
using Grain.Core.Content;
using Grain.Core.Learning.Fsrs;
using Grain.Web.Learning;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Card review: one card at a time, space reveals, 1–4 rate with the next interval on each button, undo.</summary>
public static class ReviewPages
{
    private static readonly (Rating Rating, string Label)[] Buttons = [(Rating.Again, "Again"), (Rating.Hard, "Hard"), (Rating.Good, "Good"), (Rating.Easy, "Easy")];

    public static void MapReviewPages(this WebApplication app)
    {
        app.MapGet("/review", async (string? item, ReviewSession session, Learner learner) => await ShowAsync(session, learner, item));
        app.MapPost("/review", RateAsync);
        app.MapPost("/review/undo", async (ReviewSession session) =>
            await session.UndoAsync() is { } id ? Results.Redirect($"/review?item={U(id)}") : Results.Redirect("/review"));
    }

    private static async Task<IResult> ShowAsync(ReviewSession session, Learner learner, string? item)
    {
        var queue = await session.QueueAsync();
        var entry = (item is null ? null : queue.FirstOrDefault(e => e.ItemId == item)) ?? queue.FirstOrDefault();
        var done = session.Rated;
        var total = done + queue.Count;
        var body = new StringBuilder("<div class=\"review\" data-review>")
            .Append("<div class=\"spread\"><h1>Review</h1>")
            .Append($"<span class=\"muted\" data-testid=\"review-progress\">{done} reviewed · {queue.Count} left</span></div>")
            .Append($"<div class=\"progressbar\" role=\"progressbar\" aria-label=\"Session progress\" aria-valuemin=\"0\" aria-valuemax=\"{total}\" aria-valuenow=\"{done}\"><span style=\"width:{(total == 0 ? 100 : done * 100 / total)}%\"></span></div>");
        if (entry is null || learner.Library.Find<ConceptCard>(entry.ItemId) is not { } card)
        {
            body.Append("<div class=\"card empty\" data-testid=\"review-done\"><h2>All done for now</h2><p>Nothing else is due. Come back tomorrow: the schedule spaces cards just before you would forget them.</p>")
                .Append("<p class=\"row\" style=\"justify-content:center\"><a class=\"btn btn-primary\" href=\"/problems\">Solve a problem</a><a class=\"btn\" href=\"/\">Dashboard</a></p></div>");
        }
        else
        {
            var preview = session.Scheduler.Preview(entry.Card, learner.Now);
            var topic = learner.Library.Topic(card.Topic)?.Title ?? card.Topic;
            body.Append("<article class=\"card\">")
                .Append($"<p class=\"row small\"><span class=\"tag\">{E(topic)}</span>{Chip(LevelText(card.Level))}{(entry.IsNew ? Chip("new", "status-new") : "")}</p>")
                .Append($"<div class=\"question prose\" data-testid=\"review-question\">{Md(card.Question)}</div>")
                .Append("<p class=\"reveal-hint\"><button type=\"button\" class=\"primary\" data-reveal>Show answer <kbd>Space</kbd></button></p>")
                .Append("<div data-answer hidden class=\"prose\"><hr>").Append(Md(card.Answer))
                .Append($"<h3>Key phrases</h3>{List(card.KeyPhrases)}")
                .Append($"<p class=\"small\"><a href=\"/cards/{U(card.Id)}\" target=\"_blank\">Open the full card</a></p>")
                .Append("<form method=\"post\" action=\"/review\" class=\"rate\">").Append(Security.FormToken.Field())
                .Append($"<input type=\"hidden\" name=\"item\" value=\"{E(card.Id)}\"><input type=\"hidden\" name=\"shown\" value=\"{learner.Now.ToUnixTimeMilliseconds()}\">");
            foreach (var (rating, label) in Buttons)
            {
                var interval = Interval(preview[rating].Interval);
                body.Append($"<button type=\"submit\" name=\"rating\" value=\"{(int)rating}\" data-rate=\"{(int)rating}\" aria-label=\"{label}, next in {interval}\">")
                    .Append($"<span><kbd>{(int)rating}</kbd> {label}</span><span class=\"interval\">{interval}</span></button>");
            }
            body.Append("</form></div>")
                .Append("<noscript><p>Without JavaScript: the answer is below.</p><style>[data-answer]{display:block!important}</style></noscript>")
                .Append("</article>");
        }
        if (session.UndoableItem is not null)
        {
            body.Append("<form method=\"post\" action=\"/review/undo\" class=\"toolbar\">").Append(Security.FormToken.Field()).Append("<button type=\"submit\" class=\"btn-quiet\" data-undo>Undo last rating <kbd>u</kbd></button></form>");
        }
        body.Append("<p class=\"muted small\"><kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>u</kbd> undo</p></div>");
        return Layout.Page("Review", body.ToString(), "review");
    }

    private static async Task<IResult> RateAsync(HttpRequest request, ReviewSession session, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var item = form["item"].ToString();
        if (!int.TryParse(form["rating"], out var r) || r is < 1 or > 4 || learner.Library.Find<ConceptCard>(item) is null)
        {
            return Layout.Page("Bad request", "<div class=\"card empty\"><h1>That rating was not understood</h1><p>Rate a card with 1 to 4.</p><p><a href=\"/review\">Back to review</a></p></div>", "review", 400);
        }
        int? duration = long.TryParse(form["shown"], out var shown) ? (int)Math.Clamp(learner.Now.ToUnixTimeMilliseconds() - shown, 0, 3_600_000) : null;
        await session.RateAsync(item, (Rating)r, duration);
        return Results.Redirect("/review");
    }

    /// <summary>An interval as a short phrase: 1 min, 10 min, 3 d, 2 mo.</summary>
    public static string Interval(TimeSpan span) => span.TotalMinutes switch
    {
        < 60 => $"{Math.Max(1, (int)Math.Round(span.TotalMinutes))} min",
        < 60 * 24 => $"{(int)Math.Round(span.TotalHours)} h",
        _ when span.TotalDays < 31 => $"{(int)Math.Round(span.TotalDays)} d",
        _ when span.TotalDays < 365 => $"{span.TotalDays / 30:0.#} mo",
        _ => $"{span.TotalDays / 365:0.#} y",
    };
}
