using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Grain.Judge.SqlDatasets.Generators;

namespace Grain.Judge.SqlDatasets;

/// <summary>Builds each dataset variant once into a DuckDB database file under the data folder (rows through the appender) and reuses it.</summary>
public sealed class DuckDbDatasetStore(DatasetCatalog catalog, string cacheDirectory)
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _paths = new();

    /// <summary>The datasets this store builds.</summary>
    public DatasetCatalog Catalog => catalog;

    /// <summary>The folder of prepared files; throwaway copies for DDL/DML go to <c>scratch/</c> under it.</summary>
    public string CacheDirectory => cacheDirectory;

    /// <summary>The path of the prepared database for a data reference, building it on first use.</summary>
    public string PathFor(DatasetRef data)
    {
        var dataset = catalog.Get(data.DatasetId);
        var path = Path.Combine(cacheDirectory, $"{data.Key}_{dataset.Fingerprint}.duckdb");
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
            File.Delete(temp + ".wal");
        }
        return path;
    }

    /// <summary>Writes a dataset variant into a new DuckDB file: schema, rows through the appender, indexes, setup, a checkpoint.</summary>
    public static LoadStats Build(DatasetDefinition dataset, DatasetRef data, string path)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection($"Data Source={path};threads=2;enable_external_access=false");
        connection.Open();
        if (dataset.Schema is { } schema)
        {
            // Tables live in the dataset's schema; setup statements name them bare, as on the other engines.
            Execute(connection, $"CREATE SCHEMA {schema}; SET search_path = '{schema}'");
        }
        foreach (var table in dataset.Tables)
        {
            Execute(connection, CreateTable(table));
        }
        long rows = 0;
        foreach (var generated in DatasetGenerators.RowsFor(dataset, data))
        {
            var table = dataset.Table(generated.Table) ?? throw new DatasetException($"{dataset.Path}:1: generator wrote unknown table {generated.Table}");
            rows += Append(connection, dataset.Schema, table, generated.Rows);
        }
        var inserting = clock.Elapsed;
        foreach (var index in dataset.Indexes)
        {
            Execute(connection, $"CREATE INDEX {index.Name} ON {index.Table} ({string.Join(", ", index.Columns)})");
        }
        foreach (var statement in data.Setup)
        {
            Execute(connection, statement);
        }
        if (dataset.Schema is { } named)
        {
            // Views in main let a query say members as well as cd.members, as on SQLite and PostgreSQL.
            foreach (var table in TablesIn(connection, named))
            {
                Execute(connection, $"CREATE VIEW main.{table} AS SELECT * FROM {named}.{table}");
            }
        }
        Execute(connection, "CHECKPOINT");
        return new LoadStats(rows, clock.Elapsed) { Inserting = inserting };
    }

    private static List<string> TablesIn(DuckDBConnection connection, string schema)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM duckdb_tables() WHERE schema_name = $schema ORDER BY table_name";
        command.Parameters.Add(new DuckDBParameter("schema", schema));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static string CreateTable(TableDefinition table)
    {
        var columns = table.Columns.Select(c => $"{c.Name} {ColumnTypes.DuckDb(c)}{(c.Nullable ? "" : " NOT NULL")}");
        var key = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})" : "";
        return $"CREATE TABLE {table.Name} ({string.Join(", ", columns)}{key})";
    }

    private static long Append(DuckDBConnection connection, string? schema, TableDefinition table, IEnumerable<object?[]> rows)
    {
        long count = 0;
        try
        {
            using var appender = connection.CreateAppender(schema, table.Name);
            foreach (var row in rows)
            {
                var target = appender.CreateRow();
                for (var i = 0; i < row.Length; i++)
                {
                    AppendValue(target, table.Columns[i], row[i]);
                }
                target.EndRow();
                count++;
            }
        }
        catch (Exception ex) when (ex is DuckDBException or InvalidCastException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new DatasetException($"loading {table.Name} (row {count + 1}) into DuckDB: {ex.Message}");
        }
        return count;
    }

    // The appender checks each value against the column's type, so values are converted to the declared type first.
    private static void AppendValue(IDuckDBAppenderRow row, ColumnDefinition column, object? value)
    {
        if (value is null)
        {
            row.AppendNullValue();
            return;
        }
        var culture = CultureInfo.InvariantCulture;
        _ = column.Type switch
        {
            ColumnType.Integer when column.DeclaredType == "bigint" => row.AppendValue(Convert.ToInt64(value, culture)),
            ColumnType.Integer => row.AppendValue(Convert.ToInt32(value, culture)),
            ColumnType.Decimal => row.AppendValue(Convert.ToDecimal(value, culture)),
            ColumnType.Real when column.DeclaredType == "real" => row.AppendValue(Convert.ToSingle(value, culture)),
            ColumnType.Real => row.AppendValue(Convert.ToDouble(value, culture)),
            ColumnType.Boolean => row.AppendValue(value is bool b ? b : Convert.ToInt64(value, culture) != 0),
            ColumnType.Date => row.AppendValue(value switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => DateOnly.Parse(Convert.ToString(value, culture)!, culture),
            }),
            ColumnType.Timestamp => row.AppendValue(value switch
            {
                DateTime t => t,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                _ => DateTime.Parse(Convert.ToString(value, culture)!, culture),
            }),
            _ => row.AppendValue(value switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", culture),
                DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", culture),
                _ => Convert.ToString(value, culture),
            }),
        };
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
