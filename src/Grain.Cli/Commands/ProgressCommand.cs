using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Grain.Core.Learning.Progress;
using Grain.Store;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain progress [--json]</c>: per skill area cards mastered, problems solved, recall, time and readiness (docs/READINESS.md).</summary>
internal static class ProgressCommand
{
    public static Command Create(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("progress", "Show progress and readiness per skill area") { data, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var context = await LearningContext.OpenAsync(env, parse.GetValue(data), ct);
            var store = context.Store;
            var cards = await store.GetCardsAsync(context.UserId, ct);
            var logs = await store.GetReviewLogsAsync(context.UserId, null, ct);
            var solved = (await store.GetSubmissionsAsync(context.UserId, null, ct))
                .Where(s => s.Status == SubmissionStatus.Done && s.Passed == true).Select(s => s.ProblemId).ToHashSet(StringComparer.Ordinal);
            var assessment = await store.GetLatestAssessmentAsync(context.UserId, ct);
            var emphasis = assessment is null ? null : context.Library.Company(assessment.Assessment.CompanyId)?.Emphasis;
            var report = Readiness.Compute(context.Library.Skills.Select(s => s.Id).ToList(), context.Library.Catalogue.ProgressItems, cards, logs, solved,
                assessment?.Assessment.Ratings, emphasis, context.Now);
            var due = cards.Count(c => c.Due <= context.Now);
            if (parse.GetValue(json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    overall = report.Overall,
                    due_now = due,
                    skills = report.Skills.Select(s => new
                    {
                        skill = s.SkillId,
                        readiness = s.Readiness,
                        cards_total = s.CardsTotal,
                        cards_started = s.CardsStarted,
                        cards_mastered = s.CardsMastered,
                        problems_total = s.ProblemsTotal,
                        problems_solved = s.ProblemsSolved,
                        recall_rate = s.RecallRate,
                        minutes_spent = Math.Round(s.TimeSpent.TotalMinutes, 1),
                    }),
                }, new JsonSerializerOptions { WriteIndented = true }));
                return GrainCli.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Skill").AddColumn(new TableColumn("Readiness").RightAligned())
                .AddColumn(new TableColumn("Cards mastered").RightAligned()).AddColumn(new TableColumn("Problems solved").RightAligned())
                .AddColumn(new TableColumn("Recall (30 d)").RightAligned()).AddColumn(new TableColumn("Time").RightAligned());
            foreach (var s in report.Skills)
            {
                var title = context.Library.Skill(s.SkillId)?.Title ?? s.SkillId;
                table.AddRow(Markup.Escape(title), s.Readiness.ToString(CultureInfo.InvariantCulture), $"{s.CardsMastered}/{s.CardsTotal}",
                    $"{s.ProblemsSolved}/{s.ProblemsTotal}", s.RecallRate is { } r ? $"{r:P0}" : "-", $"{(int)s.TimeSpent.TotalMinutes} min");
            }
            env.Console.Write(table);
            env.Console.MarkupLine($"[bold]Overall readiness: {report.Overall}/100[/] · {due} item(s) due now");
            return GrainCli.Ok;
        });
        return command;
    }
}
