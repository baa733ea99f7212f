namespace Grain.Judge.Sql.Comparison;

/// <summary>The rows a query returned, with values normalised across engines (numbers, text, NULL).</summary>
public sealed record ResultSet(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>An empty result with no columns.</summary>
    public static ResultSet Empty { get; } = new([], []);

    /// <summary>Builds a result from raw engine values, normalising each one.</summary>
    public static ResultSet From(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        new(columns, rows.Select(r => r.Select(SqlValue.Normalise).ToArray()).ToList());
}
