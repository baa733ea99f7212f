using System.Diagnostics;
using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Npgsql;
using NpgsqlTypes;

namespace Grain.Judge.Sql.Engines;

public sealed partial class PostgresEngine
{
    private async Task<PostgresLocation> EnsureSchemaAsync(DatasetDefinition dataset, DatasetRef data, string schema)
    {
        await ReaderConnectionStringAsync(CancellationToken.None);
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var transaction = await admin.BeginTransactionAsync();
        // Another loader holds this lock for seconds; anything longer is a stuck session, which must not hang the judge.
        await Execute(admin, $"SET LOCAL lock_timeout = '{LoaderLockTimeout.TotalMilliseconds:0}ms'; SELECT pg_advisory_xact_lock(hashtext('{schema}'))", CancellationToken.None);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_namespace WHERE nspname = $1", admin) { Parameters = { new() { Value = schema } } })
        {
            if (await exists.ExecuteScalarAsync() is not null)
            {
                await transaction.CommitAsync();
                return new PostgresLocation(null, schema);
            }
        }
        await LoadAsync(admin, dataset, data, schema);
        await Execute(admin, $"GRANT USAGE ON SCHEMA {schema} TO {ReaderRole}; GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ReaderRole};", CancellationToken.None);
        await transaction.CommitAsync();
        return new PostgresLocation(null, schema);
    }

    // A dataset with its own schema name (schema: cd) gets one database per variant, so cd.members names that
    // variant's table. It is built under a temporary name and renamed when complete: a crash leaves no half-loaded copy.
    private async Task<PostgresLocation> EnsureDatabaseAsync(DatasetDefinition dataset, DatasetRef data, string database)
    {
        var schema = dataset.Schema!;
        await ReaderConnectionStringAsync(CancellationToken.None);
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await Execute(admin, $"SELECT pg_advisory_lock(hashtext('{database}'))", CancellationToken.None);
        try
        {
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin) { Parameters = { new() { Value = database } } })
            {
                if (await exists.ExecuteScalarAsync() is not null)
                {
                    return new PostgresLocation(database, schema);
                }
            }
            var building = database + "_b" + Guid.NewGuid().ToString("N")[..6];
            await Execute(admin, $"CREATE DATABASE {building}", CancellationToken.None);
            try
            {
                var target = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = building, Pooling = false }.ToString();
                await using (var connection = new NpgsqlConnection(target))
                {
                    await connection.OpenAsync();
                    await using var transaction = await connection.BeginTransactionAsync();
                    await LoadAsync(connection, dataset, data, schema);
                    await Execute(connection, $"GRANT USAGE ON SCHEMA {schema} TO {ReaderRole}; GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ReaderRole};", CancellationToken.None);
                    await transaction.CommitAsync();
                }
                await Execute(admin, $"REVOKE TEMPORARY ON DATABASE {building} FROM PUBLIC; ALTER DATABASE {building} RENAME TO {database}", CancellationToken.None);
            }
            catch
            {
                await Execute(admin, $"DROP DATABASE IF EXISTS {building}", CancellationToken.None);
                throw;
            }
            return new PostgresLocation(database, schema);
        }
        finally
        {
            await Execute(admin, $"SELECT pg_advisory_unlock(hashtext('{database}'))", CancellationToken.None);
        }
    }

    /// <summary>Creates a schema and loads a dataset variant into it with binary COPY; the caller owns the transaction.</summary>
    public static async Task<LoadStats> LoadAsync(NpgsqlConnection admin, DatasetDefinition dataset, DatasetRef data, string schema)
    {
        var clock = Stopwatch.StartNew();
        await Execute(admin, $"CREATE SCHEMA {schema}; SET LOCAL search_path = {schema};", CancellationToken.None);
        foreach (var table in dataset.Tables)
        {
            var columns = table.Columns.Select(c => $"{c.Name} {ColumnTypes.Postgres(c)}{(c.Nullable ? "" : " NOT NULL")}");
            var key = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})" : "";
            await Execute(admin, $"CREATE TABLE {table.Name} ({string.Join(", ", columns)}{key})", CancellationToken.None);
        }
        long rows = 0;
        foreach (var generated in DatasetGenerators.RowsFor(dataset, data))
        {
            var table = dataset.Table(generated.Table)!;
            var types = table.Columns.Select(DbType).ToArray();
            await using var writer = await admin.BeginBinaryImportAsync($"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in generated.Rows)
            {
                await writer.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await writer.WriteNullAsync();
                    }
                    else
                    {
                        await writer.WriteAsync(Value(row[i]!, types[i]), types[i]);
                    }
                }
                rows++;
            }
            await writer.CompleteAsync();
        }
        foreach (var index in dataset.Indexes)
        {
            await Execute(admin, $"CREATE INDEX {index.Name} ON {index.Table} ({string.Join(", ", index.Columns)})", CancellationToken.None);
        }
        foreach (var statement in data.Setup)
        {
            await Execute(admin, statement, CancellationToken.None);
        }
        foreach (var table in dataset.Tables)
        {
            await Execute(admin, $"ANALYZE {table.Name}", CancellationToken.None);
        }
        return new LoadStats(rows, clock.Elapsed);
    }

    // The declared type decides the wire type: an integer column takes int4, a real column float4.
    private static NpgsqlDbType DbType(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer => column.DeclaredType == "bigint" ? NpgsqlDbType.Bigint : NpgsqlDbType.Integer,
        ColumnType.Decimal => NpgsqlDbType.Numeric,
        ColumnType.Real => column.DeclaredType == "real" ? NpgsqlDbType.Real : NpgsqlDbType.Double,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Timestamp => NpgsqlDbType.Timestamp,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };

    private static object Value(object value, NpgsqlDbType type) => (type, value) switch
    {
        (NpgsqlDbType.Integer, long l) => l is >= int.MinValue and <= int.MaxValue ? (int)l
            : throw new DatasetException($"{l} does not fit an integer column (up to {int.MaxValue}): declare the column bigint"),
        (NpgsqlDbType.Real, double d) => (float)d,
        _ => value,
    };
}
