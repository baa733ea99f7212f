using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;
using Grain.Web.Components.Shared;

namespace Grain.Web.Pages;

/// <summary>
/// Card review: one card at a time, space reveals, 1–4 rate with the next interval on each button, undo; suspend, bury
/// and flag the card; custom study of a topic (<c>/review?topic=</c>).
/// </summary>
public static class ReviewPages
{
    // The custom-study topic list: computed once per loaded library (content is immutable once loaded).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Grain.Content.ContentLibrary, IReadOnlyList<Topic>> TopicsWithCards = new();

    private static readonly (Rating Rating, string Label)[] Buttons = [(Rating.Again, "Again"), (Rating.Hard, "Hard"), (Rating.Good, "Good"), (Rating.Easy, "Easy")];

    public static void MapReviewPages(this WebApplication app)
    {
        app.MapGet("/review", async (string? item, string? topic, ReviewSession session, Learner learner) => await ShowAsync(session, learner, item, topic));
        app.MapPost("/review", RateAsync);
        app.MapPost("/review/undo", async (ReviewSession session) =>
            await session.UndoAsync() is { } id ? Results.Redirect("/review?item=" + Labels.Url(id)) : Results.Redirect("/review"));
        app.MapPost("/review/suspend", (HttpRequest request, ReviewSession session, Learner learner) =>
            MarkAsync(request, learner, async id => await session.SuspendAsync(id, true), stay: false));
        app.MapPost("/review/bury", (HttpRequest request, ReviewSession session, Learner learner) =>
            MarkAsync(request, learner, session.BuryAsync, stay: false));
        app.MapPost("/review/flag", (HttpRequest request, ReviewSession session, Learner learner) =>
            MarkAsync(request, learner, session.ToggleFlagAsync, stay: true));
        app.MapPost("/cards/{id}/unsuspend", async (string id, ReviewSession session, Learner learner) =>
        {
            if (learner.Library.Find<ConceptCard>(id) is null)
            {
                return NotFoundPage.Page("concept card", id);
            }
            await session.SuspendAsync(id, false);
            return Results.Redirect("/library#suspended");
        });
    }

    private static async Task<IResult> ShowAsync(ReviewSession session, Learner learner, string? item, string? topic)
    {
        var custom = string.IsNullOrEmpty(topic) ? null : learner.Library.Topic(topic);
        if (!string.IsNullOrEmpty(topic) && custom is null)
        {
            return NotFoundPage.Page("topic", topic);
        }
        var queue = custom is null ? await session.QueueAsync() : await session.CustomQueueAsync(custom.Id);
        var entry = (item is null ? null : queue.FirstOrDefault(e => e.ItemId == item)) ?? queue.FirstOrDefault();
        var card = entry is null ? null : learner.Library.Find<ConceptCard>(entry.ItemId);
        var buttons = new List<(Rating, string, string)>(Buttons.Length);
        var now = learner.Now;
        var reschedules = entry is null || custom is null || CustomStudy.Reschedules(entry, now);
        if (entry is not null && card is not null)
        {
            var preview = session.Scheduler.Preview(entry.Card, now);
            buttons.AddRange(Buttons.Select(b => (b.Rating, b.Label, reschedules ? Interval(preview[b.Rating].Interval) : "no change")));
        }
        var marks = await session.MarksAsync();
        return PageResults.Render<ReviewPage>(new
        {
            Done = await session.RatedAsync(),
            Left = queue.Count,
            Card = card,
            Topic = card is null ? "" : Labels.TopicTitle(learner.Library, card.Topic),
            IsNew = entry?.IsNew ?? false,
            Buttons = (IReadOnlyList<(Rating, string, string)>)buttons,
            ShownAt = now.ToUnixTimeMilliseconds(),
            CanUndo = await session.UndoableItemAsync() is not null,
            Flagged = card is not null && marks.Any(m => m.ItemId == card.Id && m.Flagged),
            CustomTopic = custom,
            Reschedules = reschedules,
            Topics = TopicsWithCards.GetValue(learner.Library, library => library.Topics.Where(t => library.Cards.Any(c => c.Topic == t.Id)).ToList()),
        });
    }

    private static async Task<IResult> RateAsync(HttpRequest request, ReviewSession session, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var item = form["item"].ToString();
        var topic = form["topic"].ToString();
        if (!int.TryParse(form["rating"], out var r) || r is < 1 or > 4 || learner.Library.Find<ConceptCard>(item) is null
            || (topic.Length > 0 && learner.Library.Topic(topic) is null))
        {
            return ErrorPages.Render("Bad request", "That rating was not understood", "Rate a card with 1 to 4.", "/review", "Back to review", "review", StatusCodes.Status400BadRequest);
        }
        int? duration = long.TryParse(form["shown"], out var shown) ? (int)Math.Clamp(learner.Now.ToUnixTimeMilliseconds() - shown, 0, 3_600_000) : null;
        if (topic.Length > 0)
        {
            await session.RateCustomAsync(topic, item, (Rating)r, duration);
            return Results.Redirect("/review?topic=" + Labels.Url(topic));
        }
        await session.RateAsync(item, (Rating)r, duration);
        return Results.Redirect("/review");
    }

    private static async Task<IResult> MarkAsync(HttpRequest request, Learner learner, Func<string, Task> mark, bool stay)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var item = form["item"].ToString();
        var topic = form["topic"].ToString();
        if (learner.Library.Find<ConceptCard>(item) is null || (topic.Length > 0 && learner.Library.Topic(topic) is null))
        {
            return ErrorPages.Render("Bad request", "That card was not found", "Mark a card of the review.", "/review", "Back to review", "review", StatusCodes.Status400BadRequest);
        }
        await mark(item);
        var query = new List<string>();
        if (topic.Length > 0)
        {
            query.Add("topic=" + Labels.Url(topic));
        }
        if (stay)
        {
            query.Add("item=" + Labels.Url(item));
        }
        return Results.Redirect("/review" + (query.Count == 0 ? "" : "?" + string.Join('&', query)));
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
