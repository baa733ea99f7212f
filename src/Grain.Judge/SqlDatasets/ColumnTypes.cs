using System.Text.RegularExpressions;

namespace Grain.Judge.SqlDatasets;

/// <summary>The column types a dataset may declare, and what each engine creates for them (the table in docs/CONTENT.md).</summary>
public static partial class ColumnTypes
{
    /// <summary>The types accepted, for error messages.</summary>
    public const string Known = "integer (int), bigint, decimal / numeric (optionally (p,s)), real, double, text, date, timestamp, boolean";

    /// <summary>Parses a declared type; null when unknown.</summary>
    public static (ColumnType Type, string Declared)? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (Precision().Match(t) is { Success: true } m)
        {
            var p = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var s = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return p is >= 1 and <= 38 && s <= p ? (ColumnType.Decimal, $"numeric({p},{s})") : null;
        }
        return t switch
        {
            "int" or "integer" or "int4" => (ColumnType.Integer, "integer"),
            "bigint" or "int8" => (ColumnType.Integer, "bigint"),
            "decimal" or "numeric" => (ColumnType.Decimal, "numeric"),
            "real" or "float4" => (ColumnType.Real, "real"),
            "double" or "float" or "float8" => (ColumnType.Real, "double"),
            "text" or "varchar" or "string" => (ColumnType.Text, "text"),
            "date" => (ColumnType.Date, "date"),
            "timestamp" or "datetime" => (ColumnType.Timestamp, "timestamp"),
            "boolean" or "bool" => (ColumnType.Boolean, "boolean"),
            _ => null,
        };
    }

    /// <summary>The SQLite type written in CREATE TABLE (it decides the column's affinity; dates and times are ISO text).</summary>
    public static string Sqlite(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer => "INTEGER",
        ColumnType.Decimal => column.DeclaredType.Replace("numeric", "DECIMAL", StringComparison.Ordinal),
        ColumnType.Real => "REAL",
        ColumnType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    /// <summary>The PostgreSQL type written in CREATE TABLE: the declared type.</summary>
    public static string Postgres(ColumnDefinition column) => column.DeclaredType switch
    {
        "double" => "double precision",
        var declared => declared,
    };

    /// <summary>The DuckDB type written in CREATE TABLE; a decimal without precision becomes DECIMAL(18,4), DuckDB's own default keeps only 3 places.</summary>
    public static string DuckDb(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer => column.DeclaredType == "bigint" ? "BIGINT" : "INTEGER",
        ColumnType.Decimal => column.DeclaredType == "numeric" ? "DECIMAL(18,4)" : column.DeclaredType.Replace("numeric", "DECIMAL", StringComparison.Ordinal),
        ColumnType.Real => column.DeclaredType == "real" ? "REAL" : "DOUBLE",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    [GeneratedRegex(@"^(decimal|numeric)\s*\(\s*(\d+)\s*(?:[,;]\s*(\d+)\s*)?\)$")]
    private static partial Regex Precision();
}
