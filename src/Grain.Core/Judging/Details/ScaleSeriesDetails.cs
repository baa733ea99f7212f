using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>A scale test's measurements per size, the candidate's beside the reference's.</summary>
public sealed record ScaleSeriesDetails : TestDetails
{
    [JsonPropertyName("sizes")] public IReadOnlyList<long> Sizes { get; init; } = [];
    [JsonPropertyName("cpu_ms")] public IReadOnlyList<long> CpuMs { get; init; } = [];
    [JsonPropertyName("reference_cpu_ms")] public IReadOnlyList<long> ReferenceCpuMs { get; init; } = [];

    /// <summary>Peak memory above the empty-input run, per size.</summary>
    [JsonPropertyName("peak_growth_kb")] public IReadOnlyList<long> PeakGrowthKb { get; init; } = [];
    [JsonPropertyName("reference_peak_growth_kb")] public IReadOnlyList<long> ReferencePeakGrowthKb { get; init; } = [];
}
