using System.Diagnostics;
using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Npgsql;
using NpgsqlTypes;

namespace Grain.Judge.Sql.Engines;

public sealed partial class PostgresEngine
{
    private async Task<string> EnsureSchemaAsync(DatasetDefinition dataset, DatasetRef data, string schema)
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
                return schema;
            }
        }
        await LoadAsync(admin, dataset, data, schema);
        await Execute(admin, $"GRANT USAGE ON SCHEMA {schema} TO {ReaderRole}; GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ReaderRole};", CancellationToken.None);
        await transaction.CommitAsync();
        return schema;
    }

    /// <summary>Creates a schema and loads a dataset variant into it with binary COPY; the caller owns the transaction.</summary>
    public static async Task<LoadStats> LoadAsync(NpgsqlConnection admin, DatasetDefinition dataset, DatasetRef data, string schema)
    {
        var clock = Stopwatch.StartNew();
        await Execute(admin, $"CREATE SCHEMA {schema}; SET LOCAL search_path = {schema};", CancellationToken.None);
        foreach (var table in dataset.Tables)
        {
            var columns = table.Columns.Select(c => $"{c.Name} {PostgresType(c.Type)}{(c.Nullable ? "" : " NOT NULL")}");
            var key = table.PrimaryKey.Count > 0 ? $", PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})" : "";
            await Execute(admin, $"CREATE TABLE {table.Name} ({string.Join(", ", columns)}{key})", CancellationToken.None);
        }
        long rows = 0;
        foreach (var generated in DatasetGenerators.RowsFor(dataset, data))
        {
            var table = dataset.Table(generated.Table)!;
            var types = table.Columns.Select(c => DbType(c.Type)).ToArray();
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
                        await writer.WriteAsync(row[i]!, types[i]);
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

    /// <summary>The PostgreSQL type of a column type.</summary>
    public static string PostgresType(ColumnType type) => type switch
    {
        ColumnType.Integer => "bigint",
        ColumnType.Decimal => "numeric(14,2)",
        ColumnType.Real => "double precision",
        ColumnType.Date => "date",
        ColumnType.Timestamp => "timestamp",
        _ => "text",
    };

    private static NpgsqlDbType DbType(ColumnType type) => type switch
    {
        ColumnType.Integer => NpgsqlDbType.Bigint,
        ColumnType.Decimal => NpgsqlDbType.Numeric,
        ColumnType.Real => NpgsqlDbType.Double,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Timestamp => NpgsqlDbType.Timestamp,
        _ => NpgsqlDbType.Text,
    };
}
