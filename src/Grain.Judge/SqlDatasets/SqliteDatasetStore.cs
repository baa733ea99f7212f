using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Grain.Judge.SqlDatasets.Generators;
using Microsoft.Data.Sqlite;

namespace Grain.Judge.SqlDatasets;

/// <summary>How long loading a dataset took.</summary>
public sealed record LoadStats(long Rows, TimeSpan Elapsed)
{
    /// <summary>Rows per second.</summary>
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>Builds each dataset variant once into a SQLite file under the data folder and reuses it.</summary>
public sealed class SqliteDatasetStore(DatasetCatalog catalog, string cacheDirectory)
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _paths = new();

    /// <summary>The datasets this store builds.</summary>
    public DatasetCatalog Catalog => catalog;

    /// <summary>The path of the prepared database for a data reference, building it on first use.</summary>
    public string PathFor(DatasetRef data)
    {
        var dataset = catalog.Get(data.DatasetId);
        var path = Path.Combine(cacheDirectory, $"{data.Key}_{dataset.Fingerprint}.db");
        return _paths.GetOrAdd(path, p => new Lazy<string>(() => EnsureBuilt(dataset, data, p))).Value;
    }

    private static string EnsureBuilt(DatasetDefinition dataset, DatasetRef data, string path)
    {
        if (File.Exists(path))
        {
            return path;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Build(dataset, data, temp);
            // Another process may have built it meanwhile; either copy is the same.
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return path;
    }

    /// <summary>Writes a dataset variant into a new SQLite file: schema, rows in one transaction, indexes, setup, statistics.</summary>
    public static LoadStats Build(DatasetDefinition dataset, DatasetRef data, string path)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
        foreach (var table in dataset.Tables)
        {
            Execute(connection, CreateTable(table));
        }
        long rows = 0;
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var generated in DatasetGenerators.RowsFor(dataset, data))
            {
                var table = dataset.Table(generated.Table) ?? throw new DatasetException($"{dataset.Path}: generator wrote unknown table {generated.Table}");
                rows += Insert(connection, transaction, table, generated.Rows);
            }
            transaction.Commit();
        }
        foreach (var index in dataset.Indexes)
        {
            Execute(connection, $"CREATE INDEX {index.Name} ON {index.Table} ({string.Join(", ", index.Columns)})");
        }
        foreach (var statement in data.Setup)
        {
            Execute(connection, statement);
        }
        Execute(connection, "ANALYZE");
        return new LoadStats(rows, clock.Elapsed);
    }

    private static string CreateTable(TableDefinition table)
    {
        var columns = table.Columns.Select(c => $"{c.Name} {SqliteType(c.Type)}{(c.Nullable ? "" : " NOT NULL")}");
        var key = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})" : "";
        return $"CREATE TABLE {table.Name} ({string.Join(", ", columns)}{key})";
    }

    /// <summary>The SQLite type name used for a column type (dates and times are ISO text).</summary>
    public static string SqliteType(ColumnType type) => type switch
    {
        ColumnType.Integer => "INTEGER",
        ColumnType.Decimal => "DECIMAL",
        ColumnType.Real => "REAL",
        _ => "TEXT",
    };

    private static long Insert(SqliteConnection connection, SqliteTransaction transaction, TableDefinition table, IEnumerable<object?[]> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Name} VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(row[i]);
            }
            command.ExecuteNonQuery();
            count++;
        }
        return count;
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        decimal m => (double)m,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value,
    };

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
