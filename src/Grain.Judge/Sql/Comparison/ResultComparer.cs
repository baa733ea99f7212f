namespace Grain.Judge.Sql.Comparison;

/// <summary>Compares a candidate's result with the reference's under a problem's rules. Pure.</summary>
public static class ResultComparer
{
    /// <summary>How many missing and extra rows a report shows.</summary>
    public const int ShownRows = 5;

    // Pairing left-over rows one by one is quadratic; beyond this many pairs we stop looking.
    private const long MaxLeftoverPairs = 4_000_000;

    /// <summary>Compares two results.</summary>
    public static ComparisonOutcome Compare(ResultSet expected, ResultSet actual, ComparisonRules rules)
    {
        if (expected.Columns.Count != actual.Columns.Count)
        {
            return new ComparisonOutcome
            {
                Equal = false,
                ExpectedCount = expected.Rows.Count,
                ActualCount = actual.Rows.Count,
                Message = $"expected {expected.Columns.Count} column(s) ({string.Join(", ", expected.Columns)}), got {actual.Columns.Count} ({string.Join(", ", actual.Columns)})",
            };
        }
        if (rules.ColumnNames && NameMismatch(expected.Columns, actual.Columns) is { } names)
        {
            return new ComparisonOutcome { Equal = false, ExpectedCount = expected.Rows.Count, ActualCount = actual.Rows.Count, Message = names };
        }
        if (expected.Rows.Count == actual.Rows.Count && SameInOrder(expected.Rows, actual.Rows, rules))
        {
            // The common case (same plan, same order) needs no hashing at all.
            return new ComparisonOutcome { Equal = true, ExpectedCount = expected.Rows.Count, ActualCount = actual.Rows.Count };
        }
        var (missing, extra) = Match(expected.Rows, actual.Rows, rules);
        var firstDifference = rules.Order == RowOrder.Strict ? FirstDifference(expected.Rows, actual.Rows, rules) : null;
        var equal = missing.Count == 0 && extra.Count == 0 && firstDifference is null;
        var outcome = new ComparisonOutcome
        {
            Equal = equal,
            ExpectedCount = expected.Rows.Count,
            ActualCount = actual.Rows.Count,
            MissingCount = missing.Count,
            ExtraCount = extra.Count,
            Missing = missing.Take(ShownRows).ToList(),
            Extra = extra.Take(ShownRows).ToList(),
            FirstDifference = firstDifference,
        };
        if (equal)
        {
            return outcome;
        }
        return outcome with
        {
            Message = Describe(outcome),
            Causes = MistakeHints.Explain(expected, actual, missing, extra, rules),
        };
    }

    private static bool SameInOrder(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, ComparisonRules rules)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (!RowsEqual(expected[i], actual[i], rules))
            {
                return false;
            }
        }
        return true;
    }

    private static string? NameMismatch(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(expected[i], actual[i], StringComparison.OrdinalIgnoreCase))
            {
                return $"column {i + 1} should be named '{expected[i]}', got '{actual[i]}' (this problem checks column names)";
            }
        }
        return null;
    }

    private static string Describe(ComparisonOutcome o)
    {
        if (o.MissingCount == 0 && o.ExtraCount == 0 && o.FirstDifference is { } d)
        {
            return $"same rows in a different order: row {d.Index + 1} should be {SqlValue.FormatRow(d.Expected!)}, got {SqlValue.FormatRow(d.Actual!)}";
        }
        var parts = new List<string> { $"expected {o.ExpectedCount} row(s), got {o.ActualCount}" };
        if (o.MissingCount > 0)
        {
            parts.Add($"{o.MissingCount} expected row(s) missing");
        }
        if (o.ExtraCount > 0)
        {
            parts.Add($"{o.ExtraCount} unexpected row(s)");
        }
        return string.Join("; ", parts);
    }

    private static (List<object?[]> Missing, List<object?[]> Extra) Match(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, ComparisonRules rules)
    {
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < actual.Count; i++)
        {
            var key = RowKey(actual[i], rules);
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }
            list.Add(i);
        }
        var used = new bool[actual.Count];
        var missing = new List<object?[]>();
        foreach (var row in expected)
        {
            if (!buckets.TryGetValue(RowKey(row, rules), out var candidates) || !TakeMatch(row, candidates, actual, used, rules))
            {
                missing.Add(row);
            }
        }
        var extraIndexes = Enumerable.Range(0, actual.Count).Where(i => !used[i]).ToList();
        if (missing.Count > 0 && extraIndexes.Count > 0 && (long)missing.Count * extraIndexes.Count <= MaxLeftoverPairs)
        {
            // Values close to a bucket boundary land in different buckets; pair what is left one by one.
            missing.RemoveAll(row => TakeMatch(row, extraIndexes, actual, used, rules));
            extraIndexes.RemoveAll(i => used[i]);
        }
        return (missing, extraIndexes.Select(i => actual[i]).ToList());
    }

    private static bool TakeMatch(object?[] row, List<int> candidates, IReadOnlyList<object?[]> actual, bool[] used, ComparisonRules rules)
    {
        foreach (var index in candidates)
        {
            if (!used[index] && RowsEqual(row, actual[index], rules))
            {
                used[index] = true;
                return true;
            }
        }
        return false;
    }

    private static string RowKey(object?[] row, ComparisonRules rules) =>
        string.Join('\u001f', row.Select(v => SqlValue.BucketKey(v, rules)));

    /// <summary>True when two rows are equal value by value under the rules.</summary>
    public static bool RowsEqual(object?[] expected, object?[] actual, ComparisonRules rules)
    {
        if (expected.Length != actual.Length)
        {
            return false;
        }
        for (var i = 0; i < expected.Length; i++)
        {
            if (!SqlValue.Equal(expected[i], actual[i], rules))
            {
                return false;
            }
        }
        return true;
    }

    private static RowDifference? FirstDifference(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, ComparisonRules rules)
    {
        var common = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < common; i++)
        {
            if (!RowsEqual(expected[i], actual[i], rules))
            {
                return new RowDifference(i, expected[i], actual[i]);
            }
        }
        return expected.Count == actual.Count ? null
            : new RowDifference(common, common < expected.Count ? expected[common] : null, common < actual.Count ? actual[common] : null);
    }
}
