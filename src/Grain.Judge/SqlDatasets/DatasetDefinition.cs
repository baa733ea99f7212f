using Grain.Judge.SqlDatasets.Generators;

namespace Grain.Judge.SqlDatasets;

/// <summary>The kind of value a dataset column holds; the declared type (<see cref="ColumnDefinition.Declared"/>) refines it per engine.</summary>
public enum ColumnType
{
    Integer,
    Text,
    Decimal,
    Real,
    Date,
    Timestamp,
    Boolean,
}

/// <summary>A column of a dataset table; <paramref name="Declared"/> is the type as written (integer, bigint, numeric(10,2), double, ...).</summary>
public sealed record ColumnDefinition(string Name, ColumnType Type, bool Nullable, string? Declared = null)
{
    /// <summary>The declared type in its normal spelling (the kind's name when none was given).</summary>
    public string DeclaredType => Declared ?? Type.ToString().ToLowerInvariant();
}

/// <summary>A table of a dataset, with its primary key.</summary>
public sealed record TableDefinition(string Name, IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<string> PrimaryKey);

/// <summary>An index the dataset always has.</summary>
public sealed record IndexDefinition(string Name, string Table, IReadOnlyList<string> Columns);

/// <summary>A dataset: schema, the example rows shown in statements, and how hidden data is generated.</summary>
public sealed record DatasetDefinition(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<IndexDefinition> Indexes,
    IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Example,
    string Generator,
    IReadOnlyDictionary<string, string> Settings,
    string Fingerprint,
    string Path)
{
    /// <summary>The schema name queries may put before table names (<c>schema: cd</c> allows <c>cd.members</c>), or null.</summary>
    public string? Schema { get; init; }

    /// <summary>The declarative generator (<c>generate:</c>), when the dataset has one.</summary>
    public DeclarativeSpec? Generate { get; init; }

    /// <summary>The folder holding dataset.yaml (and its CSV files).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? ".";

    /// <summary>The table of that name (case-insensitive), or null.</summary>
    public TableDefinition? Table(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Which data a test runs on: the example rows, or generated rows of a size and seed, plus setup statements.</summary>
public sealed record DatasetRef(string DatasetId, long? Size, int Seed, IReadOnlyList<string> Setup)
{
    /// <summary>The example rows of a dataset.</summary>
    public static DatasetRef ExampleOf(string datasetId) => new(datasetId, null, 0, []);

    /// <summary>True for the example data.</summary>
    public bool IsExample => Size is null;

    /// <summary>A stable key naming this data (used for cache file and schema names).</summary>
    public string Key => $"{DatasetId}_{(Size is { } n ? $"n{n}_s{Seed}" : "example")}" + (Setup.Count > 0 ? "_x" + Hash(string.Join(";", Setup)) : "");

    /// <summary>A short description for reports: "example data" or "hidden data, 20000 rows (seed 3)".</summary>
    public string Describe() => Size is { } n ? $"generated data, {n:N0} rows, seed {Seed}" : "the example rows";

    private static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8].ToLowerInvariant();
}
