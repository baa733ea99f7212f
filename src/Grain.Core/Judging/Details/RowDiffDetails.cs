using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>How a result table (SQL or pandas) differed from the reference's: counts, columns, missing and extra rows, plans.</summary>
public sealed record RowDiffDetails : TestDetails
{
    /// <summary>The engine that ran the query (sqlite, postgres, pandas).</summary>
    [JsonPropertyName("engine")] public required string Engine { get; init; }

    /// <summary>The dataset variant the case ran on, in words.</summary>
    [JsonPropertyName("data")] public required string Data { get; init; }

    [JsonPropertyName("expected_rows")] public int ExpectedRows { get; init; }
    [JsonPropertyName("actual_rows")] public int ActualRows { get; init; }
    [JsonPropertyName("expected_columns")] public IReadOnlyList<string> ExpectedColumns { get; init; } = [];
    [JsonPropertyName("actual_columns")] public IReadOnlyList<string> ActualColumns { get; init; } = [];

    /// <summary>How many expected rows the result lacks (the list holds the first ones).</summary>
    [JsonPropertyName("missing_count")] public int MissingCount { get; init; }
    [JsonPropertyName("missing")] public IReadOnlyList<IReadOnlyList<JsonNode?>> Missing { get; init; } = [];

    /// <summary>How many rows the result has that were not expected (the list holds the first ones).</summary>
    [JsonPropertyName("extra_count")] public int ExtraCount { get; init; }
    [JsonPropertyName("extra")] public IReadOnlyList<IReadOnlyList<JsonNode?>> Extra { get; init; } = [];

    [JsonPropertyName("first_difference")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FirstDifference? FirstDifference { get; init; }

    /// <summary>The candidate's query plan (hidden cases), one line per step.</summary>
    [JsonPropertyName("plan")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Plan { get; init; }

    [JsonPropertyName("reference_plan")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? ReferencePlan { get; init; }

    /// <summary>The pandas dtypes of the returned frame's columns (pandas only).</summary>
    [JsonPropertyName("dtypes")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Dtypes { get; init; }
}

/// <summary>The first row, in order, where the result and the reference differ (1-based; a side is null when it has no row there).</summary>
public sealed record FirstDifference(
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("expected")] IReadOnlyList<JsonNode?>? Expected,
    [property: JsonPropertyName("actual")] IReadOnlyList<JsonNode?>? Actual);
