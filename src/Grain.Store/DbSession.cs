using System.Data.Common;
using Dapper;

namespace Grain.Store;

/// <summary>One open connection (and, for writes, its transaction) with the caller's cancellation token, so every query can be cancelled.</summary>
internal sealed class DbSession(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
{
    private CommandDefinition Command(string sql, object? parameters) =>
        new(sql, parameters, transaction, cancellationToken: ct);

    /// <summary>Rows mapped to <typeparamref name="T"/>.</summary>
    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        connection.QueryAsync<T>(Command(sql, parameters));

    /// <summary>The number of rows a statement changed.</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        connection.ExecuteAsync(Command(sql, parameters));

    /// <summary>The first column of the first row.</summary>
    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        connection.ExecuteScalarAsync<T>(Command(sql, parameters));
}
