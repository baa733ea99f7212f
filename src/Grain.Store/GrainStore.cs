using Grain.Store.Schema;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grain.Store;

/// <summary>Opens Grain's store: PostgreSQL when <c>GRAIN_DB</c> holds a connection string, else SQLite at <c>&lt;data&gt;/grain.db</c>.</summary>
public static class GrainStore
{
    /// <summary>The environment variable naming a PostgreSQL connection string.</summary>
    public const string ConnectionVariable = "GRAIN_DB";

    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string FileName = "grain.db";

    /// <summary>Opens the store for a data folder, honouring <c>GRAIN_DB</c> (read through <paramref name="variable"/>).</summary>
    public static Task<IGrainStore> OpenAsync(string dataDirectory, Func<string, string?> variable, CancellationToken ct = default) =>
        variable(ConnectionVariable) is { Length: > 0 } connection
            ? OpenPostgresAsync(connection, ct)
            : OpenSqliteAsync(Path.Combine(dataDirectory, FileName), ct);

    /// <summary>As <see cref="OpenAsync"/>, but opened on first use and tried again after a failed open (<see cref="LazyGrainStore"/>).</summary>
    public static LazyGrainStore OpenLazily(string dataDirectory, Func<string, string?> variable) =>
        new(variable(ConnectionVariable) is { Length: > 0 } ? SqlDialect.Postgres.Engine : SqlDialect.Sqlite.Engine, ct => OpenAsync(dataDirectory, variable, ct));

    /// <summary>Opens (creating and migrating) a SQLite database file in WAL mode.</summary>
    public static async Task<IGrainStore> OpenSqliteAsync(string path, CancellationToken ct = default)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                ForeignKeys = true,
                DefaultTimeout = 30,
                Pooling = true,
                Mode = SqliteOpenMode.ReadWriteCreate,
            }.ToString();
            var store = new SqliteGrainStore(connectionString);
            await using (var connection = await store.OpenAsync(ct))
            {
                await using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL";
                await wal.ExecuteNonQueryAsync(ct);
                await Migrator.MigrateAsync(connection, SqlDialect.Sqlite, path, ct);
            }
            return store;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"cannot open the database {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Opens (migrating) a PostgreSQL database.</summary>
    public static async Task<IGrainStore> OpenPostgresAsync(string connectionString, CancellationToken ct = default)
    {
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"{ConnectionVariable} is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
        var store = new PostgresGrainStore(source);
        var where = $"{ConnectionVariable} ({new NpgsqlConnectionStringBuilder(connectionString).Host})";
        try
        {
            await using var connection = await store.OpenAsync(ct);
            await Migrator.MigrateAsync(connection, SqlDialect.Postgres, where, ct);
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or StoreException)
        {
            await store.DisposeAsync();
            throw ex as StoreException ?? new StoreException($"cannot open the database {where}: {ex.Message}", ex);
        }
    }
}
