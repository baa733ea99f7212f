using System.Globalization;
using System.Text;
using System.Text.Json;
using Grain.Core.Learning.Fsrs;
using Grain.Web.Learning;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Progress: readiness per skill, reviews per day, recall rate, problems solved per topic.</summary>
public static class ProgressPages
{
    public static void MapProgressPages(this WebApplication app)
    {
        app.MapGet("/progress", async (Learner learner) => Layout.Page("Progress", await BodyAsync(learner), "progress"));
        app.MapGet("/api/progress", async (Learner learner) =>
        {
            var report = await learner.ReadinessAsync();
            return TypedResults.Ok(new { overall = report.Overall, skills = report.Skills });
        }).WithTags("Progress");
    }

    private static async Task<string> BodyAsync(Learner learner)
    {
        var user = await learner.UserIdAsync();
        var report = await learner.ReadinessAsync();
        var logs = await learner.Store.GetReviewLogsAsync(user, learner.Now.AddDays(-30));
        var submissions = await learner.Store.GetSubmissionsAsync(user);
        var body = new StringBuilder($"<div class=\"hero\"><h1>Progress</h1><p class=\"lead\">Readiness <strong data-testid=\"readiness\">{report.Overall}</strong> / 100, weighted by your target company.</p></div>")
            .Append("<div class=\"grid-2\"><section class=\"card\"><h2>Readiness by skill</h2>").Append(SkillBars(learner, report)).Append("</section>");
        var days = Enumerable.Range(0, 30).Select(i => learner.Today.AddDays(i - 29)).ToList();
        var perDay = days.Select(d => logs.Count(l => DateOnly.FromDateTime(l.ReviewedAt.UtcDateTime) == d)).ToList();
        var recall = days.Select(d =>
        {
            var of = logs.Where(l => DateOnly.FromDateTime(l.ReviewedAt.UtcDateTime) == d).ToList();
            return of.Count == 0 ? (double?)null : Math.Round(100.0 * of.Count(l => l.Rating >= Rating.Hard) / of.Count);
        }).ToList();
        var x = days.Select(d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds()).ToList();
        body.Append("<section class=\"card\"><h2>Reviews per day</h2>")
            .Append(Chart(new { x, time = true, bars = true, series = new[] { new { label = "reviews", values = perDay.Select(v => (double?)v).ToList() } } }, "Reviews per day over 30 days"))
            .Append("</section></div><div class=\"grid-2\"><section class=\"card\"><h2>Recall rate</h2>")
            .Append(Chart(new { x, time = true, series = new[] { new { label = "recall %", values = recall } } }, "Recall rate per day"))
            .Append("</section><section class=\"card\"><h2>Problems solved per topic</h2>");
        var solved = submissions.Where(s => s.Passed == true).Select(s => s.ProblemId).ToHashSet(StringComparer.Ordinal);
        var byTopic = learner.Library.Problems.GroupBy(p => p.Topic).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        body.Append(byTopic.Count == 0 ? "<p class=\"muted\">No problems yet.</p>" : string.Concat(byTopic.Select(g =>
        {
            var n = g.Count(p => solved.Contains(p.Id));
            return $"<div class=\"skill-row\"><span>{E(learner.Library.Topic(g.Key)?.Title ?? g.Key)}</span><div class=\"meter\"><span style=\"width:{n * 100 / g.Count()}%\"></span></div><span>{n}/{g.Count()}</span></div>";
        })));
        return body.Append("</section></div>").ToString();
    }

    /// <summary>Bars of readiness per skill.</summary>
    public static string SkillBars(Learner learner, Grain.Core.Learning.Progress.ReadinessReport report) =>
        string.Concat(report.Skills.Select(s =>
            $"<div class=\"skill-row\"><span>{E(learner.Library.Skill(s.SkillId)?.Title ?? s.SkillId)}</span><div class=\"meter\" role=\"meter\" aria-valuenow=\"{s.Readiness}\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-label=\"{E(s.SkillId)} readiness\"><span style=\"width:{s.Readiness}%\"></span></div><span>{s.Readiness}</span></div>"));

    private static string Chart(object spec, string label) =>
        $"<div class=\"chart\" role=\"img\" aria-label=\"{E(label)}\" data-chart=\"{E(JsonSerializer.Serialize(spec))}\"></div>";
}
