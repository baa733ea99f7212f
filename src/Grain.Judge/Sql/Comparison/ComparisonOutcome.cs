namespace Grain.Judge.Sql.Comparison;

/// <summary>Where a strict-order result first differs from the reference.</summary>
public sealed record RowDifference(int Index, object?[]? Expected, object?[]? Actual);

/// <summary>What comparing a candidate's rows with the reference's found.</summary>
public sealed record ComparisonOutcome
{
    /// <summary>True when the results are equal under the rules.</summary>
    public required bool Equal { get; init; }

    /// <summary>One sentence on what differs (empty when equal).</summary>
    public string Message { get; init; } = "";

    /// <summary>Likely causes in words an interviewer would use.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    public int ExpectedCount { get; init; }
    public int ActualCount { get; init; }

    /// <summary>How many expected rows have no match, and the first of them.</summary>
    public int MissingCount { get; init; }
    public IReadOnlyList<object?[]> Missing { get; init; } = [];

    /// <summary>How many returned rows have no match, and the first of them.</summary>
    public int ExtraCount { get; init; }
    public IReadOnlyList<object?[]> Extra { get; init; } = [];

    /// <summary>The first differing position when order is strict.</summary>
    public RowDifference? FirstDifference { get; init; }
}
