using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Grain.Judge.Sql.Safety;
using Grain.Judge.SqlDatasets;
using Npgsql;

namespace Grain.Judge.Sql.Engines;

/// <summary>
/// PostgreSQL through Npgsql: each dataset variant is a schema loaded once with binary COPY; candidates connect as a
/// login role that may only read those schemas, inside READ ONLY transactions with a statement timeout.
/// </summary>
public sealed partial class PostgresEngine(DatasetCatalog catalog, string adminConnectionString) : ISqlEngine
{
    /// <summary>The role candidates' queries run as.</summary>
    public const string ReaderRole = "grain_judge_reader";

    /// <summary>How long a loader waits for another session's lock on a dataset schema before giving up.</summary>
    public static readonly TimeSpan LoaderLockTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, Lazy<Task<PostgresLocation>>> _schemas = new();
    private readonly SemaphoreSlim _roleLock = new(1, 1);
    private string? _readerConnectionString;

    public string Name => "postgres";

    public SqlDialect Dialect => SqlDialect.Postgres;

    public async Task<ISqlSession> OpenReadOnlyAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var at = await LocationForAsync(data, cancellationToken);
        var connection = new NpgsqlConnection(at.ConnectionString(await ReaderConnectionStringAsync(cancellationToken)));
        await connection.OpenAsync(cancellationToken);
        return await PostgresSession.StartAsync(connection, at.Schema, readOnly: true, cancellationToken);
    }

    public async Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        // DDL needs the tables' owner; the transaction is always rolled back, so the schema is the throwaway copy.
        var at = await LocationForAsync(data, cancellationToken);
        var connection = new NpgsqlConnection(at.ConnectionString(adminConnectionString));
        await connection.OpenAsync(cancellationToken);
        return await PostgresSession.StartAsync(connection, at.Schema, readOnly: false, cancellationToken);
    }

    /// <summary>
    /// Where a dataset variant lives, loading it on first use: a schema of the main database, or, for a dataset that
    /// names its schema (<c>schema: cd</c>), that schema in a database of its own.
    /// </summary>
    internal Task<PostgresLocation> LocationForAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var dataset = catalog.Get(data.DatasetId);
        var name = ("grain_" + data.Key + "_" + dataset.Fingerprint).ToLowerInvariant();
        if (name.Length > 50)
        {
            // PostgreSQL cuts names at 63 bytes; a database also needs room for its build suffix.
            name = "grain_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..24].ToLowerInvariant();
        }
        var lazy = _schemas.GetOrAdd(name, n => new Lazy<Task<PostgresLocation>>(() =>
            dataset.Schema is null ? EnsureSchemaAsync(dataset, data, n) : EnsureDatabaseAsync(dataset, data, n)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    private async Task<string> ReaderConnectionStringAsync(CancellationToken cancellationToken)
    {
        if (_readerConnectionString is { } cached)
        {
            return cached;
        }
        await _roleLock.WaitAsync(cancellationToken);
        try
        {
            if (_readerConnectionString is null)
            {
                var password = ReaderPassword();
                await using var admin = new NpgsqlConnection(adminConnectionString);
                await admin.OpenAsync(cancellationToken);
                await EnsureReaderRoleAsync(admin, password, cancellationToken);
                _readerConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString)
                {
                    Username = ReaderRole,
                    Password = password,
                    Pooling = true,
                }.ToString();
            }
            return _readerConnectionString;
        }
        finally
        {
            _roleLock.Release();
        }
    }

    // Stable across processes (they share the role) and unguessable without the admin connection string.
    private string ReaderPassword() =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(adminConnectionString), Encoding.UTF8.GetBytes(ReaderRole)))[..32].ToLowerInvariant();

    private static async Task EnsureReaderRoleAsync(NpgsqlConnection admin, string password, CancellationToken cancellationToken)
    {
        await using var transaction = await admin.BeginTransactionAsync(cancellationToken);
        await Execute(admin, "SELECT pg_advisory_xact_lock(727274)", cancellationToken);
        await Execute(admin, $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ReaderRole}') THEN CREATE ROLE {ReaderRole} LOGIN; END IF;
            END $$;
            ALTER ROLE {ReaderRole} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 64 PASSWORD '{password}';
            ALTER ROLE {ReaderRole} SET default_transaction_read_only = on;
            ALTER ROLE {ReaderRole} SET statement_timeout = '30s';
            ALTER ROLE {ReaderRole} SET work_mem = '16MB';
            ALTER ROLE {ReaderRole} SET temp_file_limit = '256MB';
            DO $$ BEGIN
              -- Without activity tracking, no session (not even another reader) sees what a reader runs in pg_stat_activity.
              EXECUTE 'ALTER ROLE {ReaderRole} SET track_activities = off';
            EXCEPTION WHEN insufficient_privilege THEN NULL;
            END $$;
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Where a dataset variant lives: a database (null: the one of the connection string) and the schema to search.</summary>
internal sealed record PostgresLocation(string? Database, string Schema)
{
    /// <summary>A connection string pointing at this location's database.</summary>
    public string ConnectionString(string baseConnectionString) =>
        Database is null ? baseConnectionString : new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = Database }.ToString();
}
