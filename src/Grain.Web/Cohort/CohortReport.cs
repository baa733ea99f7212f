using System.Globalization;
using System.Text;
using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Cohort;

/// <summary>Builds <see cref="CohortProgress"/> from the store, and its CSV export.</summary>
public static class CohortReport
{
    /// <summary>How many recent submissions are listed per learner.</summary>
    public const int RecentPerLearner = 5;

    /// <summary>How many of the most failed problems are listed.</summary>
    public const int MostFailedCount = 10;

    /// <summary>The learners (role learner, with a password) of a cohort, or of every cohort when <paramref name="cohortId"/> is null.</summary>
    public static async Task<CohortProgress> BuildAsync(Learner viewer, string? cohortId)
    {
        var store = viewer.Store;
        var now = viewer.Now;
        var weekAgo = now.AddDays(-7);
        var members = (await store.GetUsersAsync(cohortId)).Where(u => u.Role == UserRoles.Learner && u.PasswordHash is not null).ToList();
        var learners = new List<LearnerProgress>();
        var failures = new List<StoredSubmission>();
        IReadOnlyList<StoredAssignment> assignments = cohortId is null ? [] : await store.GetAssignmentsAsync(cohortId);
        var doneBy = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (assignments.Count > 0)
            {
                doneBy[member.Name] = await Assignments.DoneItemsAsync(store, member.Id);
            }
            var readiness = await viewer.ReadinessOfAsync(member.Id);
            var logs = await store.GetReviewLogsAsync(member.Id, weekAgo);
            var submissions = await store.GetSubmissionsAsync(member.Id);
            failures.AddRange(submissions.Where(s => s.Passed == false && !s.ExamplesOnly));
            DateTimeOffset? last = logs.Select(l => l.ReviewedAt).Concat(submissions.Select(s => s.CreatedAt)).DefaultIfEmpty().Max() is { } t && t != default ? t : null;
            learners.Add(new LearnerProgress(member.Name, member.Disabled, readiness.Overall,
                readiness.Skills.Select(s => new SkillReadiness(s.SkillId, s.Readiness)).ToList(),
                logs.Count, submissions.Count(s => s.CreatedAt >= weekAgo), last,
                submissions.Take(RecentPerLearner).Select(s => new RecentSubmission(s.Id, s.ProblemId, s.Language, s.Status, s.Passed, s.ExamplesOnly, s.CreatedAt)).ToList()));
        }
        var mostFailed = failures.GroupBy(s => s.ProblemId, StringComparer.Ordinal)
            .Select(g => new FailedProblem(g.Key, g.Count(), g.Select(s => s.UserId).Distinct().Count()))
            .OrderByDescending(f => f.Failures).ThenByDescending(f => f.Learners).ThenBy(f => f.Problem, StringComparer.Ordinal)
            .Take(MostFailedCount).ToList();
        var assigned = assignments.Select(a => new AssignmentProgress(a.Title, a.Due, a.ItemIds,
            members.Select(m => new LearnerAssignment(m.Name, a.ItemIds.Count(doneBy[m.Name].Contains), a.ItemIds.Count)).ToList())).ToList();
        return new CohortProgress(cohortId, now, learners, mostFailed, assigned);
    }

    /// <summary>One row per learner: name, readiness, each skill's readiness, activity; RFC 4180 quoting.</summary>
    public static string Csv(CohortProgress progress)
    {
        var skills = progress.Learners.SelectMany(l => l.Skills.Select(s => s.Skill)).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        Row(csv, ["name", "disabled", "readiness", .. skills, "reviews_7d", "submissions_7d", "last_active"]);
        foreach (var l in progress.Learners)
        {
            var bySkill = l.Skills.ToDictionary(s => s.Skill, s => s.Readiness, StringComparer.Ordinal);
            Row(csv,
            [
                l.Name, l.Disabled ? "yes" : "no", Number(l.Readiness),
                .. skills.Select(s => bySkill.TryGetValue(s, out var r) ? Number(r) : ""),
                Number(l.Reviews7Days), Number(l.Submissions7Days),
                l.LastActive?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "",
            ]);
        }
        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    // Quotes cells with separators or quotes; a leading =, +, - or @ gets a quote so spreadsheets do not run it as a formula.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
