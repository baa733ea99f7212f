namespace Grain.Judge.Sql.Comparison;

/// <summary>How row order is compared.</summary>
public enum RowOrder
{
    /// <summary>Rows are compared as a multiset.</summary>
    Any,
    /// <summary>Rows must come in the reference's order.</summary>
    Strict,
}

/// <summary>The comparison rules a SQL problem states and the result shows.</summary>
public sealed record ComparisonRules
{
    /// <summary>The default relative tolerance for floating-point values.</summary>
    public const double DefaultTolerance = 1e-6;

    /// <summary>Row order: any (multiset) or strict.</summary>
    public RowOrder Order { get; init; } = RowOrder.Any;

    /// <summary>When true, column names must match the reference's (case-insensitive); otherwise only positions count.</summary>
    public bool ColumnNames { get; init; }

    /// <summary>Relative tolerance for numbers that are not integers.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>When set, numbers are rounded to this many decimals on both sides before comparing.</summary>
    public int? Round { get; init; }

    /// <summary>The rules in words, as shown by <c>grain show</c> and in the result notes.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        Order == RowOrder.Strict ? "order: strict (rows must come in the stated order; use ORDER BY)" : "order: any (rows are compared as a set with duplicates)",
        ColumnNames ? "columns: by position, and names must match the statement" : "columns: by position; names are ignored",
        Round is { } digits ? $"numbers: rounded to {digits} decimal(s) before comparing" : $"numbers: relative tolerance {Tolerance:0.##E+0}; 1 equals 1.0",
        "NULL equals NULL",
    ];
}
