namespace Grain.Judge.Sql.Safety;

/// <summary>
/// A lexer that follows one engine's rules for strings, quoted names and comments, so that every <c>;</c> it sees is one
/// the engine sees too (PostgreSQL nests block comments and reads backslash escapes in <c>E'...'</c>; SQLite does neither).
/// </summary>
internal sealed class SqlLexer(string sql, SqlDialect dialect)
{
    private readonly List<SqlStatement> _statements = [];
    private readonly List<SqlToken> _tokens = [];
    private int _statementStart;
    private int _depth;

    /// <summary>The non-empty statements of the text.</summary>
    public List<SqlStatement> Statements()
    {
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == ';')
            {
                Flush(i);
                i++;
                _statementStart = i;
            }
            else if (c == '-' && At(i + 1) == '-')
            {
                i = IndexOrEnd("\n", i);
            }
            else if (c == '/' && At(i + 1) == '*')
            {
                i = SkipBlockComment(i);
            }
            else if (c == '\'')
            {
                i = Add(SqlTokenKind.String, i, SkipQuoted(i, '\'', backslashEscapes: false));
            }
            else if (dialect == SqlDialect.Postgres && c is 'E' or 'e' && At(i + 1) == '\'')
            {
                i = Add(SqlTokenKind.String, i, SkipQuoted(i + 1, '\'', backslashEscapes: true));
            }
            else if (c == '"' || (dialect == SqlDialect.Sqlite && c == '`'))
            {
                var end = SkipQuoted(i, c, backslashEscapes: false);
                i = Add(SqlTokenKind.QuotedName, i, end, sql[(i + 1)..Math.Max(i + 1, end - 1)]);
            }
            else if (dialect == SqlDialect.Sqlite && c == '[')
            {
                var end = IndexOrEnd("]", i + 1);
                i = Add(SqlTokenKind.QuotedName, i, Math.Min(sql.Length, end + 1), sql[(i + 1)..end]);
            }
            else if (dialect == SqlDialect.Postgres && c == '$' && DollarTag(i) is { } tag)
            {
                var end = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = Add(SqlTokenKind.String, i, end < 0 ? sql.Length : end + tag.Length);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var end = i;
                while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] is '_' or '$'))
                {
                    end++;
                }
                i = Add(SqlTokenKind.Word, i, end);
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(i + 1))))
            {
                i = Add(SqlTokenKind.Number, i, SkipNumber(i));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                if (c == ')')
                {
                    _depth = Math.Max(0, _depth - 1);
                }
                Add(SqlTokenKind.Symbol, i, i + 1);
                if (c == '(')
                {
                    _depth++;
                }
                i++;
            }
        }
        Flush(sql.Length);
        return _statements;
    }

    private int Add(SqlTokenKind kind, int start, int end, string? text = null)
    {
        _tokens.Add(new SqlToken(kind, text ?? sql[start..end], _depth));
        return end;
    }

    private void Flush(int end)
    {
        if (_tokens.Count > 0)
        {
            _statements.Add(new SqlStatement(sql[_statementStart..end].Trim(), _tokens.ToList()));
        }
        _tokens.Clear();
        _depth = 0;
    }

    private char At(int index) => index < sql.Length ? sql[index] : '\0';

    private int IndexOrEnd(string text, int from)
    {
        var end = sql.IndexOf(text, from, StringComparison.Ordinal);
        return end < 0 ? sql.Length : end;
    }

    private int SkipBlockComment(int from)
    {
        if (dialect == SqlDialect.Sqlite)
        {
            var end = sql.IndexOf("*/", from + 2, StringComparison.Ordinal);
            return end < 0 ? sql.Length : end + 2;
        }
        // PostgreSQL nests block comments: /* a /* b */ still a comment */.
        var depth = 0;
        var i = from;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && At(i + 1) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && At(i + 1) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }
        return sql.Length;
    }

    private int SkipQuoted(int from, char quote, bool backslashEscapes)
    {
        var j = from + 1;
        while (j < sql.Length)
        {
            if (backslashEscapes && sql[j] == '\\')
            {
                j += 2;
                continue;
            }
            if (sql[j] == quote)
            {
                if (At(j + 1) == quote)
                {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.Length;
    }

    private int SkipNumber(int from)
    {
        var j = from;
        while (j < sql.Length && (char.IsDigit(sql[j]) || sql[j] == '.'))
        {
            j++;
        }
        if (j < sql.Length && sql[j] is 'e' or 'E' && (char.IsDigit(At(j + 1)) || (At(j + 1) is '+' or '-' && char.IsDigit(At(j + 2)))))
        {
            j += 2;
            while (j < sql.Length && char.IsDigit(sql[j]))
            {
                j++;
            }
        }
        return j;
    }

    private string? DollarTag(int from)
    {
        var j = from + 1;
        while (j < sql.Length && (char.IsLetterOrDigit(sql[j]) || sql[j] == '_'))
        {
            j++;
        }
        return j < sql.Length && sql[j] == '$' && (j == from + 1 || !char.IsDigit(sql[from + 1])) ? sql[from..(j + 1)] : null;
    }
}
