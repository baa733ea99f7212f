namespace Grain.Core.Learning.Planning;

/// <summary>A task of the old plan the learner marked done, on its day.</summary>
public sealed record DoneTask(DateOnly Day, PlanTask Task, DateTimeOffset DoneAt);

/// <summary>Re-planning that keeps what is done: a fresh plan from today plus the tasks of the old plan already marked done.</summary>
public static class Replan
{
    /// <summary>
    /// The fresh plan with the done tasks kept: done tasks of earlier days keep their days before today, and today's done
    /// tasks come first on today, replacing the same task (same kind, title and items) in the fresh plan.
    /// </summary>
    public static StudyPlan KeepDone(StudyPlan fresh, IReadOnlyList<DoneTask> done, DateOnly today)
    {
        var past = done.Where(d => d.Day < today).GroupBy(d => d.Day).OrderBy(g => g.Key)
            .Select(g => new PlanDay(g.Key, g.Select(d => d.Task).ToList()));
        var doneToday = done.Where(d => d.Day == today).Select(d => d.Task).ToList();
        var days = fresh.Days.Select(day => day.Date != today || doneToday.Count == 0 ? day
            : new PlanDay(day.Date, [.. doneToday, .. day.Tasks.Where(t => !doneToday.Any(d => Same(d, t)))]));
        if (doneToday.Count > 0 && fresh.Day(today) is null)
        {
            days = days.Prepend(new PlanDay(today, doneToday));
        }
        var all = past.Concat(days).OrderBy(d => d.Date).ToList();
        return fresh with { Start = all.Count > 0 && all[0].Date < fresh.Start ? all[0].Date : fresh.Start, Days = all };
    }

    /// <summary>Whether two tasks are the same piece of work (same kind, title and items; minutes may differ).</summary>
    public static bool Same(PlanTask a, PlanTask b) =>
        a.Kind == b.Kind && a.Title == b.Title && a.ItemIds.SequenceEqual(b.ItemIds, StringComparer.Ordinal);
}
