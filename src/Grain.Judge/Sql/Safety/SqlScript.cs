using System.Text;

namespace Grain.Judge.Sql.Safety;

/// <summary>One statement of a submission with its words outside strings, quoted names and comments.</summary>
public sealed record SqlStatement(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> TopLevelWords)
{
    /// <summary>True when the statement ends with its own ORDER BY (not one inside a window or subquery).</summary>
    public bool HasTopLevelOrderBy => TopLevelWords.Zip(TopLevelWords.Skip(1)).Any(p => p.First == "ORDER" && p.Second == "BY");

    /// <summary>The first keyword, upper-case (SELECT, WITH, CREATE…), or empty.</summary>
    public string Keyword => Words.Count > 0 ? Words[0] : "";

    /// <summary>The first few keywords joined by spaces, upper-case (CREATE INDEX, CREATE UNIQUE INDEX).</summary>
    public string Lead(int count) => string.Join(' ', Words.Take(count));
}

/// <summary>Splits SQL into statements the way both engines do: strings, quoted names, comments and dollar quotes are skipped.</summary>
public static class SqlScript
{
    /// <summary>The non-empty statements of a script.</summary>
    public static IReadOnlyList<SqlStatement> Split(string sql)
    {
        var statements = new List<SqlStatement>();
        var text = new StringBuilder();
        var words = new List<string>();
        var topLevel = new List<string>();
        var depth = 0;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var start = i;
            if (c == ';')
            {
                Flush();
                i++;
                continue;
            }
            if (c == '-' && At(i + 1) == '-')
            {
                i = IndexOrEnd('\n', i);
            }
            else if (c == '/' && At(i + 1) == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
            }
            else if (c is '\'' or '"' or '`')
            {
                i = SkipQuoted(i, c);
            }
            else if (c == '[')
            {
                i = IndexOrEnd(']', i + 1) + 1;
            }
            else if (c == '$' && DollarTag(i) is { } tag)
            {
                var end = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + tag.Length;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$'))
                {
                    i++;
                }
                words.Add(sql[start..i].ToUpperInvariant());
                if (depth == 0)
                {
                    topLevel.Add(words[^1]);
                }
            }
            else if (c is '(' or ')')
            {
                depth = Math.Max(0, depth + (c == '(' ? 1 : -1));
                i++;
            }
            else
            {
                i++;
            }
            text.Append(sql, start, Math.Min(i, sql.Length) - start);
        }
        Flush();
        return statements;

        void Flush()
        {
            if (words.Count > 0)
            {
                statements.Add(new SqlStatement(text.ToString().Trim(), words.ToList(), topLevel.ToList()));
            }
            text.Clear();
            words.Clear();
            topLevel.Clear();
            depth = 0;
        }

        char At(int index) => index < sql.Length ? sql[index] : '\0';

        int IndexOrEnd(char ch, int from)
        {
            var end = sql.IndexOf(ch, from);
            return end < 0 ? sql.Length : end;
        }

        int SkipQuoted(int from, char quote)
        {
            var j = from + 1;
            while (j < sql.Length)
            {
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

        string? DollarTag(int from)
        {
            var j = from + 1;
            while (j < sql.Length && (char.IsLetterOrDigit(sql[j]) || sql[j] == '_'))
            {
                j++;
            }
            return j < sql.Length && sql[j] == '$' && (j == from + 1 || !char.IsDigit(sql[from + 1])) ? sql[from..(j + 1)] : null;
        }
    }
}
