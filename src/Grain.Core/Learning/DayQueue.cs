using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;

namespace Grain.Core.Learning;

/// <summary>Today's review queue and the moment it must be rebuilt (the next card falling due later today, or midnight UTC).</summary>
public sealed record DayQueue(IReadOnlyList<QueueEntry> Entries, DateTimeOffset ValidUntil)
{
    /// <summary>
    /// The day's card queue, the same for every host: cards due now (least recalled first), then new cards up to the
    /// daily limit, those the plan scheduled up to today first, then the rest by level.
    /// </summary>
    /// <param name="scheduler">The scheduler that computes retrievability.</param>
    /// <param name="catalogue">Which ids are cards, and the order new cards come in.</param>
    /// <param name="dueByDayEnd">The learner's items due before the day ends (any kind, any order).</param>
    /// <param name="introducedToday">New items already introduced today.</param>
    /// <param name="seen">Items the learner has already met.</param>
    /// <param name="plan">The active plan, or null.</param>
    /// <param name="now">The current time (UTC).</param>
    /// <param name="newPerDay">The daily limit of new cards.</param>
    /// <param name="marks">The learner's card marks: suspended cards and cards buried until later stay out.</param>
    public static DayQueue Build(
        FsrsScheduler scheduler,
        LearningCatalogue catalogue,
        IEnumerable<SrsCard> dueByDayEnd,
        int introducedToday,
        IReadOnlySet<string> seen,
        StudyPlan? plan,
        DateTimeOffset now,
        int newPerDay = ReviewQueue.DefaultNewPerDay,
        IEnumerable<CardMark>? marks = null)
    {
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var dayEnd = dayStart.AddDays(1);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var setAside = CardMark.SetAside(marks ?? [], now);
        var cards = dueByDayEnd.Where(c => catalogue.IsCard(c.ItemId) && !setAside.Contains(c.ItemId)).ToList();
        var planned = plan?.Days.Where(d => d.Date <= today).SelectMany(d => d.Tasks)
            .Where(t => t.Kind == PlanTaskKind.NewCards).SelectMany(t => t.ItemIds) ?? [];
        var candidates = planned.Concat(catalogue.CardsInIntroductionOrder)
            .Where(id => !seen.Contains(id) && !setAside.Contains(id) && catalogue.IsCard(id)).Distinct(StringComparer.Ordinal);
        var entries = ReviewQueue.Build(scheduler, cards.Where(c => c.Due <= now), candidates, now, introducedToday, newPerDay);
        var nextDue = cards.Where(c => c.Due > now && c.Due < dayEnd).Select(c => c.Due).DefaultIfEmpty(dayEnd).Min();
        return new DayQueue(entries, nextDue);
    }
}
