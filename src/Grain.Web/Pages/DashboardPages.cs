using System.Text;
using Grain.Core.Content;
using Grain.Web.Learning;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The dashboard: today's plan, reviews due, the next problem, readiness, streak and activity, the next mock loop.</summary>
public static class DashboardPages
{
    public static void MapDashboardPages(this WebApplication app)
    {
        app.MapGet("/", DashboardAsync);
    }

    private static async Task<IResult> DashboardAsync(Learner learner, ReviewSession session)
    {
        var user = await learner.UserIdAsync();
        var plan = await learner.Store.GetActivePlanAsync(user);
        if (plan is null && await learner.Store.GetLatestAssessmentAsync(user) is null)
        {
            return Layout.Page("Welcome", """
                <div class="hero narrow"><h1>Welcome to Grain</h1>
                <p class="lead">Practice for data-engineering interviews: concept cards on a spaced schedule, SQL and Python problems graded like an interviewer would, timed design and behavioural rounds, and full mock loops.</p>
                <p>Start with a two-minute self-assessment: rate eight skill areas, name your target company and your interview date, and Grain plans every day until then.</p>
                <p class="row"><a class="btn btn-primary" href="/assess">Start the self-assessment</a><a class="btn" href="/library">Browse the library first</a></p></div>
                """, "dashboard");
        }
        var due = (await session.QueueAsync()).Count;
        var readiness = await learner.ReadinessAsync();
        var logs = await learner.Store.GetReviewLogsAsync(user, learner.Now.AddDays(-60));
        var active = logs.Select(l => DateOnly.FromDateTime(l.ReviewedAt.UtcDateTime)).ToHashSet();
        var streak = 0;
        for (var d = learner.Today; active.Contains(d) || (d == learner.Today && streak == 0 && active.Contains(d.AddDays(-1))); d = d.AddDays(-1))
        {
            streak += active.Contains(d) ? 1 : 0;
        }
        var today = plan?.Tasks.Where(t => t.Day == learner.Today).OrderBy(t => t.Order).ToList() ?? [];
        var nextProblem = today.FirstOrDefault(t => t.Task.Kind == Core.Learning.Planning.PlanTaskKind.Problem)?.Task.ItemIds.FirstOrDefault()
            ?? learner.Library.Problems.OrderBy(p => p.Level).Select(p => p.Id).FirstOrDefault();
        var nextMock = plan?.Tasks.Where(t => t.Day >= learner.Today && t.Task.Kind == Core.Learning.Planning.PlanTaskKind.MockLoop).Select(t => t.Day).FirstOrDefault();
        var body = new StringBuilder("<div class=\"hero\"><h1>Today</h1></div><div class=\"grid\">")
            .Append($"<a class=\"card\" href=\"/review\"><div class=\"stat\" data-testid=\"due\">{due}</div><div class=\"stat-label\">cards to review</div></a>")
            .Append($"<a class=\"card\" href=\"/progress\"><div class=\"stat\">{readiness.Overall}</div><div class=\"stat-label\">readiness / 100</div></a>")
            .Append($"<div class=\"card\"><div class=\"stat\">{streak}</div><div class=\"stat-label\">day streak</div></div>")
            .Append($"<a class=\"card\" href=\"/mock\"><div class=\"stat\">{(nextMock is { } m && m != default ? m.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture) : "any time")}</div><div class=\"stat-label\">next mock loop</div></a></div>")
            .Append("<div class=\"grid-2\"><section class=\"card\"><h2>Today's plan</h2>");
        if (today.Count == 0)
        {
            body.Append("<p class=\"muted\">Nothing planned today.</p>");
        }
        else
        {
            body.Append("<ul class=\"rules\">").Append(string.Concat(today.Select(t =>
                $"<li>{(t.DoneAt is null ? "" : "✓ ")}{(PlanPages.LinkFor(t.Task) is { } link ? $"<a href=\"{link}\">{E(t.Task.Title)}</a>" : E(t.Task.Title))} <span class=\"muted small\">{t.Task.Minutes} min</span></li>"))).Append("</ul>");
        }
        body.Append("<p><a href=\"/plan#today\">Whole plan</a></p>");
        var again = (await learner.Store.GetDueCardsAsync(user, learner.Now)).Select(c => learner.Library.Find<Problem>(c.ItemId)).OfType<Problem>().ToList();
        if (again.Count > 0)
        {
            body.Append("<p>Due for another attempt (spaced repetition): ")
                .Append(string.Join(", ", again.Take(3).Select(x => $"<a href=\"/problems/{U(x.Id)}\">{E(x.Title)}</a>"))).Append("</p>");
            nextProblem = again[0].Id == nextProblem ? null : nextProblem;
        }
        if (nextProblem is not null && learner.Library.Find<Problem>(nextProblem) is { } p)
        {
            body.Append($"<p>Next problem: <a href=\"/problems/{U(p.Id)}\">{E(p.Title)}</a></p>");
        }
        body.Append("</section><section class=\"card\"><h2>Readiness by skill</h2>").Append(ProgressPages.SkillBars(learner, readiness)).Append("</section></div>");
        return Layout.Page("Dashboard", body.ToString(), "dashboard");
    }
}
