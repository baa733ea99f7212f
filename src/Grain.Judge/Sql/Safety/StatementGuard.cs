namespace Grain.Judge.Sql.Safety;

/// <summary>The verdict of the statement guard: the statements to run, or why the submission is refused.</summary>
public sealed record GuardResult(IReadOnlyList<SqlStatement> Statements, string? Refusal)
{
    /// <summary>True when the submission may run.</summary>
    public bool Allowed => Refusal is null;
}

/// <summary>Refuses anything but what a problem allows before it reaches an engine (the engines enforce it again).</summary>
public static class StatementGuard
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        // Words that change data or the session wherever they appear; statements such as BEGIN or SET are
        // already refused because a query must start with SELECT, WITH or VALUES.
        "INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "ALTER", "CREATE", "ATTACH", "DETACH", "PRAGMA",
        "COPY", "VACUUM", "GRANT", "REVOKE", "TRUNCATE", "REINDEX", "LOCK", "INTO",
    };

    /// <summary>A query problem: exactly one SELECT (or WITH … SELECT, or VALUES) statement, split with the engine's rules.</summary>
    public static GuardResult Query(string sql, SqlDialect dialect = SqlDialect.Sqlite)
    {
        var statements = SqlScript.Split(sql, dialect);
        if (statements.Count == 0)
        {
            return new GuardResult(statements, "the file holds no SQL statement");
        }
        if (statements.Count > 1)
        {
            return new GuardResult(statements, $"only one statement is allowed, found {statements.Count}: write a single SELECT (use WITH for steps)");
        }
        var statement = statements[0];
        if (statement.Keyword is not ("SELECT" or "WITH" or "VALUES"))
        {
            return new GuardResult(statements, $"only a SELECT or WITH query is allowed here, not {statement.Keyword}");
        }
        if (statement.Words.Where((w, i) => Forbidden.Contains(w) && !UnpivotInto(statement.Words, i)).FirstOrDefault() is { } word)
        {
            return new GuardResult(statements, $"{word} is not allowed in a query: the dataset is read-only");
        }
        return new GuardResult(statements, null);
    }

    /// <summary>A DDL/DML problem: up to <paramref name="maxStatements"/> statements, each starting with an allowed lead (e.g. "CREATE INDEX").</summary>
    public static GuardResult Script(string sql, IReadOnlyList<string> allowedLeads, int maxStatements = 10, SqlDialect dialect = SqlDialect.Sqlite)
    {
        var statements = SqlScript.Split(sql, dialect);
        if (statements.Count == 0)
        {
            return new GuardResult(statements, "the file holds no SQL statement");
        }
        if (statements.Count > maxStatements)
        {
            return new GuardResult(statements, $"at most {maxStatements} statements are allowed, found {statements.Count}");
        }
        foreach (var statement in statements)
        {
            var allowed = allowedLeads.Any(lead => Matches(statement, lead));
            if (!allowed)
            {
                return new GuardResult(statements, $"'{Shorten(statement.Text)}' is not allowed here; this problem accepts only: {string.Join(", ", allowedLeads)}");
            }
            if (statement.Words.Skip(2).FirstOrDefault(w => w is "ATTACH" or "PRAGMA" or "COPY" or "DROP" or "DELETE" or "UPDATE" or "INSERT") is { } word)
            {
                return new GuardResult(statements, $"{word} is not allowed in this problem");
            }
        }
        return new GuardResult(statements, null);
    }

    // DuckDB's UNPIVOT ... INTO NAME n VALUE v names output columns; it writes nothing.
    private static bool UnpivotInto(IReadOnlyList<string> words, int index) =>
        words[index] == "INTO" && index + 1 < words.Count && words[index + 1] == "NAME" && words.Take(index).Contains("UNPIVOT");

    private static bool Matches(SqlStatement statement, string lead)
    {
        var parts = lead.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = statement.Words.Where(w => w is not ("UNIQUE" or "IF" or "NOT" or "EXISTS") || parts.Contains(w)).ToList();
        return words.Count >= parts.Length && parts.Select((p, i) => words[i] == p).All(x => x);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
