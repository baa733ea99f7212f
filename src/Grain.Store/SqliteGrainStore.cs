using System.Data.Common;
using Grain.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Grain.Store;

/// <summary>The store on a SQLite file: WAL, a busy timeout, foreign keys, full sync; writes take the lock up front.</summary>
internal sealed class SqliteGrainStore(string connectionString) : DbGrainStore(SqlDialect.Sqlite)
{
    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    // BEGIN IMMEDIATE: a deferred transaction that later upgrades to a writer can fail with SQLITE_BUSY
    // without waiting, when the web app and the CLI write at once.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
