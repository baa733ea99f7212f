using Grain.Judge.Sql.Safety;

namespace Grain.Judge.Sql.Plans;

/// <summary>Finds which name in a query stands for which table (<c>FROM BoughtItem b</c>), since SQLite plans print aliases.</summary>
public static class TableAliases
{
    private static readonly HashSet<string> NotAliases = new(StringComparer.Ordinal)
    {
        "WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "ON", "USING", "GROUP", "ORDER",
        "HAVING", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "WINDOW", "AS", "SELECT", "FROM", "AND", "OR", "WITH", "INDEXED", "NOT",
    };

    /// <summary>Maps each upper-case name that refers to a table (the table itself and its aliases) to the table's upper-case name.</summary>
    public static IReadOnlyDictionary<string, string> Find(string sql, IEnumerable<string> tables)
    {
        var known = tables.Select(t => t.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var map = known.ToDictionary(t => t, t => t, StringComparer.Ordinal);
        foreach (var statement in SqlScript.Split(sql))
        {
            var words = statement.Words;
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (!known.Contains(words[i]))
                {
                    continue;
                }
                var next = words[i + 1] == "AS" && i + 2 < words.Count ? words[i + 2] : words[i + 1];
                if (!NotAliases.Contains(next) && !known.Contains(next))
                {
                    map.TryAdd(next, words[i]);
                }
            }
        }
        return map;
    }
}
