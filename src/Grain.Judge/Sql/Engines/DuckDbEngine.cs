using DuckDB.NET.Data;
using Grain.Judge.Sql.Safety;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql.Engines;

/// <summary>
/// DuckDB, embedded: each dataset variant is a database file loaded once with the appender; candidates read it through
/// a read-only connection whose configuration (no external access, memory and thread limits) is fixed and locked at open.
/// </summary>
public sealed class DuckDbEngine(DuckDbDatasetStore store) : ISqlEngine
{
    /// <summary>The memory one database instance may use; a query needing more fails instead of spilling to disk.</summary>
    public const string MemoryLimit = "256MB";

    /// <summary>The worker threads one database instance may use.</summary>
    public const int Threads = 2;

    public string Name => "duckdb";

    // DuckDB's parser descends from PostgreSQL's: nested block comments, E'' strings and dollar quotes read the same way.
    public SqlDialect Dialect => SqlDialect.Postgres;

    public Task<ISqlSession> OpenReadOnlyAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = store.PathFor(data);
        return Task.FromResult<ISqlSession>(new DuckDbSession(Open(path, readOnly: true), null));
    }

    public Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = store.PathFor(data);
        var folder = Path.Combine(store.CacheDirectory, "scratch");
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, $"{Environment.ProcessId}_{Guid.NewGuid():N}.duckdb");
        File.Copy(path, copy);
        try
        {
            return Task.FromResult<ISqlSession>(new DuckDbSession(Open(copy, readOnly: false), copy));
        }
        catch
        {
            DuckDbSession.DeleteScratch(copy);
            throw;
        }
    }

    /// <summary>
    /// The connection string of a judge connection. Every setting is fixed when the database opens, before any SQL runs:
    /// no files, network or extensions (enable_external_access), no spilling to disk, and lock_configuration so no
    /// statement can change them afterwards.
    /// </summary>
    internal static string ConnectionString(string path, bool readOnly) => string.Join(';',
        $"Data Source={path}",
        readOnly ? "access_mode=READ_ONLY" : "access_mode=READ_WRITE",
        $"threads={Threads}",
        $"memory_limit={MemoryLimit}",
        "max_temp_directory_size=0B",
        "enable_external_access=false",
        "autoinstall_known_extensions=false",
        "autoload_known_extensions=false",
        "allow_community_extensions=false",
        "lock_configuration=true");

    private static DuckDBConnection Open(string path, bool readOnly)
    {
        var connection = new DuckDBConnection(ConnectionString(path, readOnly));
        connection.Open();
        return connection;
    }
}
