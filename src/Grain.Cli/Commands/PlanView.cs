using System.Text.Json;
using System.Text.Json.Serialization;
using Grain.Core.Learning.Planning;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>Shows a plan window (today and the next days) as a table or as JSON.</summary>
internal static class PlanView
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static IReadOnlyList<PlanDay> Window(StudyPlan plan, DateOnly today, int days) =>
        plan.Days.Where(d => d.Date >= today && d.Date < today.AddDays(days)).ToList();

    public static string ToJson(StudyPlan plan, DateOnly today, int days, IReadOnlySet<string> seen, bool rebuilt)
    {
        var window = Window(plan, today, days);
        var doc = new
        {
            today = today.ToString("yyyy-MM-dd"),
            interview_date = plan.InterviewDate.ToString("yyyy-MM-dd"),
            days_left = plan.InterviewDate.DayNumber - today.DayNumber,
            minutes_per_day = plan.MinutesPerDay,
            rebuilt,
            days = window.Select(d => new
            {
                date = d.Date.ToString("yyyy-MM-dd"),
                minutes = d.Minutes,
                tasks = d.Tasks.Select(t => new
                {
                    kind = Kind(t.Kind),
                    skill = t.SkillId,
                    title = t.Title,
                    minutes = t.Minutes,
                    items = t.ItemIds,
                    done = t.ItemIds.Count > 0 && t.ItemIds.All(seen.Contains),
                }),
            }),
        };
        return JsonSerializer.Serialize(doc, Json);
    }

    public static void Write(IAnsiConsole console, StudyPlan plan, DateOnly today, int days, IReadOnlySet<string> seen)
    {
        console.MarkupLine($"[bold]Interview {plan.InterviewDate:yyyy-MM-dd}[/] · {plan.InterviewDate.DayNumber - today.DayNumber} day(s) left · {plan.MinutesPerDay} min a day");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Day").AddColumn("Task").AddColumn(new TableColumn("Min").RightAligned());
        foreach (var day in Window(plan, today, days))
        {
            var label = day.Date == today ? $"{day.Date:ddd dd MMM} (today)" : $"{day.Date:ddd dd MMM}";
            var first = true;
            foreach (var task in day.Tasks)
            {
                var done = task.ItemIds.Count > 0 && task.ItemIds.All(seen.Contains) ? " [green]✓[/]" : "";
                table.AddRow(first ? Markup.Escape(label) : "", Markup.Escape(task.Title) + done, task.Minutes.ToString());
                first = false;
            }
            if (first)
            {
                table.AddRow(Markup.Escape(label), "[grey]rest[/]", "0");
            }
        }
        console.Write(table);
    }

    public static string Kind(PlanTaskKind kind) => kind switch
    {
        PlanTaskKind.NewCards => "new-cards",
        PlanTaskKind.MockLoop => "mock-loop",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
