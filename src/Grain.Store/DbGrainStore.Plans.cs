using System.Globalization;
using System.Text.Json;
using Dapper;
using Grain.Core.Learning.Planning;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public Task<long> SaveAssessmentAsync(long userId, SelfAssessment assessment, DateTimeOffset takenAt, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteScalarAsync<long>("""
            INSERT INTO assessments (user_id, ratings_json, company_id, interview_date, hours_per_day, taken_ms)
            VALUES (@userId, @ratings, @company, @date, @hours, @at) RETURNING id
            """, new
        {
            userId,
            ratings = JsonSerializer.Serialize(assessment.Ratings.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary()),
            company = assessment.CompanyId,
            date = Date(assessment.InterviewDate),
            hours = assessment.HoursPerDay,
            at = Ms(takenAt),
        }), ct);

    public Task<StoredAssessment?> GetLatestAssessmentAsync(long userId, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<AssessmentRow>(
            "SELECT id, ratings_json, company_id, interview_date, hours_per_day, taken_ms FROM assessments WHERE user_id = @userId ORDER BY id DESC LIMIT 1",
            new { userId })).Select(r => new StoredAssessment(r.Id, userId,
                new SelfAssessment(JsonSerializer.Deserialize<Dictionary<string, int>>(r.RatingsJson) ?? [], r.CompanyId, Date(r.InterviewDate), r.HoursPerDay),
                Time(r.TakenMs))).FirstOrDefault(), ct);

    public Task<long> SavePlanAsync(long userId, long? assessmentId, StudyPlan plan, DateTimeOffset createdAt, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            await db.ExecuteAsync("UPDATE plans SET active = 0 WHERE user_id = @userId AND active = 1", new { userId });
            var planId = await db.ExecuteScalarAsync<long>("""
                INSERT INTO plans (user_id, assessment_id, start_date, interview_date, minutes_per_day, active, created_ms)
                VALUES (@userId, @assessmentId, @start, @interview, @minutes, 1, @at) RETURNING id
                """, new { userId, assessmentId, start = Date(plan.Start), interview = Date(plan.InterviewDate), minutes = (long)plan.MinutesPerDay, at = Ms(createdAt) });
            var rows = plan.Days.SelectMany(d => d.Tasks.Select((t, i) => new
            {
                planId,
                day = Date(d.Date),
                seq = (long)i,
                kind = t.Kind.ToString(),
                skill = t.SkillId,
                items = JsonSerializer.Serialize(t.ItemIds),
                minutes = (long)t.Minutes,
                title = t.Title,
            }));
            await db.ExecuteAsync("""
                INSERT INTO plan_tasks (plan_id, day, seq, kind, skill_id, item_ids, minutes, title)
                VALUES (@planId, @day, @seq, @kind, @skill, @items, @minutes, @title)
                """, rows);
            return planId;
        }, ct);

    public Task<StoredPlan?> GetActivePlanAsync(long userId, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var plan = (await db.QueryAsync<PlanRow>(
                "SELECT id, assessment_id, start_date, interview_date, minutes_per_day, created_ms FROM plans WHERE user_id = @userId AND active = 1 ORDER BY id DESC LIMIT 1",
                new { userId })).FirstOrDefault();
            if (plan is null)
            {
                return null;
            }
            var tasks = (await db.QueryAsync<PlanTaskRow>(
                "SELECT id, day, seq, kind, skill_id, item_ids, minutes, title, done_ms FROM plan_tasks WHERE plan_id = @id ORDER BY day, seq",
                new { id = plan.Id })).Select(t => new StoredPlanTask(t.Id, Date(t.Day), (int)t.Seq,
                    new PlanTask(Enum.Parse<PlanTaskKind>(t.Kind), t.SkillId, JsonSerializer.Deserialize<List<string>>(t.ItemIds) ?? [], (int)t.Minutes, t.Title),
                    Time(t.DoneMs))).ToList();
            var days = tasks.GroupBy(t => t.Day).Select(g => new PlanDay(g.Key, g.Select(t => t.Task).ToList())).ToList();
            var studyPlan = new StudyPlan(Date(plan.StartDate), Date(plan.InterviewDate), (int)plan.MinutesPerDay, days);
            return new StoredPlan(plan.Id, plan.AssessmentId, Time(plan.CreatedMs), studyPlan, tasks);
        }, ct);

    public Task MarkPlanTaskDoneAsync(long taskId, DateTimeOffset doneAt, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("UPDATE plan_tasks SET done_ms = @at WHERE id = @taskId", new { taskId, at = Ms(doneAt) }), ct);

    public Task MarkPlanTaskUndoneAsync(long taskId, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("UPDATE plan_tasks SET done_ms = NULL WHERE id = @taskId", new { taskId }), ct);

    private sealed class AssessmentRow
    {
        public long Id { get; set; }
        public string RatingsJson { get; set; } = "{}";
        public string CompanyId { get; set; } = "";
        public string InterviewDate { get; set; } = "";
        public double HoursPerDay { get; set; }
        public long TakenMs { get; set; }
    }

    private sealed class PlanRow
    {
        public long Id { get; set; }
        public long? AssessmentId { get; set; }
        public string StartDate { get; set; } = "";
        public string InterviewDate { get; set; } = "";
        public long MinutesPerDay { get; set; }
        public long CreatedMs { get; set; }
    }

    private sealed class PlanTaskRow
    {
        public long Id { get; set; }
        public string Day { get; set; } = "";
        public long Seq { get; set; }
        public string Kind { get; set; } = "";
        public string? SkillId { get; set; }
        public string ItemIds { get; set; } = "[]";
        public long Minutes { get; set; }
        public string Title { get; set; } = "";
        public long? DoneMs { get; set; }
    }
}
