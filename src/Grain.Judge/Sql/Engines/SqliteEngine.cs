using Grain.Judge.Sql.Safety;
using Grain.Judge.SqlDatasets;
using Microsoft.Data.Sqlite;

namespace Grain.Judge.Sql.Engines;

/// <summary>SQLite, embedded: read-only connections on cached dataset files, throwaway in-memory copies for DDL/DML.</summary>
public sealed class SqliteEngine : ISqlEngine
{
    /// <summary>SQLite's heap for the whole process (queries run in the host process): allocations beyond it fail.</summary>
    public const long HardHeapLimitBytes = 1024L * 1024 * 1024;

    /// <summary>Past this, SQLite frees caches before it allocates more.</summary>
    public const long SoftHeapLimitBytes = 256L * 1024 * 1024;

    private readonly SqliteDatasetStore _store;

    static SqliteEngine()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_hard_heap_limit64(HardHeapLimitBytes);
        SQLitePCL.raw.sqlite3_soft_heap_limit64(SoftHeapLimitBytes);
    }

    /// <summary>Creates the engine over a cache of dataset files; the first engine sets SQLite's process-wide heap limits.</summary>
    public SqliteEngine(SqliteDatasetStore store)
    {
        _store = store;
    }

    public string Name => "sqlite";

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public Task<ISqlSession> OpenReadOnlyAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = _store.PathFor(data);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        AttachSchema(connection, data, path);
        return Task.FromResult<ISqlSession>(new SqliteSession(connection, SqliteSession.Access.ReadOnly));
    }

    public Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = _store.PathFor(data);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();
        var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
        copy.Open();
        // No schema alias here: attached, the prepared file would be writable through it. Scripts use bare names.
        source.BackupDatabase(copy);
        return Task.FromResult<ISqlSession>(new SqliteSession(copy, SqliteSession.Access.Scratch));
    }

    // A dataset with a schema name (schema: cd) is attached a second time under that name, before the session's
    // guards forbid ATTACH, so both cd.members and members resolve; a read-only connection attaches read-only.
    private void AttachSchema(SqliteConnection connection, DatasetRef data, string path)
    {
        if (_store.Catalog.Get(data.DatasetId).Schema is not { } schema)
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"ATTACH DATABASE $path AS {schema}";
        command.Parameters.AddWithValue("$path", path);
        command.ExecuteNonQuery();
    }
}
