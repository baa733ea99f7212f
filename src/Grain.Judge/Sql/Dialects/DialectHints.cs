using System.Text.RegularExpressions;

namespace Grain.Judge.Sql.Dialects;

/// <summary>
/// When an engine rejects a submission that uses another engine's dialect (<c>date_trunc</c> on SQLite,
/// <c>strftime</c> on PostgreSQL), names the construct and what this engine spells instead.
/// </summary>
public static partial class DialectHints
{
    private sealed record Hint(string FailsOn, Regex Pattern, string Text);

    private static readonly Hint[] Hints =
    [
        new("sqlite", Rx(@"\bdate_trunc\s*\("), "date_trunc is PostgreSQL; on SQLite use strftime('%Y-%m-01', col) or date(col, 'start of month')"),
        new("sqlite", Rx(@"\bilike\b"), "ILIKE is PostgreSQL; on SQLite LIKE already ignores the case of ASCII letters"),
        new("sqlite", Rx(@"::\s*[a-z]"), ":: casts are PostgreSQL; on SQLite write CAST(x AS type)"),
        new("sqlite", Rx(@"\binterval\s+'"), "INTERVAL literals are PostgreSQL; on SQLite shift dates with date(col, '+7 days') or datetime(col, '-1 hour')"),
        new("sqlite", Rx(@"\bextract\s*\("), "EXTRACT is PostgreSQL; on SQLite use strftime('%Y', col) (or '%m', '%d', '%H')"),
        new("sqlite", Rx(@"\bto_char\s*\("), "to_char is PostgreSQL; on SQLite format dates with strftime('%Y-%m', col)"),
        new("sqlite", Rx(@"\bmake_interval\s*\("), "make_interval is PostgreSQL; on SQLite add minutes with datetime(col, '+' || n || ' minutes')"),
        new("sqlite", Rx(@"\bdistinct\s+on\b"), "DISTINCT ON is PostgreSQL; on SQLite keep one row per group with ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) = 1"),
        new("sqlite", Rx(@"\bnow\s*\(\s*\)"), "now() is PostgreSQL; on SQLite use datetime('now')"),
        new("postgres", Rx(@"\bstrftime\s*\("), "strftime is SQLite; on PostgreSQL use to_char(col, 'YYYY-MM') or date_trunc('month', col)"),
        new("postgres", Rx(@"\bjulianday\s*\("), "julianday is SQLite; on PostgreSQL subtract dates (d2 - d1 is a number of days) or use EXTRACT(EPOCH FROM t2 - t1)"),
        new("postgres", Rx(@"\bifnull\s*\("), "IFNULL is SQLite; on PostgreSQL use COALESCE"),
        new("postgres", Rx(@"\bdate(time)?\s*\([^()]*,\s*''"), "date(col, '+1 day') modifiers are SQLite; on PostgreSQL write col + INTERVAL '1 day'"),
        new("postgres", Rx(@"\bdatetime\s*\("), "datetime() is SQLite; on PostgreSQL cast with col::timestamp or use now()"),
        new("postgres", Rx(@"\bgroup_concat\s*\("), "group_concat is SQLite; on PostgreSQL use string_agg(col, ',')"),
        new("postgres", Rx(@"\binstr\s*\("), "instr is SQLite; on PostgreSQL use strpos(text, part)"),
        new("postgres", Rx(@"\biif\s*\("), "iif is SQLite; on PostgreSQL use CASE WHEN ... THEN ... ELSE ... END"),
        new("postgres", Rx(@"\bunixepoch\s*\("), "unixepoch is SQLite; on PostgreSQL use EXTRACT(EPOCH FROM col)"),
        new("duckdb", Rx(@"\bjulianday\s*\("), "julianday is SQLite; on DuckDB subtract dates (d2 - d1 is a number of days) or use date_diff('day', d1, d2)"),
        new("duckdb", Rx(@"\bdate(time)?\s*\([^()]*,\s*''"), "date(col, '+1 day') modifiers are SQLite; on DuckDB write col + INTERVAL 1 DAY"),
        new("duckdb", Rx(@"\bdatetime\s*\("), "datetime() is SQLite; on DuckDB cast with CAST(col AS TIMESTAMP)"),
        new("duckdb", Rx(@"\bunixepoch\s*\("), "unixepoch is SQLite; on DuckDB use epoch(col)"),
        new("duckdb", Rx(@"\bmake_interval\s*\("), "make_interval is PostgreSQL; on DuckDB multiply an interval: n * INTERVAL 1 MINUTE"),
    ];

    /// <summary>
    /// The engine's error with the dialect hints that fit the submission appended, or the error unchanged when none
    /// fits. Only constructs the failing engine lacks are named.
    /// </summary>
    public static string? Explain(string? error, string engine, IReadOnlyList<string> statements)
    {
        if (error is null)
        {
            return null;
        }
        var code = StringLiteral().Replace(string.Join("\n", statements), "''");
        var hints = Hints.Where(h => h.FailsOn == engine && h.Pattern.IsMatch(code)).Select(h => h.Text).Take(2).ToList();
        return hints.Count == 0 ? error : $"{error}. Dialect: {string.Join("; ", hints)}";
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();
}
