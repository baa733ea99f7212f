using Grain.Core.Learning.Fsrs;
using Grain.Web.Components.Pages;
using Grain.Web.Learning;

namespace Grain.Web.Pages;

/// <summary>Progress: readiness per skill, reviews per day, recall rate, problems solved per topic.</summary>
public static class ProgressPages
{
    public static void MapProgressPages(this WebApplication app)
    {
        app.MapGet("/progress", ShowAsync);
        app.MapGet("/api/progress", async (Learner learner) =>
        {
            var report = await learner.ReadinessAsync();
            return TypedResults.Ok(new { overall = report.Overall, skills = report.Skills });
        }).WithTags("Progress");
    }

    private static async Task<IResult> ShowAsync(Learner learner)
    {
        var user = await learner.UserIdAsync();
        var report = await learner.ReadinessAsync();
        var logs = await learner.Store.GetReviewLogsAsync(user, learner.Now.AddDays(-30));
        var submissions = await learner.Store.GetSubmissionsAsync(user);
        var days = Enumerable.Range(0, 30).Select(i => learner.Today.AddDays(i - 29)).ToList();
        var perDay = days.Select(d => logs.Count(l => DateOnly.FromDateTime(l.ReviewedAt.UtcDateTime) == d)).ToList();
        var recall = days.Select(d =>
        {
            var of = logs.Where(l => DateOnly.FromDateTime(l.ReviewedAt.UtcDateTime) == d).ToList();
            return of.Count == 0 ? (double?)null : Math.Round(100.0 * of.Count(l => l.Rating >= Rating.Hard) / of.Count);
        }).ToList();
        var x = days.Select(d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds()).ToList();
        var solved = submissions.Where(s => s.Passed == true).Select(s => s.ProblemId).ToHashSet(StringComparer.Ordinal);
        var byTopic = learner.Library.Problems.GroupBy(p => p.Topic).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(p => solved.Contains(p.Id)), g.Count())).ToList();
        return PageResults.Render<ProgressPage>(new
        {
            learner.Library,
            Readiness = report,
            ReviewsChart = (object)new { x, time = true, bars = true, series = new[] { new { label = "reviews", values = perDay.Select(v => (double?)v).ToList() } } },
            RecallChart = (object)new { x, time = true, series = new[] { new { label = "recall %", values = recall } } },
            SolvedByTopic = (IReadOnlyList<(string, int, int)>)byTopic,
        });
    }
}
