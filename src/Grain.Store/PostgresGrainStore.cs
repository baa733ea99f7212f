using System.Data.Common;
using Grain.Store.Schema;
using Npgsql;

namespace Grain.Store;

/// <summary>The store on PostgreSQL through a pooled data source.</summary>
internal sealed class PostgresGrainStore(NpgsqlDataSource source) : DbGrainStore(SqlDialect.Postgres)
{
    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await source.OpenConnectionAsync(ct);

    protected override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    public override ValueTask DisposeAsync() => source.DisposeAsync();
}
