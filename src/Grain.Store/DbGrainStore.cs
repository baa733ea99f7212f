using System.Data.Common;
using Dapper;
using Grain.Store.Schema;

namespace Grain.Store;

/// <summary>The store over any ADO.NET connection; the SQL is shared by both engines. Split by topic into partial files.</summary>
internal abstract partial class DbGrainStore(SqlDialect dialect) : IGrainStore
{
    static DbGrainStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public string Engine => dialect.Engine;

    /// <summary>A new open connection (pooled).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins a transaction that will write.</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    protected static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    protected static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    protected static DateTimeOffset? Time(long? ms) => ms is { } v ? Time(v) : null;

    /// <summary>Runs a read on a fresh connection.</summary>
    protected async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await read(new DbSession(connection, null, ct));
    }

    /// <summary>Runs writes in one transaction: all of them are kept or none.</summary>
    protected async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> write, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        var result = await write(new DbSession(connection, tx, ct));
        await tx.CommitAsync(ct);
        return result;
    }

    public Task<int> SchemaVersionAsync(CancellationToken ct = default) =>
        ReadAsync(async db => (int)(await db.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version") ?? 0), ct);

    public Task<long> GetOrCreateUserAsync(string name, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            await db.ExecuteAsync(
                "INSERT INTO users (name, created_ms) VALUES (@name, @at) ON CONFLICT (name) DO NOTHING",
                new { name, at = Ms(DateTimeOffset.UtcNow) });
            return await db.ExecuteScalarAsync<long>("SELECT id FROM users WHERE name = @name", new { name });
        }, ct);
}
