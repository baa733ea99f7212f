using System.Globalization;
using Grain.Core.Learning.Planning;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;

namespace Grain.Web.Pages;

/// <summary>The self-assessment wizard and the day-by-day plan until the interview.</summary>
public static class PlanPages
{
    public static void MapPlanPages(this WebApplication app)
    {
        app.MapGet("/assess", async (Learner learner) => Assess(learner, await LastAnswersAsync(learner), []));
        app.MapPost("/assess", SaveAssessmentAsync);
        app.MapGet("/plan", ShowPlanAsync);
        app.MapPost("/plan/replan", ReplanAsync);
        app.MapPost("/plan/tasks/{id:long}/done", async (long id, Learner learner) =>
        {
            // Only a task of the learner's own active plan; anyone else's answers as a missing one.
            if (!await learner.OwnsPlanTaskAsync(id))
            {
                return NotFoundPage.Page("plan task", id.ToString(CultureInfo.InvariantCulture));
            }
            await learner.Store.MarkPlanTaskDoneAsync(id, learner.Now);
            return Results.Redirect("/plan#today");
        });
        app.MapPost("/plan/tasks/{id:long}/undo", async (long id, Learner learner) =>
        {
            if (!await learner.OwnsPlanTaskAsync(id))
            {
                return NotFoundPage.Page("plan task", id.ToString(CultureInfo.InvariantCulture));
            }
            await learner.Store.MarkPlanTaskUndoneAsync(id);
            return Results.Redirect("/plan#today");
        });
    }

    /// <summary>The learner's last self-assessment as the form's answers (Re-assess opens prefilled); a past interview date is left out.</summary>
    private static async Task<IFormCollection?> LastAnswersAsync(Learner learner)
    {
        if (await learner.Store.GetLatestAssessmentAsync(await learner.UserIdAsync()) is not { } last)
        {
            return null;
        }
        var answers = last.Assessment.Ratings.ToDictionary(r => $"r-{r.Key}", r => new Microsoft.Extensions.Primitives.StringValues(r.Value.ToString(CultureInfo.InvariantCulture)));
        answers["company"] = last.Assessment.CompanyId;
        answers["hours"] = last.Assessment.HoursPerDay.ToString(CultureInfo.InvariantCulture);
        if (last.Assessment.InterviewDate > learner.Today)
        {
            answers["date"] = last.Assessment.InterviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return new FormCollection(answers);
    }

    private static IResult Assess(Learner learner, IFormCollection? form, IReadOnlyList<string> problems) =>
        PageResults.Render<AssessPage>(
            new
            {
                learner.Library,
                Form = form,
                Problems = problems,
                DefaultDate = learner.Today.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            problems.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);

    private static async Task<IResult> SaveAssessmentAsync(HttpRequest request, Learner learner, ReviewSession session)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var problems = new List<string>();
        var ratings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var skill in learner.Library.Skills)
        {
            if (int.TryParse(form[$"r-{skill.Id}"], out var r) && r is >= 1 and <= 5)
            {
                ratings[skill.Id] = r;
            }
            else
            {
                problems.Add($"Rate {skill.Title} from 1 to 5.");
            }
        }
        var company = learner.Library.Company(form["company"].ToString());
        if (company is null)
        {
            problems.Add("Pick a target company profile.");
        }
        if (!DateOnly.TryParseExact(form["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add("Give the interview date.");
        }
        if (!double.TryParse(form["hours"], NumberStyles.Float, CultureInfo.InvariantCulture, out var hours))
        {
            problems.Add("Give the hours a day as a number.");
        }
        var assessment = new SelfAssessment(ratings, company?.Id ?? "", date, hours);
        if (problems.Count == 0)
        {
            problems.AddRange(assessment.Problems(learner.Today).Select(p => char.ToUpperInvariant(p[0]) + p[1..] + "."));
        }
        if (problems.Count > 0 || company is null)
        {
            return Assess(learner, form, problems);
        }
        var user = await learner.UserIdAsync();
        var seen = await learner.Store.GetSeenItemIdsAsync(user);
        var plan = PlanBuilder.Build(new PlanInput(assessment, company, learner.Library.Skills, learner.PlanItems(), learner.Today, seen));
        var id = await learner.Store.SaveAssessmentAsync(user, assessment, learner.Now);
        await learner.Store.SavePlanAsync(user, id, plan, learner.Now);
        session.Invalidate();
        return Results.Redirect("/plan");
    }

    private static async Task<IResult> ReplanAsync(Learner learner, ReviewSession session)
    {
        var user = await learner.UserIdAsync();
        if (await learner.Store.GetLatestAssessmentAsync(user) is not { } stored || learner.Library.Company(stored.Assessment.CompanyId) is not { } company
            || stored.Assessment.InterviewDate <= learner.Today)
        {
            return Results.Redirect("/assess");
        }
        var seen = await learner.Store.GetSeenItemIdsAsync(user);
        var done = (await learner.Store.GetActivePlanAsync(user))?.Tasks.Where(t => t.DoneAt is not null)
            .Select(t => new DoneTask(t.Day, t.Task, t.DoneAt!.Value)).ToList() ?? [];
        var fresh = PlanBuilder.Build(new PlanInput(stored.Assessment, company, learner.Library.Skills, learner.PlanItems(), learner.Today, seen));
        await learner.Store.SavePlanAsync(user, stored.Id, Replan.KeepDone(fresh, done, learner.Today), learner.Now);
        // The kept tasks are stored open like every new task: mark each done again, at its first time.
        var saved = (await learner.Store.GetActivePlanAsync(user))!.Tasks.ToList();
        foreach (var d in done)
        {
            if (saved.FirstOrDefault(t => t.Day == d.Day && Replan.Same(t.Task, d.Task)) is { } task)
            {
                saved.Remove(task);
                await learner.Store.MarkPlanTaskDoneAsync(task.Id, d.DoneAt);
            }
        }
        session.Invalidate();
        return Results.Redirect("/plan");
    }

    private static async Task<IResult> ShowPlanAsync(Learner learner)
    {
        var user = await learner.UserIdAsync();
        if (await learner.Store.GetActivePlanAsync(user) is not { } stored)
        {
            return PageResults.Render<PlanStartPage>(new { Assignments = await Cohort.Assignments.ForAsync(learner), learner.Library });
        }
        var company = learner.Library.Company((await learner.Store.GetLatestAssessmentAsync(user))?.Assessment.CompanyId ?? "");
        return PageResults.Render<PlanPage>(new { Plan = stored, CompanyName = company?.Name ?? "", learner.Today, Assignments = await Cohort.Assignments.ForAsync(learner), learner.Library });
    }
}
