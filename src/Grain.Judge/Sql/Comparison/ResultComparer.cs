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
        var statedNames = rules.Columns.Count == expected.Columns.Count ? rules.Columns : expected.Columns;
        if (rules.ColumnNames && NameMismatch(statedNames, actual.Columns) is { } names)
        {
            return new ComparisonOutcome { Equal = false, ExpectedCount = expected.Rows.Count, ActualCount = actual.Rows.Count, Message = names };
        }
        var keys = rules.Order == RowOrder.Strict ? SortColumns(expected.Columns, rules) : null;
        var statedNulls = keys?.Any(k => k.Nulls != NullsOrder.Either) == true;
        if (expected.Rows.Count == actual.Rows.Count && !statedNulls && SameInOrder(expected.Rows, actual.Rows, rules))
        {
            // The common case (same plan, same order) needs no hashing at all. Stated NULL placement is checked even
            // then: the reference's engine may put NULLs at its default end.
            return new ComparisonOutcome { Equal = true, ExpectedCount = expected.Rows.Count, ActualCount = actual.Rows.Count };
        }
        var (missing, extra) = Match(expected.Rows, actual.Rows, rules);
        var sameRows = missing.Count == 0 && extra.Count == 0;
        var firstDifference = rules.Order != RowOrder.Strict ? null
            : sameRows && keys is not null ? RowOrderCheck.FirstDifference(expected.Rows, actual.Rows, keys, rules)
            : FirstDifference(expected.Rows, actual.Rows, rules);
        var equal = sameRows && firstDifference is null;
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
        var dayType = DayTypeMismatch(expected.Columns, missing, extra, rules);
        var causes = MistakeHints.Explain(expected, actual, missing, extra, rules);
        return outcome with
        {
            Message = dayType?.Message ?? Describe(outcome, keys is null ? null : rules, expected.Columns),
            Causes = dayType is { } d ? [d.Hint] : causes,
        };
    }

    /// <summary>The sort keys as column indexes with their NULL placement; null when a key names no column of the result.</summary>
    private static List<(int Index, NullsOrder Nulls)>? SortColumns(IReadOnlyList<string> columns, ComparisonRules rules)
    {
        if (rules.SortKeys.Count == 0)
        {
            return null;
        }
        var keys = new List<(int, NullsOrder)>();
        foreach (var key in rules.SortKeys)
        {
            if (key.IndexIn(columns) is not { } index)
            {
                return null;
            }
            keys.Add((index, key.Nulls == NullsOrder.Either ? rules.Nulls : key.Nulls));
        }
        return keys;
    }

    /// <summary>When every missing row is an unexpected row with a midnight timestamp for a date (or the reverse), says so.</summary>
    private static (string Message, string Hint)? DayTypeMismatch(IReadOnlyList<string> columns, List<object?[]> missing, List<object?[]> extra, ComparisonRules rules)
    {
        if (missing.Count == 0 || missing.Count != extra.Count)
        {
            return null;
        }
        var loosened = Match(missing.Select(DayOnly).ToList(), extra.Select(DayOnly).ToList(), rules);
        if (loosened.Missing.Count > 0 || loosened.Extra.Count > 0)
        {
            return null;
        }
        for (var c = 0; c < columns.Count; c++)
        {
            var wanted = missing.Select(r => r[c]).FirstOrDefault(v => v is string s && SqlValue.IsIsoDate(s) || SqlValue.MidnightDay(v) is not null);
            var got = extra.Select(r => r[c]).FirstOrDefault(v => v is string s && SqlValue.IsIsoDate(s) || SqlValue.MidnightDay(v) is not null);
            if (wanted is string w && got is string g && w.Length != g.Length)
            {
                var gotTimestamps = g.Length > w.Length;
                return ($"same day, different type: column {c + 1} ({columns[c]}) holds {(gotTimestamps ? "timestamps" : "dates")} such as {SqlValue.Format(g)} where the reference has {(gotTimestamps ? "dates" : "timestamps")} such as {SqlValue.Format(w)} ({missing.Count} row(s))",
                    gotTimestamps
                        ? "a timestamp at midnight is not a date: return the day itself, with date(x) on SQLite or CAST(x AS date) / x::date on PostgreSQL"
                        : "the reference keeps the time of day: return the timestamp, not date(x) or x::date");
            }
        }
        return null;

        static object?[] DayOnly(object?[] row) => row.Select(v => SqlValue.MidnightDay(v) ?? v).ToArray();
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

    private static string Describe(ComparisonOutcome o, ComparisonRules? keyed, IReadOnlyList<string> columns)
    {
        if (o.MissingCount == 0 && o.ExtraCount == 0 && o.FirstDifference is { } d)
        {
            var sortedBy = keyed is null ? "" : $" (rows must be sorted by {string.Join(", ", keyed.SortKeys.Select(k => k.IndexIn(columns) is { } i ? k with { Column = columns[i] } : k))})";
            return $"same rows in a different order{sortedBy}: row {d.Index + 1} should be {SqlValue.FormatRow(d.Expected!)}, got {(d.Actual is null ? "nothing" : SqlValue.FormatRow(d.Actual))}";
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
