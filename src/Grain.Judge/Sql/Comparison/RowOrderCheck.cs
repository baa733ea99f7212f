namespace Grain.Judge.Sql.Comparison;

/// <summary>
/// Checks the order of a result that already holds the right rows: on the sort keys only. The reference's sequence of
/// key values is the truth (no collation of our own), rows that tie on every key may come in any order, and a run of
/// NULL keys may sit at either end unless the rules say where. Pure.
/// </summary>
internal static class RowOrderCheck
{
    /// <summary>The first place where the candidate's order breaks the keys, or null when it follows them.</summary>
    public static RowDifference? FirstDifference(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, IReadOnlyList<(int Index, NullsOrder Nulls)> keys, ComparisonRules rules) =>
        Check(expected, 0, expected.Count, actual, 0, actual.Count, keys, 0, rules);

    private static RowDifference? Check(IReadOnlyList<object?[]> expected, int eFrom, int eTo, IReadOnlyList<object?[]> actual, int aFrom, int aTo,
        IReadOnlyList<(int Index, NullsOrder Nulls)> keys, int level, ComparisonRules rules)
    {
        if (level == keys.Count || eTo - eFrom <= 1)
        {
            return null;
        }
        var (column, nulls) = keys[level];
        var eRuns = Runs(expected, eFrom, eTo, column, rules);
        var aRuns = Runs(actual, aFrom, aTo, column, rules);
        var eNull = eRuns.Where(r => expected[r.From][column] is null).ToList();
        var eValues = eRuns.Where(r => expected[r.From][column] is not null).ToList();
        List<(int From, int To)> ordered = nulls switch
        {
            NullsOrder.First => [.. eNull, .. eValues],
            NullsOrder.Last => [.. eValues, .. eNull],
            // Either end: start with the candidate's choice when it made one at an end.
            _ => aRuns.Count > 0 && actual[aRuns[0].From][column] is null ? [.. eNull, .. eValues] : [.. eValues, .. eNull],
        };
        var position = aFrom;
        for (var r = 0; r < ordered.Count; r++)
        {
            var want = ordered[r];
            if (r >= aRuns.Count || !SqlValue.Equal(expected[want.From][column], actual[aRuns[r].From][column], rules) || aRuns[r].To - aRuns[r].From != want.To - want.From)
            {
                // Show the row that should be here: the first of the expected run, against what the candidate put there.
                return new RowDifference(position, expected[want.From], position < aTo ? actual[position] : null);
            }
            if (Check(expected, want.From, want.To, actual, aRuns[r].From, aRuns[r].To, keys, level + 1, rules) is { } inner)
            {
                return inner;
            }
            position = aRuns[r].To;
        }
        return null;
    }

    /// <summary>Consecutive rows with equal values in one column, as [From, To) ranges.</summary>
    private static List<(int From, int To)> Runs(IReadOnlyList<object?[]> rows, int from, int to, int column, ComparisonRules rules)
    {
        var runs = new List<(int From, int To)>();
        var start = from;
        for (var i = from + 1; i <= to; i++)
        {
            if (i == to || !SqlValue.Equal(rows[start][column], rows[i][column], rules))
            {
                runs.Add((start, i));
                start = i;
            }
        }
        return runs;
    }
}
