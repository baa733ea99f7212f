using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>A query-plan test: the candidate's plan beside the reference's.</summary>
public sealed record PlanDetails : TestDetails
{
    [JsonPropertyName("engine")] public required string Engine { get; init; }
    [JsonPropertyName("data")] public required string Data { get; init; }
    [JsonPropertyName("plan")] public IReadOnlyList<string> Plan { get; init; } = [];
    [JsonPropertyName("reference_plan")] public IReadOnlyList<string> ReferencePlan { get; init; } = [];
}
