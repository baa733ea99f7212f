using Grain.Core.Content;
using Grain.Core.Learning.Planning;

namespace Grain.Core.Tests.Learning;

/// <summary>A small world: the 8 skill areas with two topics each, a few cards and problems per topic, one company.</summary>
internal static class PlanFixtures
{
    public static readonly string[] SkillIds =
        ["sql", "python", "distributed-systems", "data-modeling", "orchestration", "cloud-services", "coding-dsa", "data-quality"];

    public static readonly DateOnly Today = new(2026, 5, 4);

    private static readonly SourceLocation Here = new("fixture", 1);

    public static IReadOnlyList<SkillArea> Skills { get; } = SkillIds
        .Select(id => new SkillArea(id, id.ToUpperInvariant(), "l1", "l3", "l5", [id + "-a", id + "-b"], Here))
        .ToList();

    public static CompanyProfile Company { get; } = new("bigco", "BigCo", "", [
        new LoopRound("phone-screen", "Screen", 45, ""),
        new LoopRound("sql", "SQL", 60, ""),
        new LoopRound("coding", "Coding", 60, ""),
        new LoopRound("system-design", "Design", 60, ""),
        new LoopRound("behavioral", "Behavioural", 45, ""),
    ], new Dictionary<string, double> { ["sql"] = 1.0, ["coding-dsa"] = 0.8, ["orchestration"] = 0.1 }, [], Here);

    public static IReadOnlyList<PlanItem> Items(int cardsPerTopic = 6, int problemsPerTopic = 2) => SkillIds
        .SelectMany(s => new[] { s + "-a", s + "-b" })
        .SelectMany(topic => Enumerable.Range(1, cardsPerTopic).Select(i => new PlanItem($"{topic}-card-{i}", PlanItem.Card, topic, (Level)(i % 3), $"Card {i}"))
            .Concat(Enumerable.Range(1, problemsPerTopic).Select(i => new PlanItem($"{topic}-problem-{i}", PlanItem.Problem, topic, Level.Mid, $"Problem {i}"))))
        .ToList();

    public static SelfAssessment Assessment(int rating, int daysAhead, double hours = 2) =>
        new(SkillIds.ToDictionary(s => s, _ => rating), "bigco", Today.AddDays(daysAhead), hours);

    public static PlanInput Input(SelfAssessment assessment, IReadOnlySet<string>? studied = null, DateOnly? today = null, int cardsPerTopic = 6) =>
        new(assessment, Company, Skills, Items(cardsPerTopic), today ?? Today, studied ?? new HashSet<string>());
}
