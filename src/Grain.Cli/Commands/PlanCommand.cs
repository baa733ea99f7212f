using System.CommandLine;
using Grain.Core.Learning.Planning;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain plan [--json] [--days N]</c>: today and the next days of the study plan. When the learner has fallen behind
/// (new material of past days not studied) the plan is rebuilt from today with what is left.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var days = new Option<int>("--days") { Description = "How many days to show (default 8: today and the next 7)", DefaultValueFactory = _ => 8 };
        var command = new Command("plan", "Show today's plan and the next 7 days") { data, json, days };
        command.SetAction(async (parse, ct) =>
        {
            var window = parse.GetValue(days);
            if (window < 1)
            {
                throw new UsageException("--days must be at least 1");
            }
            await using var context = await LearningContext.OpenAsync(env, parse.GetValue(data), ct);
            var stored = await context.Store.GetActivePlanAsync(context.UserId, ct)
                ?? throw new UsageException("no plan yet: run 'grain assess' first");
            var assessment = await context.Store.GetLatestAssessmentAsync(context.UserId, ct);
            var seen = await context.Store.GetSeenItemIdsAsync(context.UserId, ct);
            var plan = stored.Plan;
            var today = context.Today;
            if (today >= plan.InterviewDate)
            {
                throw new UsageException($"the interview date {plan.InterviewDate:yyyy-MM-dd} has passed: run 'grain assess' with a new date");
            }
            var rebuilt = false;
            if (IsBehind(plan, today, seen) && assessment is not null && context.Library.Company(assessment.Assessment.CompanyId) is { } company)
            {
                plan = PlanBuilder.Build(new PlanInput(assessment.Assessment, company, context.Library.Skills, context.Library.Catalogue.PlanItems, today, seen));
                await context.Store.SavePlanAsync(context.UserId, assessment.Id, plan, context.Now, ct);
                rebuilt = true;
            }
            if (parse.GetValue(json))
            {
                env.Out.WriteLine(PlanView.ToJson(plan, today, window, seen, rebuilt));
                return GrainCli.Ok;
            }
            if (rebuilt)
            {
                env.Console.MarkupLine("[yellow]You fell behind, so the plan was rebuilt from today with what is left.[/]");
            }
            PlanView.Write(env.Console, plan, today, window, seen);
            return GrainCli.Ok;
        });
        return command;
    }

    /// <summary>True when a past day has new cards or problems not yet studied.</summary>
    public static bool IsBehind(StudyPlan plan, DateOnly today, IReadOnlySet<string> seen) =>
        plan.Days.Where(d => d.Date < today)
            .SelectMany(d => d.Tasks)
            .Any(t => t.Kind is PlanTaskKind.NewCards or PlanTaskKind.Problem && !t.ItemIds.All(seen.Contains));
}
