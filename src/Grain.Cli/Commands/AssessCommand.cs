using System.CommandLine;
using System.Globalization;
using Grain.Core.Learning.Planning;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain assess [--sql N …] [--company ID] [--date YYYY-MM-DD] [--hours H] [--json]</c>: rate the 8 skill areas,
/// name the target company and date, and get a fresh study plan. Asks for what is missing when run in a terminal.
/// </summary>
internal static class AssessCommand
{
    /// <summary>The self-assessment areas of content/skills.yaml; each is a <c>--id N</c> option.</summary>
    public static readonly string[] SkillIds =
        ["sql", "python", "distributed-systems", "data-modeling", "orchestration", "cloud-services", "coding-dsa", "data-quality"];

    public static Command Create(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var ratings = SkillIds.ToDictionary(id => id, id => new Option<int?>("--" + id) { Description = $"Your level in {id}, 1 to 5" });
        var company = new Option<string?>("--company") { Description = "Company profile id (content/companies)" };
        var date = new Option<string?>("--date") { Description = "Interview date, YYYY-MM-DD" };
        var hours = new Option<double?>("--hours") { Description = "Hours a day you can study" };
        var json = new Option<bool>("--json") { Description = "Print the new plan (today and the next 7 days) as JSON" };
        var command = new Command("assess", "Rate your skills, set the interview, and get a study plan") { data, company, date, hours, json };
        foreach (var option in ratings.Values)
        {
            command.Add(option);
        }
        command.SetAction(async (parse, ct) =>
        {
            await using var context = await LearningContext.OpenAsync(env, parse.GetValue(data), ct);
            var asker = new Asker(env);
            var skills = context.Library.Skills.Count > 0 ? context.Library.Skills.Select(s => s.Id).ToList() : [.. SkillIds];
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var skill in skills)
            {
                var given = ratings.TryGetValue(skill, out var option) ? parse.GetValue(option) : null;
                var area = context.Library.Skill(skill);
                values[skill] = given ?? asker.Rating(skill, area?.Title ?? skill, area is null ? [] : [area.Level1, area.Level3, area.Level5]);
            }
            var companyId = parse.GetValue(company) ?? asker.Text("--company", "Target company profile", context.Library.Companies.Select(c => c.Id).ToList());
            var profile = context.Company(companyId);
            var dateText = parse.GetValue(date) ?? asker.Text("--date", "Interview date (YYYY-MM-DD)", []);
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var interview))
            {
                throw new UsageException($"interview date must be YYYY-MM-DD, got '{dateText}'");
            }
            var perDay = parse.GetValue(hours) ?? asker.Hours();
            var assessment = new SelfAssessment(values, profile.Id, interview, perDay);
            if (assessment.Problems(context.Today) is { Count: > 0 } problems)
            {
                throw new UsageException(string.Join("; ", problems));
            }
            var seen = await context.Store.GetSeenItemIdsAsync(context.UserId, ct);
            var plan = PlanBuilder.Build(new PlanInput(assessment, profile, context.Library.Skills, context.Library.Catalogue.PlanItems, context.Today, seen));
            var assessmentId = await context.Store.SaveAssessmentAsync(context.UserId, assessment, context.Now, ct);
            await context.Store.SavePlanAsync(context.UserId, assessmentId, plan, context.Now, ct);
            if (parse.GetValue(json))
            {
                env.Out.WriteLine(PlanView.ToJson(plan, context.Today, 8, seen, rebuilt: true));
                return GrainCli.Ok;
            }
            env.Console.MarkupLine($"[green]Assessment saved.[/] Plan: {plan.Days.Count} day(s) until {interview:yyyy-MM-dd} for {Markup.Escape(profile.Name)}, at most {plan.MinutesPerDay} min a day.");
            PlanView.Write(env.Console, plan, context.Today, 8, seen);
            return GrainCli.Ok;
        });
        return command;
    }

    /// <summary>Asks for missing answers in a terminal; when scripted, a missing answer is a usage error.</summary>
    private sealed class Asker(CliEnvironment env)
    {
        public int Rating(string skill, string title, IReadOnlyList<string> levels)
        {
            Require("--" + skill);
            if (levels.Count == 3)
            {
                env.Console.MarkupLine($"[bold]{Markup.Escape(title)}[/]\n  1: {Markup.Escape(levels[0])}\n  3: {Markup.Escape(levels[1])}\n  5: {Markup.Escape(levels[2])}");
            }
            return env.Console.Prompt(new TextPrompt<int>($"Your level in {Markup.Escape(title)} (1-5):")
                .Validate(v => v is >= 1 and <= 5 ? ValidationResult.Success() : ValidationResult.Error("1 to 5")));
        }

        public string Text(string flag, string question, IReadOnlyList<string> choices)
        {
            Require(flag);
            return choices.Count > 0
                ? env.Console.Prompt(new SelectionPrompt<string>().Title(question).AddChoices(choices))
                : env.Console.Prompt(new TextPrompt<string>(question + ":"));
        }

        public double Hours()
        {
            Require("--hours");
            return env.Console.Prompt(new TextPrompt<double>("Hours a day you can study:"));
        }

        private void Require(string flag)
        {
            if (!env.IsTerminal)
            {
                throw new UsageException($"missing {flag} (pass every answer as a flag when not running in a terminal)");
            }
        }
    }
}
