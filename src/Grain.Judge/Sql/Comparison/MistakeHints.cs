namespace Grain.Judge.Sql.Comparison;

/// <summary>Guesses the cause of a wrong result from the shape of the difference, in an interviewer's words. Pure.</summary>
public static class MistakeHints
{
    /// <summary>Likely causes of the difference; empty when nothing fits.</summary>
    public static IReadOnlyList<string> Explain(ResultSet expected, ResultSet actual, IReadOnlyList<object?[]> missing, IReadOnlyList<object?[]> extra, ComparisonRules rules)
    {
        var causes = new List<string>();
        if (missing.Count == 0 && extra.Count == 0)
        {
            causes.Add("the rows are right but their order is not: without ORDER BY (or with a different sort key) the engine returns rows in whatever order is cheapest, and the statement fixes the order");
            return causes;
        }
        if (MergedGroups(expected, actual, extra))
        {
            causes.Add("the numbers add up to the same grand total over fewer rows, so groups were merged: group by a key that is unique for what you count (an id), not by a name that can repeat");
        }
        if (DroppedEmptyRows(expected, missing, extra))
        {
            causes.Add("every missing row has a zero or empty value: they are the rows with nothing to join to; an inner join drops them, so start from the table that lists every row, LEFT JOIN the activity and COALESCE the total to 0");
        }
        if (MissingTotal(expected, missing, extra))
        {
            causes.Add("the missing row is a total: NULL in the key column and the sum of the other rows; add it with GROUP BY ROLLUP (PostgreSQL) or a UNION ALL of the grand total");
        }
        var pairs = PairByFirstColumn(missing, extra, rules);
        if (NullInsteadOfZero(pairs))
        {
            causes.Add("NULL where 0 is expected: an aggregate over no rows is NULL; wrap it in COALESCE(..., 0)");
        }
        if (pairs.Count == expected.Rows.Count && pairs.Count > 1 && ConstantFactor(pairs) is { } constant)
        {
            causes.Add($"every value is {constant:0.####}× the right one, the same factor on every row: that is arithmetic, not a join; check what you divide or multiply by (a missing or extra division, the wrong unit)");
        }
        else if (actual.Rows.Count == expected.Rows.Count && Inflated(pairs) is { } factor)
        {
            causes.Add($"some numbers are too large (up to {factor:0.#}× the right value): a join fans out into several rows per key, so the same amount is counted once per match; aggregate before joining or use the full join key");
        }
        if (IntegerDivision(pairs))
        {
            causes.Add("values are cut to whole numbers: dividing two integers is integer division in SQLite and PostgreSQL; multiply by 1.0 or CAST before dividing");
        }
        if (extra.Count > 0 && missing.Count == 0 && actual.Rows.Count > expected.Rows.Count)
        {
            causes.Add("the result has rows the reference does not: a duplicate from a join that fans out, a missing DISTINCT, or a filter that is too loose");
        }
        return causes;
    }

    private static bool MergedGroups(ResultSet expected, ResultSet actual, IReadOnlyList<object?[]> extra)
    {
        if (actual.Rows.Count >= expected.Rows.Count || extra.Count == 0 || expected.Rows.Count == 0)
        {
            return false;
        }
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var e = Sum(expected.Rows, c);
            var a = Sum(actual.Rows, c);
            if (e is { } x && a is { } y && Math.Abs(x) > 0 && Math.Abs(x - y) <= 1e-6 * Math.Abs(x) + 1e-6
                && expected.Rows.Any(r => r[c] is double or decimal || (r[c] is long l && l != 1)))
            {
                return true;
            }
        }
        return false;
    }

    private static double? Sum(IReadOnlyList<object?[]> rows, int column)
    {
        double total = 0;
        foreach (var row in rows)
        {
            if (row[column] is { } v && SqlValue.IsNumber(v))
            {
                total += SqlValue.ToDouble(v);
            }
            else if (row[column] is not null)
            {
                return null;
            }
        }
        return total;
    }

    // An inner join drops exactly the keys with nothing to join: every expected row whose measure is 0 or NULL is
    // missing, and nothing else is. A missing total or a filter that drops other rows does not fit.
    private static bool DroppedEmptyRows(ResultSet expected, IReadOnlyList<object?[]> missing, IReadOnlyList<object?[]> extra) =>
        missing.Count > 0 && extra.Count == 0 && missing.All(r => r.Length > 1 && r[0] is not null)
        && Enumerable.Range(1, missing[0].Length - 1).Any(c =>
            missing.All(r => IsEmpty(r[c])) && expected.Rows.Any(r => SqlValue.IsNumber(r[c]))
            && expected.Rows.Count(r => IsEmpty(r[c])) == missing.Count);

    private static bool IsEmpty(object? value) => value is null || (SqlValue.IsNumber(value) && SqlValue.ToDouble(value) == 0);

    // A ROLLUP or grand-total row: NULL key, and a number equal to the sum of the other rows.
    private static bool MissingTotal(ResultSet expected, IReadOnlyList<object?[]> missing, IReadOnlyList<object?[]> extra) =>
        missing.Count is > 0 and <= 3 && extra.Count == 0 && missing.All(r => r.Length > 1 && r[0] is null)
        && missing.All(total => Enumerable.Range(1, total.Length - 1).Any(c =>
            total[c] is { } t && SqlValue.IsNumber(t) && SqlValue.ToDouble(t) != 0
            && Sum(expected.Rows.Where(r => r[0] is not null).ToList(), c) is { } sum
            && Math.Abs(sum - SqlValue.ToDouble(t)) <= 1e-6 * Math.Abs(sum) + 1e-6));

    private static List<(object?[] Expected, object?[] Actual)> PairByFirstColumn(IReadOnlyList<object?[]> missing, IReadOnlyList<object?[]> extra, ComparisonRules rules)
    {
        var pairs = new List<(object?[], object?[])>();
        var used = new HashSet<int>();
        foreach (var row in missing)
        {
            for (var i = 0; i < extra.Count; i++)
            {
                if (!used.Contains(i) && row.Length > 1 && extra[i].Length == row.Length && SqlValue.Equal(row[0], extra[i][0], rules))
                {
                    used.Add(i);
                    pairs.Add((row, extra[i]));
                    break;
                }
            }
        }
        return pairs;
    }

    private static bool NullInsteadOfZero(List<(object?[] Expected, object?[] Actual)> pairs) =>
        pairs.Any(p => p.Expected.Zip(p.Actual).Any(v => v.Second is null && v.First is { } e && SqlValue.IsNumber(e) && SqlValue.ToDouble(e) == 0));

    private static double? Inflated(List<(object?[] Expected, object?[] Actual)> pairs)
    {
        var ratios = Ratios(pairs);
        return ratios.Count > 0 && ratios.All(r => r > 1) && ratios.Max() >= 1.5 ? ratios.Max() : null;
    }

    // The same ratio on every paired number: a scale mistake, whereas a fan-out multiplies each key by its own count.
    private static double? ConstantFactor(List<(object?[] Expected, object?[] Actual)> pairs)
    {
        var ratios = Ratios(pairs);
        return ratios.Count >= 2 && ratios.All(r => Math.Abs(r - ratios[0]) <= 1e-6 * Math.Abs(ratios[0])) && Math.Abs(ratios[0] - 1) > 1e-6 ? ratios[0] : null;
    }

    private static List<double> Ratios(List<(object?[] Expected, object?[] Actual)> pairs)
    {
        var ratios = new List<double>();
        foreach (var (e, a) in pairs)
        {
            for (var c = 1; c < e.Length; c++)
            {
                if (e[c] is { } x && a[c] is { } y && SqlValue.IsNumber(x) && SqlValue.IsNumber(y) && SqlValue.ToDouble(x) != 0 && double.IsFinite(SqlValue.ToDouble(y)))
                {
                    var ratio = SqlValue.ToDouble(y) / SqlValue.ToDouble(x);
                    if (Math.Abs(ratio - 1) > 1e-6)
                    {
                        ratios.Add(ratio);
                    }
                }
            }
        }
        return ratios;
    }

    private static bool IntegerDivision(List<(object?[] Expected, object?[] Actual)> pairs) =>
        pairs.Count > 0 && pairs.All(p => p.Expected.Zip(p.Actual).Any(v =>
            v.Second is long a && v.First is double or decimal && SqlValue.ToDouble(v.First!) is var e && e != Math.Floor(e) && a == (long)Math.Truncate(e)));
}
