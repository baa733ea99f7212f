using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Grain.Judge.SqlDatasets;

/// <summary>The SQL datasets of a content folder (<c>content/datasets/&lt;id&gt;/dataset.yaml</c>).</summary>
public sealed class DatasetCatalog
{
    // Bump when a generator changes the rows it writes, so cached databases are rebuilt.
    internal const string GeneratorVersion = "1";

    private readonly Dictionary<string, DatasetDefinition> _datasets;

    private DatasetCatalog(Dictionary<string, DatasetDefinition> datasets) => _datasets = datasets;

    /// <summary>Every dataset, by id.</summary>
    public IReadOnlyCollection<DatasetDefinition> All => _datasets.Values;

    /// <summary>The dataset with that id.</summary>
    public DatasetDefinition Get(string id) =>
        _datasets.TryGetValue(id, out var d) ? d : throw new DatasetException($"unknown dataset '{id}' (known: {string.Join(", ", _datasets.Keys.Order())})");

    /// <summary>True when a dataset of that id exists.</summary>
    public bool Contains(string id) => _datasets.ContainsKey(id);

    /// <summary>Loads every <c>datasets/*/dataset.yaml</c> under a content folder.</summary>
    public static DatasetCatalog Load(string contentDirectory)
    {
        var datasets = new Dictionary<string, DatasetDefinition>(StringComparer.Ordinal);
        var dir = System.IO.Path.Combine(contentDirectory, "datasets");
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "dataset.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var definition = Read(file);
                datasets[definition.Id] = definition;
            }
        }
        return new DatasetCatalog(datasets);
    }

    /// <summary>Reads one dataset file; throws <see cref="DatasetException"/> with the file name when it is malformed.</summary>
    public static DatasetDefinition Read(string file)
    {
        var text = File.ReadAllText(file);
        DatasetFile raw;
        try
        {
            raw = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<DatasetFile>(text)
                ?? throw new DatasetException($"{file}: empty dataset file");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new DatasetException($"{file}:{ex.Start.Line}: {ex.Message}");
        }
        var id = raw.Id ?? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file)!)!;
        var tables = raw.Tables.Select(t => new TableDefinition(
            t.Name ?? throw new DatasetException($"{file}: a table has no name"),
            t.Columns.Select(c => Column(file, c)).ToList(),
            t.PrimaryKey)).ToList();
        var example = new Dictionary<string, IReadOnlyList<object?[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (tableName, rows) in raw.Example)
        {
            var table = tables.FirstOrDefault(t => string.Equals(t.Name, tableName, StringComparison.OrdinalIgnoreCase))
                ?? throw new DatasetException($"{file}: example rows for unknown table '{tableName}'");
            example[table.Name] = rows.Select(r => ExampleRow(file, table, r)).ToList();
        }
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(GeneratorVersion + "\n" + text)))[..10].ToLowerInvariant();
        return new DatasetDefinition(id, raw.Title ?? id, raw.Description ?? "", tables,
            raw.Indexes.Select(i => new IndexDefinition(i.Name!, i.Table!, i.Columns)).ToList(),
            example, raw.Generator ?? id, raw.Settings, fingerprint, file);
    }

    private static ColumnDefinition Column(string file, string spec)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !Enum.TryParse<ColumnType>(parts[1], ignoreCase: true, out var type))
        {
            throw new DatasetException($"{file}: column '{spec}' should read 'name type [null]' with type one of integer, text, decimal, real, date, timestamp");
        }
        return new ColumnDefinition(parts[0], type, parts.Skip(2).Contains("null", StringComparer.OrdinalIgnoreCase));
    }

    private static object?[] ExampleRow(string file, TableDefinition table, List<string?> row)
    {
        if (row.Count != table.Columns.Count)
        {
            throw new DatasetException($"{file}: an example row of {table.Name} has {row.Count} values, the table has {table.Columns.Count} columns");
        }
        return row.Select((v, i) => Parse(file, table.Columns[i], v)).ToArray();
    }

    /// <summary>Parses a YAML scalar into the column's value type.</summary>
    internal static object? Parse(string file, ColumnDefinition column, string? value)
    {
        if (value is null or "~" or "null" or "NULL")
        {
            return null;
        }
        try
        {
            return column.Type switch
            {
                ColumnType.Integer => long.Parse(value, CultureInfo.InvariantCulture),
                ColumnType.Decimal => decimal.Parse(value, CultureInfo.InvariantCulture),
                ColumnType.Real => double.Parse(value, CultureInfo.InvariantCulture),
                ColumnType.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ColumnType.Timestamp => DateTime.ParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                _ => value,
            };
        }
        catch (FormatException)
        {
            throw new DatasetException($"{file}: '{value}' is not a valid {column.Type.ToString().ToLowerInvariant()} for column {column.Name}");
        }
    }

    private sealed class DatasetFile
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<TableFile> Tables { get; set; } = [];
        public List<IndexFile> Indexes { get; set; } = [];
        public Dictionary<string, List<List<string?>>> Example { get; set; } = [];
        public string? Generator { get; set; }
        public Dictionary<string, string> Settings { get; set; } = [];
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

/// <summary>A dataset file or generator problem, with the file named.</summary>
public sealed class DatasetException(string message) : Exception(message);
