using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>A Python function's wrong return value: what was expected and what came back, as Python would print them.</summary>
public sealed record ValueDiffDetails : TestDetails
{
    [JsonPropertyName("expected")] public required string Expected { get; init; }
    [JsonPropertyName("got")] public required string Got { get; init; }
}
