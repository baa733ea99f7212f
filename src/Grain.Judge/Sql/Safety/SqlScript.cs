namespace Grain.Judge.Sql.Safety;

/// <summary>The lexical rules a text is split by: each engine reads strings and comments its own way.</summary>
public enum SqlDialect
{
    /// <summary>SQLite: flat block comments, <c>[name]</c> and <c>`name`</c> quotes, no escape or dollar strings.</summary>
    Sqlite,

    /// <summary>PostgreSQL: nested block comments, <c>E'...'</c> strings with backslash escapes, <c>$tag$</c> quotes.</summary>
    Postgres,
}

/// <summary>What a token is.</summary>
public enum SqlTokenKind
{
    /// <summary>A keyword or unquoted name.</summary>
    Word,

    /// <summary>A quoted name, without its quotes.</summary>
    QuotedName,

    /// <summary>A string literal of any form.</summary>
    String,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary>Any other character: operators, commas, parentheses.</summary>
    Symbol,
}

/// <summary>One token of a statement and how deep in parentheses it sits.</summary>
public sealed record SqlToken(SqlTokenKind Kind, string Text, int Depth);

/// <summary>One statement of a submission with its tokens outside comments.</summary>
public sealed record SqlStatement(string Text, IReadOnlyList<SqlToken> Tokens)
{
    /// <summary>The keywords and unquoted names, upper-case, in order.</summary>
    public IReadOnlyList<string> Words { get; } = Tokens.Where(t => t.Kind == SqlTokenKind.Word).Select(t => t.Text.ToUpperInvariant()).ToList();

    /// <summary>The words outside any parentheses.</summary>
    public IReadOnlyList<string> TopLevelWords { get; } = Tokens.Where(t => t.Kind == SqlTokenKind.Word && t.Depth == 0).Select(t => t.Text.ToUpperInvariant()).ToList();

    /// <summary>True when the statement ends with its own ORDER BY (not one inside a window or subquery).</summary>
    public bool HasTopLevelOrderBy => TopLevelWords.Zip(TopLevelWords.Skip(1)).Any(p => p.First == "ORDER" && p.Second == "BY");

    /// <summary>The first keyword, upper-case (SELECT, WITH, CREATE…), or empty.</summary>
    public string Keyword => Words.Count > 0 ? Words[0] : "";

    /// <summary>The first few keywords joined by spaces, upper-case (CREATE INDEX, CREATE UNIQUE INDEX).</summary>
    public string Lead(int count) => string.Join(' ', Words.Take(count));
}

/// <summary>Splits SQL into statements the way an engine's own lexer does, so a guard sees what the engine will run.</summary>
public static class SqlScript
{
    /// <summary>The non-empty statements of a script, read with SQLite's rules.</summary>
    public static IReadOnlyList<SqlStatement> Split(string sql) => Split(sql, SqlDialect.Sqlite);

    /// <summary>The non-empty statements of a script, read with a dialect's rules.</summary>
    public static IReadOnlyList<SqlStatement> Split(string sql, SqlDialect dialect) => new SqlLexer(sql, dialect).Statements();
}
