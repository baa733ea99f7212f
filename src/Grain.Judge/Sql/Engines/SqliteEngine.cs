using Grain.Judge.SqlDatasets;
using Microsoft.Data.Sqlite;

namespace Grain.Judge.Sql.Engines;

/// <summary>SQLite, embedded: read-only connections on cached dataset files, throwaway in-memory copies for DDL/DML.</summary>
public sealed class SqliteEngine(SqliteDatasetStore store) : ISqlEngine
{
    public string Name => "sqlite";

    public Task<ISqlSession> OpenReadOnlyAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = store.PathFor(data);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return Task.FromResult<ISqlSession>(new SqliteSession(connection, SqliteSession.Access.ReadOnly));
    }

    public Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = store.PathFor(data);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();
        var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
        copy.Open();
        source.BackupDatabase(copy);
        return Task.FromResult<ISqlSession>(new SqliteSession(copy, SqliteSession.Access.Scratch));
    }
}
