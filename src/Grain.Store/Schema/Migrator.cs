using System.Data.Common;
using Dapper;

namespace Grain.Store.Schema;

/// <summary>Brings a database up to the newest schema at start-up, one migration per transaction, under a lock.</summary>
internal static class Migrator
{
    /// <summary>Applies missing migrations; refuses a database newer than this program.</summary>
    public static async Task<int> MigrateAsync(DbConnection connection, SqlDialect dialect, string location, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (dialect == SqlDialect.Postgres)
        {
            // Two processes starting at once: the second waits here, then sees the first one's work.
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(7243911)", transaction: tx);
        }
        await connection.ExecuteAsync(dialect.Translate(
            "CREATE TABLE IF NOT EXISTS schema_version (version {int} NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_ms {int} NOT NULL)"),
            transaction: tx);
        var current = await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version", transaction: tx) ?? 0;
        if (current > Migrations.Latest)
        {
            throw new StoreException(
                $"the database at {location} is at schema version {current}, but this Grain only knows versions up to {Migrations.Latest}; " +
                "upgrade Grain, or point --data / GRAIN_DB at another database");
        }
        foreach (var (version, name, sql) in Migrations.All.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(dialect.Translate(sql), transaction: tx);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_ms) VALUES (@version, @name, @at)",
                new { version = (long)version, name, at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx);
        }
        await tx.CommitAsync(ct);
        return Migrations.Latest;
    }
}
