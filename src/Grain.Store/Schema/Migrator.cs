using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Grain.Store.Schema;

/// <summary>Brings a database up to the newest schema at start-up, one migration per transaction, under a lock.</summary>
internal static class Migrator
{
    private const long LockKey = 7243911;

    /// <summary>Applies missing migrations; refuses a database newer than this program.</summary>
    public static async Task<int> MigrateAsync(DbConnection connection, SqlDialect dialect, string location, CancellationToken ct) =>
        await MigrateAsync(connection, dialect, location, Migrations.All, ct);

    /// <summary>Applies the missing ones of <paramref name="migrations"/>; a failing migration leaves the ones before it applied.</summary>
    internal static async Task<int> MigrateAsync(
        DbConnection connection, SqlDialect dialect, string location, IReadOnlyList<(int Version, string Name, string Sql)> migrations, CancellationToken ct)
    {
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (dialect == SqlDialect.Postgres)
        {
            // Two nodes starting at once: the second waits here, then sees the first one's work.
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = LockKey }, cancellationToken: ct));
        }
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(dialect.Translate(
                "CREATE TABLE IF NOT EXISTS schema_version (version {int} NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_ms {int} NOT NULL)"),
                cancellationToken: ct));
            var current = await CurrentAsync(connection, null, ct);
            if (current > latest)
            {
                throw new StoreException(
                    $"the database at {location} is at schema version {current}, but this Grain only knows versions up to {latest}; " +
                    "upgrade Grain, or point --data / GRAIN_DB at another database");
            }
            foreach (var (version, name, sql) in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await using var tx = connection is SqliteConnection sqlite
                    ? sqlite.BeginTransaction(deferred: false)
                    : await connection.BeginTransactionAsync(ct);
                // Another SQLite process may have applied it while this one waited for the write lock.
                if (await CurrentAsync(connection, tx, ct) >= version)
                {
                    continue;
                }
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(dialect.Translate(sql), transaction: tx, cancellationToken: ct));
                }
                catch (DbException ex)
                {
                    throw new StoreException($"migration {version} ({name}) failed on {location}: {ex.Message}; the database stays at version {version - 1}", ex);
                }
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version, name, applied_ms) VALUES (@version, @name, @at)",
                    new { version = (long)version, name, at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
            }
            return latest;
        }
        finally
        {
            if (dialect == SqlDialect.Postgres)
            {
                await UnlockAsync(connection);
            }
        }
    }

    private static async Task UnlockAsync(DbConnection connection)
    {
        try
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = LockKey });
        }
        catch (DbException)
        {
            // A broken session has released its locks already; the error that broke it is the one to report.
        }
    }

    private static async Task<long> CurrentAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT MAX(version) FROM schema_version", transaction: tx, cancellationToken: ct)) ?? 0;
}
