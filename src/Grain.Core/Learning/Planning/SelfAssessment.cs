namespace Grain.Core.Learning.Planning;

/// <summary>The learner's ratings (1–5) of the skill areas, the target company, the interview date and daily hours.</summary>
public sealed record SelfAssessment(
    IReadOnlyDictionary<string, int> Ratings,
    string CompanyId,
    DateOnly InterviewDate,
    double HoursPerDay)
{
    /// <summary>The lowest and highest rating.</summary>
    public const int MinRating = 1;

    public const int MaxRating = 5;

    /// <summary>The rating of a skill; skills not rated count as 1 (unknown is treated as weak).</summary>
    public int RatingOf(string skillId) => Ratings.TryGetValue(skillId, out var r) ? r : MinRating;

    /// <summary>Problems with the inputs, in words for the user; empty when valid.</summary>
    public IReadOnlyList<string> Problems(DateOnly today)
    {
        var problems = new List<string>();
        foreach (var (skill, rating) in Ratings)
        {
            if (rating is < MinRating or > MaxRating)
            {
                problems.Add($"rating for '{skill}' must be 1 to 5, got {rating}");
            }
        }
        if (InterviewDate <= today)
        {
            problems.Add($"interview date {InterviewDate:yyyy-MM-dd} must be after today ({today:yyyy-MM-dd})");
        }
        if (double.IsNaN(HoursPerDay) || HoursPerDay <= 0 || HoursPerDay > 16)
        {
            problems.Add($"hours per day must be more than 0 and at most 16, got {HoursPerDay}");
        }
        return problems;
    }
}
