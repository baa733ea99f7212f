using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;

namespace Grain.Core.Learning.Progress;

/// <summary>What the readiness formula knows about one item of a skill.</summary>
public sealed record ProgressItem(string Id, string Kind, string SkillId);

/// <summary>Progress in one skill area and its readiness score 0–100.</summary>
public sealed record SkillProgress(
    string SkillId,
    int CardsTotal,
    int CardsStarted,
    int CardsMastered,
    int ProblemsTotal,
    int ProblemsSolved,
    double? RecallRate,
    TimeSpan TimeSpent,
    int Readiness);

/// <summary>Progress per skill and overall readiness.</summary>
public sealed record ReadinessReport(IReadOnlyList<SkillProgress> Skills, int Overall);

/// <summary>The readiness formula of docs/READINESS.md.</summary>
public static class Readiness
{

    /// <summary>Window of reviews used for the recall rate.</summary>
    public static readonly TimeSpan RecallWindow = TimeSpan.FromDays(30);

    public static ReadinessReport Compute(
        IReadOnlyList<string> skillIds,
        IReadOnlyList<ProgressItem> items,
        IReadOnlyList<SrsCard> cards,
        IReadOnlyList<ReviewLogEntry> logs,
        IReadOnlySet<string> solvedProblems,
        IReadOnlyDictionary<string, int>? selfRatings,
        IReadOnlyDictionary<string, double>? emphasis,
        DateTimeOffset now)
    {
        var skillOf = items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().SkillId, StringComparer.Ordinal);
        var cardById = cards.ToDictionary(c => c.ItemId, StringComparer.Ordinal);
        var skills = skillIds.Select(skill =>
        {
            var skillCards = items.Where(i => i.SkillId == skill && i.Kind == PlanItem.Card).ToList();
            var skillProblems = items.Where(i => i.SkillId == skill && i.Kind == PlanItem.Problem).ToList();
            var started = skillCards.Count(c => cardById.ContainsKey(c.Id));
            var mastered = skillCards.Count(c => cardById.TryGetValue(c.Id, out var s) && Mastery.IsMastered(s));
            var solved = skillProblems.Count(p => solvedProblems.Contains(p.Id));
            var skillLogs = logs.Where(l => skillOf.TryGetValue(l.ItemId, out var s) && s == skill).ToList();
            var recent = skillLogs.Where(l => l.ReviewedAt >= now - RecallWindow).ToList();
            double? recall = recent.Count == 0 ? null : recent.Count(l => l.Rating >= Rating.Hard) / (double)recent.Count;
            var time = TimeSpan.FromMilliseconds(skillLogs.Sum(l => (long)(l.DurationMs ?? 0)));
            var rating = selfRatings is not null && selfRatings.TryGetValue(skill, out var r) ? r : (int?)null;
            var score = Score(skillCards.Count, started, mastered, recall, skillProblems.Count, solved, rating);
            return new SkillProgress(skill, skillCards.Count, started, mastered, skillProblems.Count, solved, recall, time, score);
        }).ToList();
        return new ReadinessReport(skills, Overall(skills, emphasis));
    }

    /// <summary>
    /// 100 × weighted mean of: mastered share (0.30), started share (0.10), recall rate (0.20), solved share (0.25),
    /// self-rating (rating − 1) / 4 (0.15). Card terms drop out when the skill has no cards, the problem term when it has
    /// no problems, the self-rating term when there is no assessment.
    /// </summary>
    public static int Score(int cards, int started, int mastered, double? recall, int problems, int solved, int? selfRating)
    {
        var terms = new List<(double Weight, double Value)>();
        if (cards > 0)
        {
            terms.Add((0.30, mastered / (double)cards));
            terms.Add((0.10, started / (double)cards));
            terms.Add((0.20, recall ?? 0));
        }
        if (problems > 0)
        {
            terms.Add((0.25, solved / (double)problems));
        }
        if (selfRating is { } r)
        {
            terms.Add((0.15, (Math.Clamp(r, 1, 5) - 1) / 4.0));
        }
        var weight = terms.Sum(t => t.Weight);
        return weight == 0 ? 0 : (int)Math.Round(100 * terms.Sum(t => t.Weight * t.Value) / weight, MidpointRounding.AwayFromZero);
    }

    /// <summary>The skills' scores averaged with the company's emphasis as weights (0.5 for a skill it does not weigh; equal without a company).</summary>
    public static int Overall(IReadOnlyList<SkillProgress> skills, IReadOnlyDictionary<string, double>? emphasis)
    {
        if (skills.Count == 0)
        {
            return 0;
        }
        var weights = skills.Select(s => emphasis is null ? 1.0 : Math.Max(0.05, emphasis.TryGetValue(s.SkillId, out var e) ? e : 0.5)).ToList();
        var total = skills.Select((s, i) => s.Readiness * weights[i]).Sum();
        return (int)Math.Round(total / weights.Sum(), MidpointRounding.AwayFromZero);
    }
}
