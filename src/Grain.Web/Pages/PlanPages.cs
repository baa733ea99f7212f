using System.Globalization;
using System.Text;
using Grain.Core.Learning.Planning;
using Grain.Store;
using Grain.Web.Learning;
using static Grain.Web.Pages.Html;

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
            await learner.Store.MarkPlanTaskDoneAsync(id, learner.Now);
            return Results.Redirect("/plan#today");
        });
    }

    private static IResult Assess(Learner learner, IFormCollection? form, IReadOnlyList<string> problems)
    {
        var lib = learner.Library;
        var body = new StringBuilder("<div class=\"narrow\"><div class=\"hero\"><h1>Where are you now?</h1><p class=\"lead\">Rate each area honestly, name your target and your interview date. Grain builds a day-by-day plan from it.</p></div>");
        if (problems.Count > 0)
        {
            body.Append("<div class=\"card notice\" role=\"alert\"><p><strong>Please fix:</strong></p>").Append(List(problems)).Append("</div>");
        }
        body.Append("<form method=\"post\" action=\"/assess\">").Append(Security.FormToken.Field());
        foreach (var skill in lib.Skills)
        {
            var current = form?[$"r-{skill.Id}"].ToString() is { Length: > 0 } v ? v : "";
            body.Append($"<fieldset class=\"card\"><legend>{E(skill.Title)}</legend>")
                .Append($"<p class=\"small muted\">1: {E(skill.Level1)}<br>3: {E(skill.Level3)}<br>5: {E(skill.Level5)}</p><div class=\"scale-choice\">");
            for (var i = 1; i <= 5; i++)
            {
                body.Append($"<label><input type=\"radio\" name=\"r-{E(skill.Id)}\" value=\"{i}\" required{(current == i.ToString(CultureInfo.InvariantCulture) ? " checked" : "")}>{i}</label>");
            }
            body.Append("</div></fieldset>");
        }
        var company = form?["company"].ToString();
        var date = form?["date"].ToString() is { Length: > 0 } d ? d : learner.Today.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hours = form?["hours"].ToString() is { Length: > 0 } h ? h : "1.5";
        body.Append("<div class=\"card grid\">")
            .Append("<div class=\"field\"><label for=\"company\">Target company profile</label><select id=\"company\" name=\"company\" required>")
            .Append(string.Concat(lib.Companies.Select(c => Option(c.Id, c.Name, company))))
            .Append("</select></div>")
            .Append($"<div class=\"field\"><label for=\"date\">Interview date</label><input type=\"date\" id=\"date\" name=\"date\" value=\"{E(date)}\" required></div>")
            .Append($"<div class=\"field\"><label for=\"hours\">Hours a day</label><input type=\"number\" id=\"hours\" name=\"hours\" min=\"0.25\" max=\"16\" step=\"0.25\" value=\"{E(hours)}\" required></div>")
            .Append("</div><p><button type=\"submit\" class=\"primary\">Build my plan</button></p></form></div>");
        return Layout.Page("Self-assessment", body.ToString(), "plan", problems.Count > 0 ? 400 : 200);
    }

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
            return Layout.Page("Plan", "<div class=\"hero\"><h1>Your plan</h1><p class=\"lead\">Tell Grain where you stand and when your interview is; it builds a plan for every day until then.</p></div>" +
                "<p><a class=\"btn btn-primary\" href=\"/assess\">Start the self-assessment</a></p>", "plan");
        }
        var company = learner.Library.Company((await learner.Store.GetLatestAssessmentAsync(user))?.Assessment.CompanyId ?? "");
        var days = (stored.Plan.InterviewDate.DayNumber - learner.Today.DayNumber);
        var body = new StringBuilder()
            .Append($"<div class=\"hero spread\"><div><h1>Your plan</h1><p class=\"lead\" data-testid=\"plan-summary\">{days} day(s) to your {E(company?.Name ?? "")} interview on {stored.Plan.InterviewDate:ddd d MMM}, {stored.Plan.MinutesPerDay} min a day.</p></div>")
            .Append("<form method=\"post\" action=\"/plan/replan\" class=\"row\">").Append(Security.FormToken.Field()).Append("<button type=\"submit\">Re-plan from today</button><a class=\"btn\" href=\"/assess\">Re-assess</a></form></div>")
            .Append("<ol class=\"plan-days\">");
        foreach (var day in stored.Plan.Days)
        {
            var tasks = stored.Tasks.Where(t => t.Day == day.Date).OrderBy(t => t.Order).ToList();
            var today = day.Date == learner.Today;
            var past = day.Date < learner.Today;
            body.Append($"<li class=\"plan-day{(today ? " today" : "")}{(past ? " done" : "")}\"{(today ? " id=\"today\" aria-current=\"date\"" : "")}>")
                .Append($"<div class=\"spread\"><strong>{day.Date:ddd d MMM}{(today ? " · today" : "")}</strong><span class=\"muted small\">{day.Minutes} min</span></div><ul class=\"rules\">");
            foreach (var t in tasks)
            {
                var link = LinkFor(t.Task);
                var done = t.DoneAt is not null;
                body.Append("<li class=\"spread\"><span>").Append(done ? "✓ " : "").Append(link is null ? E(t.Task.Title) : $"<a href=\"{link}\">{E(t.Task.Title)}</a>")
                    .Append($" <span class=\"muted small\">{t.Task.Minutes} min</span></span>");
                if (today && !done)
                {
                    body.Append($"<form method=\"post\" action=\"/plan/tasks/{t.Id}/done\">{Security.FormToken.Field()}<button type=\"submit\" class=\"btn-quiet small\">Mark done</button></form>");
                }
                body.Append("</li>");
            }
            body.Append("</ul></li>");
        }
        body.Append("</ol>");
        return Layout.Page("Plan", body.ToString(), "plan");
    }

    /// <summary>Where a plan task is done in the app.</summary>
    public static string? LinkFor(PlanTask task) => task.Kind switch
    {
        PlanTaskKind.Review or PlanTaskKind.NewCards => "/review",
        PlanTaskKind.Problem when task.ItemIds.Count > 0 => $"/problems/{U(task.ItemIds[0])}",
        PlanTaskKind.MockLoop => "/mock",
        PlanTaskKind.Checkpoint => "/assess",
        _ => null,
    };
}
