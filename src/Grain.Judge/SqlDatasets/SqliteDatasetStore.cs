using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Grain.Judge.SqlDatasets.Generators;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Grain.Judge.SqlDatasets;

/// <summary>How long loading a dataset took.</summary>
public sealed record LoadStats(long Rows, TimeSpan Elapsed)
{
    /// <summary>Time spent generating and inserting rows, before indexes and statistics.</summary>
    public TimeSpan? Inserting { get; init; }

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
                var table = dataset.Table(generated.Table) ?? throw new DatasetException($"{dataset.Path}:1: generator wrote unknown table {generated.Table}");
                rows += Insert(connection, table, generated.Rows);
            }
            transaction.Commit();
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
        // Sampled statistics: enough for the planner, and a full ANALYZE would re-read every index.
        Execute(connection, "PRAGMA analysis_limit = 2000; ANALYZE");
        return new LoadStats(rows, clock.Elapsed) { Inserting = inserting };
    }

    private static string CreateTable(TableDefinition table)
    {
        var columns = table.Columns.Select(c => $"{c.Name} {ColumnTypes.Sqlite(c)}{(c.Nullable ? "" : " NOT NULL")}");
        var key = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})" : "";
        return $"CREATE TABLE {table.Name} ({string.Join(", ", columns)}{key})";
    }

    // Rows go straight through SQLite's C API: one prepared statement per table, bound and stepped per
    // row. The ADO.NET parameter path costs several times more per row on million-row loads.
    private static long Insert(SqliteConnection connection, TableDefinition table, IEnumerable<object?[]> rows)
    {
        var db = connection.Handle!;
        var sql = $"INSERT INTO {table.Name} VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            long count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var rc = row[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, i + 1),
                        long l => raw.sqlite3_bind_int64(statement, i + 1, l),
                        bool b => raw.sqlite3_bind_int64(statement, i + 1, b ? 1 : 0),
                        decimal m => raw.sqlite3_bind_double(statement, i + 1, (double)m),
                        double d => raw.sqlite3_bind_double(statement, i + 1, d),
                        DateOnly d => raw.sqlite3_bind_text(statement, i + 1, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        DateTime t => raw.sqlite3_bind_text(statement, i + 1, t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                        var other => raw.sqlite3_bind_text(statement, i + 1, Convert.ToString(other, CultureInfo.InvariantCulture)),
                    };
                    Check(db, rc);
                }
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new DatasetException($"loading {table.Name} (row {count + 1}): {raw.sqlite3_errmsg(db).utf8_to_string()}");
                }
                raw.sqlite3_reset(statement);
                count++;
            }
            return count;
        }
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new DatasetException("SQLite: " + raw.sqlite3_errmsg(db).utf8_to_string());
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
