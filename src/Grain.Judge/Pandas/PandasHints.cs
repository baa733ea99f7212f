using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Pandas;

/// <summary>Likely pandas causes of a wrong frame, in the words a reviewer would use. Pure.</summary>
internal static class PandasHints
{
    /// <summary>The causes that fit a failed comparison; empty when none does.</summary>
    public static IReadOnlyList<string> Explain(ResultSet expected, ResultSet actual, IReadOnlyList<string> dtypes, ComparisonOutcome outcome)
    {
        var hints = new List<string>();
        if (ObjectNumbers(expected, actual, dtypes) is { } column)
        {
            hints.Add($"column '{column}' has object dtype holding text where the reference has numbers: convert it with pd.to_numeric(...) or .astype(float) before returning");
        }
        if (actual.Rows.Count > expected.Rows.Count && outcome.ExtraCount > 0 && RepeatedKeys(actual) > RepeatedKeys(expected))
        {
            hints.Add("more rows than expected, with keys repeated: a merge on a key that is not unique on both sides fans out (many-to-many); aggregate or drop_duplicates before merging, and check with merge(..., validate='many_to_one')");
        }
        if (outcome.MissingCount > 0 && LostNullGroup(expected, actual, outcome))
        {
            hints.Add("the missing rows have an empty (NULL) key: groupby drops rows whose key is NaN or None; use groupby(..., dropna=False) to keep that group");
        }
        else if (outcome.MissingCount > 0 && outcome.ExtraCount == 0 && actual.Rows.Count < expected.Rows.Count)
        {
            hints.Add("rows are missing and none are wrong: an inner merge (merge's default how='inner') drops rows without a match; start from the table that lists every row and merge with how='left', then fill the gaps (fillna(0))");
        }
        return hints;
    }

    /// <summary>How many rows repeat an earlier row's first value (the key, in most results).</summary>
    private static int RepeatedKeys(ResultSet result)
    {
        if (result.Columns.Count == 0)
        {
            return 0;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return result.Rows.Count(r => !seen.Add(SqlValue.Format(r[0])));
    }

    /// <summary>True when every missing row has a NULL somewhere and the candidate returned no row with a NULL in that column.</summary>
    private static bool LostNullGroup(ResultSet expected, ResultSet actual, ComparisonOutcome outcome)
    {
        if (expected.Columns.Count != actual.Columns.Count)
        {
            return false;
        }
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            if (outcome.Missing.Any(r => r[c] is null) && !actual.Rows.Any(r => r[c] is null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first column returned as object dtype holding text where the reference holds numbers, or null.</summary>
    private static string? ObjectNumbers(ResultSet expected, ResultSet actual, IReadOnlyList<string> dtypes)
    {
        if (expected.Columns.Count != actual.Columns.Count || dtypes.Count != actual.Columns.Count)
        {
            return null;
        }
        for (var c = 0; c < actual.Columns.Count; c++)
        {
            if (dtypes[c] == "object" && expected.Rows.Any(r => SqlValue.IsNumber(r[c])) && actual.Rows.Any(r => r[c] is string))
            {
                return actual.Columns[c];
            }
        }
        return null;
    }
}
