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
        AttachSchema(connection, data, path);
        return Task.FromResult<ISqlSession>(new SqliteSession(connection, SqliteSession.Access.ReadOnly));
    }

    public Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var path = store.PathFor(data);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();
        var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
        copy.Open();
        // No schema alias here: attached, the prepared file would be writable through it. Scripts use bare names.
        source.BackupDatabase(copy);
        return Task.FromResult<ISqlSession>(new SqliteSession(copy, SqliteSession.Access.Scratch));
    }

    // A dataset with a schema name (schema: cd) is attached a second time under that name, before the session's
    // guards forbid ATTACH, so both cd.members and members resolve; a read-only connection attaches read-only.
    private void AttachSchema(SqliteConnection connection, DatasetRef data, string path)
    {
        if (store.Catalog.Get(data.DatasetId).Schema is not { } schema)
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"ATTACH DATABASE $path AS {schema}";
        command.Parameters.AddWithValue("$path", path);
        command.ExecuteNonQuery();
    }
}
