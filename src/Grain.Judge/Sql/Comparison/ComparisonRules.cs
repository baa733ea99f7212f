using System.Globalization;

namespace Grain.Judge.Sql.Comparison;

/// <summary>How row order is compared.</summary>
public enum RowOrder
{
    /// <summary>Rows are compared as a multiset.</summary>
    Any,

    /// <summary>Rows must be sorted as the statement asks: on the sort keys, ties in any order.</summary>
    Strict,
}

/// <summary>Where NULL sort keys must go.</summary>
public enum NullsOrder
{
    /// <summary>First or last: engines differ (SQLite puts NULLs first, PostgreSQL last), so either end is accepted.</summary>
    Either,

    /// <summary>Before every value.</summary>
    First,

    /// <summary>After every value.</summary>
    Last,
}

/// <summary>How strictly value types are compared.</summary>
public enum TypeRule
{
    /// <summary>Text equals a number when it is the number's plain spelling (SQLite hands back what was stored).</summary>
    Loose,

    /// <summary>Text never equals a number.</summary>
    Strict,
}

/// <summary>One sort key: a result column (by name, or 1-based position), its direction and where its NULLs go.</summary>
public sealed record OrderKey(string Column, bool Descending = false, NullsOrder Nulls = NullsOrder.Either)
{
    /// <summary>Reads <c>name</c>, <c>name desc</c>, <c>2 asc nulls last</c>; null when the text is not a key.</summary>
    public static OrderKey? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        var key = new OrderKey(parts[0].Trim('"'));
        var i = 1;
        if (i < parts.Length && parts[i].ToUpperInvariant() is "ASC" or "DESC")
        {
            key = key with { Descending = parts[i].Equals("DESC", StringComparison.OrdinalIgnoreCase) };
            i++;
        }
        if (i + 1 < parts.Length && parts[i].Equals("NULLS", StringComparison.OrdinalIgnoreCase) && parts[i + 1].ToUpperInvariant() is "FIRST" or "LAST")
        {
            key = key with { Nulls = parts[i + 1].Equals("FIRST", StringComparison.OrdinalIgnoreCase) ? NullsOrder.First : NullsOrder.Last };
            i += 2;
        }
        return i == parts.Length ? key : null;
    }

    /// <summary>The key's column index in a result, or null when it names no column.</summary>
    public int? IndexIn(IReadOnlyList<string> columns)
    {
        if (int.TryParse(Column, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= columns.Count ? position - 1 : null;
        }
        var index = columns.ToList().FindIndex(c => string.Equals(c, Column, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }

    public override string ToString() =>
        Column + (Descending ? " desc" : "") + Nulls switch { NullsOrder.First => " nulls first", NullsOrder.Last => " nulls last", _ => "" };
}

/// <summary>The comparison rules a SQL problem states: read once from tests.yaml, used by the judge, shown by the web and CLI.</summary>
public sealed record ComparisonRules
{
    /// <summary>The default relative tolerance for floating-point values.</summary>
    public const double DefaultTolerance = 1e-6;

    /// <summary>Row order: any (multiset) or strict.</summary>
    public RowOrder Order { get; init; } = RowOrder.Any;

    /// <summary>The sort keys of a strict order; empty means the reference's top-level ORDER BY.</summary>
    public IReadOnlyList<OrderKey> SortKeys { get; init; } = [];

    /// <summary>Where NULL sort keys go when a key does not say.</summary>
    public NullsOrder Nulls { get; init; } = NullsOrder.Either;

    /// <summary>When true, column names must match (case-insensitive); otherwise only positions count and names are shown.</summary>
    public bool ColumnNames { get; init; }

    /// <summary>The column names the statement gives (tests.yaml <c>columns</c>); empty when it gives none.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Relative tolerance for numbers that are not integers.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>When set, numbers are rounded to this many decimals on both sides before comparing.</summary>
    public int? Round { get; init; }

    /// <summary>Whether text may stand for a number.</summary>
    public TypeRule Types { get; init; } = TypeRule.Loose;

    /// <summary>The rules in words, as shown on the problem page, by <c>grain show</c> and in the result notes.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        if (Columns.Count > 0)
        {
            lines.Add($"columns, in order: {string.Join(", ", Columns)}");
        }
        lines.Add(Order == RowOrder.Any ? "order: any (rows are compared as a set with duplicates)"
            : SortKeys.Count > 0 ? $"order: strict, sorted by {string.Join(", ", SortKeys)}; rows that tie on these keys may come in any order"
            : "order: strict, sorted as the reference's ORDER BY; rows that tie on its keys may come in any order (use ORDER BY)");
        if (Order == RowOrder.Strict)
        {
            lines.Add(Nulls switch
            {
                NullsOrder.First => "NULL sort keys come first",
                NullsOrder.Last => "NULL sort keys come last",
                _ => "NULL sort keys may come first or last, unless a key says where",
            });
        }
        lines.Add(ColumnNames ? "columns: by position, and names must match the statement" : "columns: by position; names are shown but not compared");
        lines.Add(Round is { } digits ? $"numbers: rounded to {digits} decimal(s) before comparing; 1 equals 1.0"
            : $"numbers: relative tolerance {Tolerance.ToString("0.##E+0", CultureInfo.InvariantCulture)}; 1 equals 1.0");
        lines.Add("Infinity and NaN equal only themselves");
        lines.Add(Types == TypeRule.Strict ? "types: strict; text never equals a number"
            : "types: text equals a number only when it is the number's plain spelling ('234' = 234, '00234' ≠ 234)");
        lines.Add("dates: compared as ISO text; a date never equals a timestamp, even at midnight");
        lines.Add("NULL equals NULL (and nothing else)");
        return lines;
    }
}
