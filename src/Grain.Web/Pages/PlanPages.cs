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
        app.MapGet("/assess", (Learner learner) => Assess(learner, null, []));
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
        var plan = PlanBuilder.Build(new PlanInput(stored.Assessment, company, learner.Library.Skills, learner.PlanItems(), learner.Today, seen));
        await learner.Store.SavePlanAsync(user, stored.Id, plan, learner.Now);
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
