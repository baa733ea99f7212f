using Grain.Core.Content;
using Grain.Web.Learning;
using Grain.Store;
using Grain.Web.Components.Pages;

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
            return PageResults.Render<WelcomePage>();
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
        var again = (await learner.Store.GetDueCardsAsync(user, learner.Now)).Select(c => learner.Library.Find<Problem>(c.ItemId)).OfType<Problem>().ToList();
        if (again.Count > 0 && again[0].Id == nextProblem)
        {
            nextProblem = null;
        }
        return PageResults.Render<DashboardPage>(new
        {
            Library = learner.Library,
            Due = due,
            Readiness = readiness,
            Streak = streak,
            NextMock = nextMock is { } m && m != default ? m : (DateOnly?)null,
            Today = (IReadOnlyList<StoredPlanTask>)today,
            Again = (IReadOnlyList<Problem>)again,
            NextProblem = nextProblem is null ? null : learner.Library.Find<Problem>(nextProblem),
        });
    }
}
