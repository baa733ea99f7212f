namespace Grain.Core.Learning.Planning;

/// <summary>The kinds of work a plan schedules.</summary>
public enum PlanTaskKind
{
    /// <summary>Review the cards and problems due today.</summary>
    Review,

    /// <summary>Learn new concept cards of a skill.</summary>
    NewCards,

    /// <summary>Solve a coding problem.</summary>
    Problem,

    /// <summary>Re-rate the skills so the plan can adapt.</summary>
    Checkpoint,

    /// <summary>A timed mock interview loop.</summary>
    MockLoop,
}

/// <summary>One block of work on a plan day.</summary>
public sealed record PlanTask(PlanTaskKind Kind, string? SkillId, IReadOnlyList<string> ItemIds, int Minutes, string Title);

/// <summary>The work of one day; its minutes never exceed the daily budget.</summary>
public sealed record PlanDay(DateOnly Date, IReadOnlyList<PlanTask> Tasks)
{
    public int Minutes => Tasks.Sum(t => t.Minutes);
}

/// <summary>A day-by-day plan from <see cref="Start"/> up to the day before the interview.</summary>
public sealed record StudyPlan(DateOnly Start, DateOnly InterviewDate, int MinutesPerDay, IReadOnlyList<PlanDay> Days)
{
    /// <summary>The plan day for a date, or null outside the plan.</summary>
    public PlanDay? Day(DateOnly date) => Days.FirstOrDefault(d => d.Date == date);
}
