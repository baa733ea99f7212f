using Grain.Core.Content;

namespace Grain.Core.Learning.Planning;

/// <summary>A card or problem the plan can schedule.</summary>
public sealed record PlanItem(string Id, string Kind, string Topic, Level Level, string Title)
{
    public const string Card = "card";
    public const string Problem = "problem";
}

/// <summary>How long things take and how the day is shared; the defaults suit most learners.</summary>
public sealed record PlanSettings
{
    public int MinutesPerNewCard { get; init; } = 4;
    public int MaxCardsPerBlock { get; init; } = 5;
    public int MinutesPerProblem { get; init; } = 30;

    /// <summary>Share of each day kept for reviews once there is something to review.</summary>
    public double ReviewShare { get; init; } = 0.2;

    public int MinReviewMinutes { get; init; } = 10;
    public int CheckpointMinutes { get; init; } = 15;
    public int CheckpointEveryDays { get; init; } = 7;

    /// <summary>Emphasis assumed for a skill the company profile does not weigh.</summary>
    public double DefaultEmphasis { get; init; } = 0.5;
}

/// <summary>Everything the plan builder needs; <see cref="Studied"/> holds items already met, so a rebuild adapts.</summary>
public sealed record PlanInput(
    SelfAssessment Assessment,
    CompanyProfile Company,
    IReadOnlyList<SkillArea> Skills,
    IReadOnlyList<PlanItem> Items,
    DateOnly Today,
    IReadOnlySet<string> Studied)
{
    public PlanSettings Settings { get; init; } = new();
}
