using System.Globalization;

namespace Grain.Judge.Sql.Comparison;

/// <summary>Normalises engine values into a small set (null, long, double, decimal, string) and compares and prints them.</summary>
public static class SqlValue
{
    /// <summary>Maps an engine value to null, long, double, decimal or string.</summary>
    public static object? Normalise(object? value) => value switch
    {
        null or DBNull => null,
        bool b => b ? 1L : 0L,
        byte or sbyte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => (decimal)u,
        float f => (double)f,
        double d => d,
        decimal m => m,
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString(),
        byte[] bytes => Convert.ToHexString(bytes),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>True when the value is a number.</summary>
    public static bool IsNumber(object? value) => value is long or double or decimal;

    /// <summary>The value as a double (numbers only).</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>True when two normalised values are equal under the rules.</summary>
    public static bool Equal(object? expected, object? actual, ComparisonRules rules)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }
        if (IsNumber(expected) && IsNumber(actual))
        {
            return NumbersEqual(expected, actual, rules);
        }
        if (IsNumber(expected) != IsNumber(actual))
        {
            // SQLite hands back what was stored, so a number may come back as text; only its plain spelling counts.
            var text = (IsNumber(expected) ? actual : expected) as string;
            return rules.Types == TypeRule.Loose && text is not null && PlainNumber(text) is { } parsed
                && NumbersEqual(IsNumber(expected) ? expected : parsed, IsNumber(actual) ? actual : parsed, rules);
        }
        return string.Equals((string)expected, (string)actual, StringComparison.Ordinal);
    }

    /// <summary>The number a text spells plainly (<c>234</c>, <c>-1.50</c>), or null for anything else (<c>00234</c>, <c>+1</c>, <c>1,000</c>, <c> 7</c>, <c>1e3</c>).</summary>
    public static double? PlainNumber(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        var integerDigits = i - digitsStart;
        if (integerDigits == 0 || (integerDigits > 1 && text[digitsStart] == '0'))
        {
            return null;
        }
        if (i < text.Length && text[i] == '.')
        {
            var fractionStart = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == fractionStart)
            {
                return null;
            }
        }
        return i == text.Length ? double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;
    }

    private static bool NumbersEqual(object expected, object actual, ComparisonRules rules)
    {
        if (expected is long a && actual is long b)
        {
            return a == b;
        }
        if (expected is decimal m && actual is decimal n && m == n)
        {
            return true;
        }
        var x = ToDouble(expected);
        var y = ToDouble(actual);
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            // Infinity and NaN equal only themselves; a tolerance relative to infinity would accept anything.
            return x.Equals(y);
        }
        if (rules.Round is { } digits)
        {
            return Math.Round(x, digits, MidpointRounding.AwayFromZero) == Math.Round(y, digits, MidpointRounding.AwayFromZero)
                || Math.Abs(x - y) <= 0.5 * Math.Pow(10, -digits) + 1e-9 * Math.Max(1, Math.Abs(x));
        }
        if (x == y)
        {
            return true;
        }
        var scale = Math.Max(Math.Abs(x), Math.Abs(y));
        return Math.Abs(x - y) <= rules.Tolerance * Math.Max(scale, 1e-300) || Math.Abs(x - y) <= 1e-12;
    }

    /// <summary>A key used to bucket values for multiset comparison: numbers are rounded so near-equal ones meet.</summary>
    public static string BucketKey(object? value, ComparisonRules rules) => value switch
    {
        null => "\u2400",
        string s when rules.Types == TypeRule.Loose && PlainNumber(s) is { } d => NumberKey(d, rules),
        string s => "s:" + s,
        _ => NumberKey(ToDouble(value), rules),
    };

    // Coarse on purpose: rows in one bucket are still compared value by value, and near misses at a
    // bucket boundary are paired in a second pass.
    private static string NumberKey(double d, ComparisonRules rules) =>
        "n:" + (rules.Round is { } digits && double.IsFinite(d) ? Math.Round(d, Math.Max(0, digits - 1), MidpointRounding.AwayFromZero) : d)
            .ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>The date of a midnight timestamp (<c>2024-01-02 00:00:00</c>), or null for anything else.</summary>
    public static string? MidnightDay(object? value) =>
        value is string { Length: >= 19 } s && s[10] is ' ' or 'T' && s.AsSpan(11, 8).SequenceEqual("00:00:00")
        && (s.Length == 19 || (s[19] == '.' && s.AsSpan(20).TrimEnd('0').IsEmpty)) && IsIsoDate(s.AsSpan(0, 10))
            ? s[..10] : null;

    /// <summary>True for a text <c>yyyy-MM-dd</c>.</summary>
    public static bool IsIsoDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && s[4] == '-' && s[7] == '-' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[9]);

    /// <summary>The value as the user would write it: NULL, numbers without trailing zeros, quoted text.</summary>
    public static string Format(object? value) => value switch
    {
        null => "NULL",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when !double.IsFinite(d) => double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        string s => "'" + (s.Length > 60 ? s[..57] + "..." : s) + "'",
        _ => value.ToString() ?? "",
    };

    /// <summary>A row as <c>(a, b, c)</c>.</summary>
    public static string FormatRow(object?[] row) => "(" + string.Join(", ", row.Select(Format)) + ")";
}
