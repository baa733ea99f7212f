using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>A Python function's wrong return value: what was expected and what came back, as Python would print them, and for an example case the input rows.</summary>
public sealed record ValueDiffDetails : TestDetails
{
    [JsonPropertyName("expected")] public required string Expected { get; init; }
    [JsonPropertyName("got")] public required string Got { get; init; }

    /// <summary>The input rows, one JSON object a line (the first ones); only for example cases, whose input the problem shows.</summary>
    [JsonPropertyName("input")] public string? Input { get; init; }
}
