using Grain.Core.Content;
using Grain.Core.Learning.Fsrs;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;
using Grain.Web.Components.Shared;

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
            await session.UndoAsync() is { } id ? Results.Redirect("/review?item=" + Labels.Url(id)) : Results.Redirect("/review"));
    }

    private static async Task<IResult> ShowAsync(ReviewSession session, Learner learner, string? item)
    {
        var queue = await session.QueueAsync();
        var entry = (item is null ? null : queue.FirstOrDefault(e => e.ItemId == item)) ?? queue.FirstOrDefault();
        var card = entry is null ? null : learner.Library.Find<ConceptCard>(entry.ItemId);
        var buttons = new List<(Rating, string, string)>(Buttons.Length);
        if (entry is not null && card is not null)
        {
            var preview = session.Scheduler.Preview(entry.Card, learner.Now);
            buttons.AddRange(Buttons.Select(b => (b.Rating, b.Label, Interval(preview[b.Rating].Interval))));
        }
        return PageResults.Render<ReviewPage>(new
        {
            Done = await session.RatedAsync(),
            Left = queue.Count,
            Card = card,
            Topic = card is null ? "" : Labels.TopicTitle(learner.Library, card.Topic),
            IsNew = entry?.IsNew ?? false,
            Buttons = (IReadOnlyList<(Rating, string, string)>)buttons,
            ShownAt = learner.Now.ToUnixTimeMilliseconds(),
            CanUndo = await session.UndoableItemAsync() is not null,
        });
    }

    private static async Task<IResult> RateAsync(HttpRequest request, ReviewSession session, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var item = form["item"].ToString();
        if (!int.TryParse(form["rating"], out var r) || r is < 1 or > 4 || learner.Library.Find<ConceptCard>(item) is null)
        {
            return ErrorPages.Render("Bad request", "That rating was not understood", "Rate a card with 1 to 4.", "/review", "Back to review", "review", StatusCodes.Status400BadRequest);
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
