using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Grain.Content;
using Grain.Judge.SqlDatasets.Generators;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Grain.Judge.SqlDatasets;

/// <summary>Reads one <c>dataset.yaml</c> with its CSV files; every mistake is a <see cref="DatasetException"/> as <c>path:line: message</c>.</summary>
internal static partial class DatasetFileReader
{
    private static readonly HashSet<string> ReservedSchemas = new(StringComparer.OrdinalIgnoreCase) { "main", "temp", "public", "pg_catalog", "information_schema" };

    public static DatasetDefinition Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException($"{file}:1: cannot read the file: {ex.Message}");
        }
        DatasetFile raw;
        try
        {
            raw = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<DatasetFile>(text)
                ?? throw new DatasetException($"{file}:1: empty dataset file");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            var inner = ex.InnerException?.Message ?? ex.Message;
            throw new DatasetException($"{file}:{Math.Max(1, ex.Start.Line)}: {inner}");
        }
        var id = raw.Id ?? Path.GetFileName(Path.GetDirectoryName(file)!)!;
        var tables = raw.Tables.Select(t => new TableDefinition(
            t.Name ?? throw new DatasetException($"{file}:{LineOf(text, "name:")}: a table has no name"),
            t.Columns.Select(c => Column(file, text, c)).ToList(),
            t.PrimaryKey)).ToList();
        if (tables.Count == 0)
        {
            throw new DatasetException($"{file}:1: no tables");
        }
        if (raw.Schema is { } schema && (!Identifier().IsMatch(schema) || ReservedSchemas.Contains(schema)))
        {
            throw new DatasetException($"{file}:{LineOf(text, "schema:")}: schema '{schema}' should be a lower-case name (letters, digits, _) other than main, temp, public");
        }
        var folder = Path.GetDirectoryName(file)!;
        var example = new Dictionary<string, IReadOnlyList<object?[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (tableName, rows) in raw.Example)
        {
            var table = tables.FirstOrDefault(t => string.Equals(t.Name, tableName, StringComparison.OrdinalIgnoreCase))
                ?? throw new DatasetException($"{file}:{LineOf(text, tableName + ":")}: example rows for unknown table '{tableName}'");
            example[table.Name] = rows.Select(r => ExampleRow(file, text, table, r)).ToList();
        }
        var hash = new StringBuilder(DatasetCatalog.GeneratorVersion).Append('\n').Append(text);
        foreach (var table in tables)
        {
            var csv = Path.Combine(folder, table.Name + ".csv");
            if (!File.Exists(csv))
            {
                continue;
            }
            if (example.ContainsKey(table.Name))
            {
                throw new DatasetException($"{csv}:1: {table.Name} has example rows both here and under 'example:' in dataset.yaml; keep one");
            }
            example[table.Name] = CsvTable.Read(csv, table);
            hash.Append('\n').Append(File.ReadAllText(csv));
        }
        var hidden = Path.Combine(folder, "hidden");
        if (Directory.Exists(hidden))
        {
            foreach (var csv in Directory.EnumerateFiles(hidden, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.Append('\n').Append(csv).Append('\n').Append(File.ReadAllText(csv));
            }
        }
        DeclarativeSpec? generate = raw.Generate is { Count: > 0 } g ? DeclarativeSpec.From(file, text, tables, g) : null;
        var generator = raw.Generator ?? (generate is not null ? DeclarativeGenerator.GeneratorId : Directory.Exists(hidden) ? CsvHiddenData.GeneratorId : id);
        if (generate is not null && raw.Generator is not null)
        {
            throw new DatasetException($"{file}:{LineOf(text, "generator:")}: give either 'generator:' (a built-in generator) or 'generate:' (declarative), not both");
        }
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hash.ToString())))[..10].ToLowerInvariant();
        return new DatasetDefinition(id, raw.Title ?? id, raw.Description ?? "", tables,
            raw.Indexes.Select(i => new IndexDefinition(
                i.Name ?? throw new DatasetException($"{file}:{LineOf(text, "indexes:")}: an index has no name"),
                i.Table ?? throw new DatasetException($"{file}:{LineOf(text, "indexes:")}: index {i.Name} names no table"), i.Columns)).ToList(),
            example, generator, raw.Settings, fingerprint, file)
        {
            Schema = raw.Schema,
            Generate = generate,
        };
    }

    /// <summary>
    /// Warnings about a dataset that loaded: a decimal column whose example values are all whole numbers is stored as
    /// integers by SQLite, so dividing it there divides integers.
    /// </summary>
    public static IEnumerable<ContentDiagnostic> Warnings(DatasetDefinition dataset)
    {
        var text = File.Exists(dataset.Path) ? File.ReadAllText(dataset.Path) : "";
        foreach (var table in dataset.Tables)
        {
            if (!dataset.Example.TryGetValue(table.Name, out var rows) || rows.Count == 0)
            {
                continue;
            }
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var values = rows.Select(r => r[i]).OfType<decimal>().ToList();
                if (column.Type == ColumnType.Decimal && values.Count > 0 && values.All(v => v == decimal.Truncate(v)))
                {
                    yield return new ContentDiagnostic(dataset.Path, LineOf(text, column.Name + " "),
                        $"{table.Name}.{column.Name} is decimal but every example value is a whole number: SQLite stores them as integers, so " +
                        $"{column.Name} / 2 divides integers there (PostgreSQL keeps numeric); a reference that needs decimals should say {column.Name} * 1.0")
                    { Severity = ContentSeverity.Warning };
                }
            }
        }
    }

    /// <summary>Parses a text value into the column's value type; <paramref name="where"/> is the <c>path:line</c> to report.</summary>
    public static object? Parse(string where, ColumnDefinition column, string? value, bool quoted = false)
    {
        if (value is null || (!quoted && value is "~" or "null" or "NULL"))
        {
            return null;
        }
        object? parsed = column.Type switch
        {
            ColumnType.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            ColumnType.Decimal => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : null,
            ColumnType.Real => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            ColumnType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            ColumnType.Timestamp => DateTime.TryParseExact(value, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
            ColumnType.Boolean => value.ToLowerInvariant() switch { "true" or "t" or "1" or "yes" => true, "false" or "f" or "0" or "no" => false, _ => null },
            _ => value,
        };
        return parsed ?? throw new DatasetException($"{where}: '{value}' is not a valid {column.DeclaredType} for column {column.Name}"
            + (column.Type switch
            {
                ColumnType.Date => " (write yyyy-mm-dd)",
                ColumnType.Timestamp => " (write yyyy-mm-dd hh:mm:ss)",
                ColumnType.Boolean => " (write true or false)",
                _ => "",
            }));
    }

    /// <summary>The first line of <paramref name="text"/> containing <paramref name="needle"/>, else 1.</summary>
    public static int LineOf(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? 1 : 1 + text.AsSpan(0, at).Count('\n');
    }

    private static ColumnDefinition Column(string file, string text, string spec)
    {
        var parts = spec.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rest = parts.Length == 2 ? parts[1] : "";
        var nullable = rest.EndsWith(" null", StringComparison.OrdinalIgnoreCase);
        var typeText = nullable ? rest[..^5].Trim() : rest;
        if (parts.Length < 2 || ColumnTypes.Parse(typeText) is not { } type)
        {
            var hint = spec.EndsWith(')') || spec.Contains('(') ? " (a type with a comma, such as decimal(10,2), must be quoted in a [..] list, or written decimal(10;2))" : "";
            throw new DatasetException($"{file}:{LineOf(text, spec)}: column '{spec}' should read 'name type [null]' with type one of {ColumnTypes.Known}{hint}");
        }
        return new ColumnDefinition(parts[0], type.Type, nullable, type.Declared);
    }

    private static object?[] ExampleRow(string file, string text, TableDefinition table, List<string?> row)
    {
        if (row.Count != table.Columns.Count)
        {
            throw new DatasetException($"{file}:{LineOf(text, table.Name + ":")}: an example row of {table.Name} has {row.Count} values, the table has {table.Columns.Count} columns");
        }
        return row.Select((v, i) => Parse($"{file}:{LineOf(text, table.Name + ":")}", table.Columns[i], v)).ToArray();
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,30}$")]
    private static partial Regex Identifier();

    private sealed class DatasetFile
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Schema { get; set; }
        public List<TableFile> Tables { get; set; } = [];
        public List<IndexFile> Indexes { get; set; } = [];
        public Dictionary<string, List<List<string?>>> Example { get; set; } = [];
        public string? Generator { get; set; }
        public Dictionary<string, string> Settings { get; set; } = [];
        public Dictionary<string, GenerateTableFile>? Generate { get; set; }
    }

    private sealed class TableFile
    {
        public string? Name { get; set; }
        public List<string> Columns { get; set; } = [];
        public List<string> PrimaryKey { get; set; } = [];
    }

    private sealed class IndexFile
    {
        public string? Name { get; set; }
        public string? Table { get; set; }
        public List<string> Columns { get; set; } = [];
    }
}
