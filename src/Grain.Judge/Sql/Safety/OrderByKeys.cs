using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Sql.Safety;

/// <summary>Reads the sort keys of a statement's own ORDER BY (the last one outside parentheses).</summary>
public static class OrderByKeys
{
    private static readonly HashSet<string> ClauseEnd = new(StringComparer.OrdinalIgnoreCase) { "LIMIT", "OFFSET", "FETCH", "FOR" };

    /// <summary>The keys, or null when there is no top-level ORDER BY or an item is not a column name or position.</summary>
    public static IReadOnlyList<OrderKey>? Of(SqlStatement statement)
    {
        var tokens = statement.Tokens;
        var start = -1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Depth == 0 && IsWord(tokens[i], "ORDER") && IsWord(tokens[i + 1], "BY"))
            {
                start = i + 2;
            }
        }
        if (start < 0)
        {
            return null;
        }
        var keys = new List<OrderKey>();
        var item = new List<SqlToken>();
        for (var i = start; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : null;
            var end = token is null || (token.Depth == 0 && token.Kind == SqlTokenKind.Word && ClauseEnd.Contains(token.Text));
            if (end || (token!.Depth == 0 && token.Kind == SqlTokenKind.Symbol && token.Text == ","))
            {
                if (Key(item) is not { } key)
                {
                    return null;
                }
                keys.Add(key);
                item.Clear();
                if (end)
                {
                    break;
                }
                continue;
            }
            item.Add(token);
        }
        return keys;
    }

    private static OrderKey? Key(List<SqlToken> item)
    {
        var tokens = item.ToList();
        var nulls = NullsOrder.Either;
        if (tokens.Count >= 2 && IsWord(tokens[^2], "NULLS") && (IsWord(tokens[^1], "FIRST") || IsWord(tokens[^1], "LAST")))
        {
            nulls = IsWord(tokens[^1], "FIRST") ? NullsOrder.First : NullsOrder.Last;
            tokens.RemoveRange(tokens.Count - 2, 2);
        }
        var descending = false;
        if (tokens.Count >= 1 && (IsWord(tokens[^1], "ASC") || IsWord(tokens[^1], "DESC")))
        {
            descending = IsWord(tokens[^1], "DESC");
            tokens.RemoveAt(tokens.Count - 1);
        }
        if (tokens.Count >= 2 && IsWord(tokens[^2], "COLLATE"))
        {
            tokens.RemoveRange(tokens.Count - 2, 2);
        }
        if (tokens.Count == 1 && tokens[0].Kind == SqlTokenKind.Number && int.TryParse(tokens[0].Text, out _))
        {
            return new OrderKey(tokens[0].Text, descending, nulls);
        }
        // A name, possibly qualified (t.name, "t"."name"): the result column carries its last part.
        for (var i = 0; i < tokens.Count; i++)
        {
            var isName = tokens[i].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedName;
            var isDot = tokens[i].Kind == SqlTokenKind.Symbol && tokens[i].Text == ".";
            if (i % 2 == 0 ? !isName : !isDot)
            {
                return null;
            }
        }
        return tokens.Count % 2 == 1 ? new OrderKey(tokens[^1].Text, descending, nulls) : null;
    }

    private static bool IsWord(SqlToken token, string word) =>
        token.Kind == SqlTokenKind.Word && string.Equals(token.Text, word, StringComparison.OrdinalIgnoreCase);
}
