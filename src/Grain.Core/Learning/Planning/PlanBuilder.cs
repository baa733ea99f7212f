using Grain.Core.Content;

namespace Grain.Core.Learning.Planning;

/// <summary>
/// Builds a day-by-day study plan from a self-assessment. Deterministic: the same input gives the same plan.
/// Each day: a mock loop on mock days (the last week), a review block once there is something to review,
/// a weekly checkpoint, then new cards and problems shared among skills by weakness × company emphasis,
/// paced so new material is spread until the last week (at least half a day's time while any is left).
/// No day exceeds the stated hours.
/// </summary>
public static partial class PlanBuilder
{
    public static StudyPlan Build(PlanInput input)
    {
        var problems = input.Assessment.Problems(input.Today);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
        var settings = input.Settings;
        var budget = (int)Math.Floor(input.Assessment.HoursPerDay * 60);
        var interview = input.Assessment.InterviewDate;
        var dayCount = interview.DayNumber - input.Today.DayNumber;
        var skills = SkillWeights(input);
        var content = new ContentQueues(input, skills.Select(s => s.Skill).ToList());
        var mockDays = MockDays(input.Today, interview);
        var allocated = skills.ToDictionary(s => s.Skill.Id, _ => 0);
        var nextIsProblem = skills.ToDictionary(s => s.Skill.Id, _ => false);
        var anythingLearnt = input.Studied.Count > 0;
        var days = new List<PlanDay>(dayCount);
        for (var i = 0; i < dayCount; i++)
        {
            var date = input.Today.AddDays(i);
            var tasks = new List<PlanTask>();
            var remaining = budget;
            if (mockDays.Contains(date) && MockTask(input.Company, remaining) is { } mock)
            {
                tasks.Add(mock);
                remaining -= mock.Minutes;
            }
            if (anythingLearnt && remaining > 0)
            {
                var review = Math.Min(remaining, Math.Max(settings.MinReviewMinutes, (int)Math.Round(budget * settings.ReviewShare)));
                tasks.Add(new PlanTask(PlanTaskKind.Review, null, [], review, "Review the cards and problems due today"));
                remaining -= review;
            }
            if (i > 0 && i % settings.CheckpointEveryDays == 0 && remaining >= settings.CheckpointMinutes)
            {
                tasks.Add(new PlanTask(PlanTaskKind.Checkpoint, null, [], settings.CheckpointMinutes, "Checkpoint: re-rate your skills so the plan adapts"));
                remaining -= settings.CheckpointMinutes;
            }
            var learnDaysLeft = Math.Max(1, dayCount - 7 - i);
            var pace = Math.Max(Math.Max(settings.MinutesPerProblem, budget / 2), (int)Math.Ceiling(content.MinutesLeft(settings) / (double)learnDaysLeft));
            var newMinutes = Math.Min(remaining, pace);
            var learning = FillNewMaterial(newMinutes, skills, content, allocated, nextIsProblem, settings);
            tasks.AddRange(learning);
            anythingLearnt |= learning.Count > 0;
            days.Add(new PlanDay(date, tasks));
        }
        return new StudyPlan(input.Today, interview, budget, days);
    }

    /// <summary>Weight of a skill: weakness (rating 1 → 1.0 … rating 5 → 0.2) × (0.5 + company emphasis).</summary>
    public static double Weight(int rating, double emphasis) => (6 - Math.Clamp(rating, 1, 5)) / 5.0 * (0.5 + Math.Clamp(emphasis, 0, 1));

    private static List<(SkillArea Skill, double Weight)> SkillWeights(PlanInput input)
    {
        var raw = input.Skills
            .Select(s => (Skill: s, Weight: Weight(input.Assessment.RatingOf(s.Id),
                input.Company.Emphasis.TryGetValue(s.Id, out var e) ? e : input.Settings.DefaultEmphasis)))
            .ToList();
        var total = raw.Sum(r => r.Weight);
        return raw.Select(r => (r.Skill, total > 0 ? r.Weight / total : 1.0 / raw.Count)).ToList();
    }

    /// <summary>Mock loops six and three days before the interview; when the interview is closer, one loop on the first day.</summary>
    private static HashSet<DateOnly> MockDays(DateOnly today, DateOnly interview)
    {
        var days = new[] { interview.AddDays(-6), interview.AddDays(-3) }.Where(d => d >= today).ToHashSet();
        if (days.Count == 0)
        {
            days.Add(today);
        }
        return days;
    }

    /// <summary>The company's loop, or its first rounds that fit in the time left (null when not even one fits).</summary>
    private static PlanTask? MockTask(CompanyProfile company, int minutes)
    {
        var rounds = new List<LoopRound>();
        var used = 0;
        foreach (var round in company.Rounds)
        {
            if (used + round.Minutes > minutes)
            {
                break;
            }
            rounds.Add(round);
            used += round.Minutes;
        }
        if (rounds.Count == 0)
        {
            return null;
        }
        var label = rounds.Count == company.Rounds.Count ? "Mock loop" : $"Mock loop ({rounds.Count} of {company.Rounds.Count} rounds)";
        return new PlanTask(PlanTaskKind.MockLoop, null, [], used,
            $"{label}: {company.Name} — {string.Join(", ", rounds.Select(r => RoundType.Title(r.Type)))}");
    }
}
