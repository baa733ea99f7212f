using System.Diagnostics;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Plans;
using Npgsql;

namespace Grain.Judge.Sql.Engines;

/// <summary>One PostgreSQL transaction on a dataset schema; always rolled back.</summary>
internal sealed class PostgresSession : ISqlSession
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PostgresSession(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<ISqlSession> StartAsync(NpgsqlConnection connection, string schema, bool readOnly, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = new PostgresSession(connection, transaction);
        await session.SetAsync((readOnly ? "SET TRANSACTION READ ONLY; " : "") + $"SET LOCAL search_path = {schema}, pg_catalog; SET LOCAL standard_conforming_strings = on", cancellationToken);
        return session;
    }

    public Task<QueryRun> QueryAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) => RunAsync(sql, limits, true, cancellationToken);

    public Task<QueryRun> ExecuteAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) => RunAsync(sql, limits, false, cancellationToken);

    public async Task<QueryPlan> ExplainAsync(string sql, CancellationToken cancellationToken)
    {
        var run = await RunAsync("EXPLAIN (COSTS OFF) " + sql, new QueryLimits(TimeSpan.FromSeconds(10), 2000, 1 << 20), true, cancellationToken);
        return new QueryPlan("postgres", run.Result is { } r ? r.Rows.Select(row => row[0]?.ToString() ?? "").ToList() : [$"(no plan: {run.Error})"]);
    }

    private async Task SetAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<QueryRun> RunAsync(string sql, QueryLimits limits, bool readRows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout + TimeSpan.FromMilliseconds(500));
        try
        {
            await SetAsync($"SAVEPOINT q; SET LOCAL statement_timeout = {(long)limits.Timeout.TotalMilliseconds}", cancellationToken);
            // A batch of one command goes through the extended protocol, where the server itself refuses a second statement.
            await using var command = new NpgsqlBatch(_connection, _transaction) { BatchCommands = { new NpgsqlBatchCommand(sql) }, Timeout = 0 };
            if (!readRows)
            {
                await command.ExecuteNonQueryAsync(timeout.Token);
                await SetAsync("RELEASE SAVEPOINT q", cancellationToken);
                return QueryRun.Ok(ResultSet.Empty, clock.ElapsedMilliseconds);
            }
            QueryRun? result = null;
            var reader = await command.ExecuteReaderAsync(timeout.Token);
            try
            {
                result = await ReadAsync(reader, limits, clock, timeout.Token);
            }
            catch (UnreadableValueException ex)
            {
                result = QueryRun.Failed(Verdict.RTE, "PostgreSQL: " + ex.Message, clock.ElapsedMilliseconds);
                command.Cancel();
            }
            finally
            {
                if (result?.Verdict == Verdict.OLE)
                {
                    // Disposing the reader would drain the rest of an endless result: cancel the query first.
                    command.Cancel();
                }
                try
                {
                    await reader.DisposeAsync();
                }
                catch (Exception ex) when (result?.Verdict is Verdict.OLE or Verdict.RTE && ex is PostgresException or NpgsqlException or OperationCanceledException)
                {
                    // The cancelled query reports its cancellation here; the verdict is already known.
                }
            }
            await SetAsync(result.Succeeded ? "RELEASE SAVEPOINT q" : "ROLLBACK TO SAVEPOINT q", cancellationToken);
            return result;
        }
        catch (Exception ex) when (ex is PostgresException or OperationCanceledException or NpgsqlException && !cancellationToken.IsCancellationRequested)
        {
            var failure = Failure(ex, limits, clock.ElapsedMilliseconds);
            try
            {
                await SetAsync("ROLLBACK TO SAVEPOINT q", cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The connection may be broken after a cancel; the session is discarded anyway.
            }
            return failure;
        }
    }

    private static async Task<QueryRun> ReadAsync(NpgsqlDataReader reader, QueryLimits limits, Stopwatch clock, CancellationToken cancellationToken)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var dates = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetDataTypeName(i) == "date").ToArray();
        var rows = new List<object?[]>();
        long bytes = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : dates[i] ? reader.GetFieldValue<DateOnly>(i) : PostgresValues.Read(reader, i);
                bytes += row[i] is string s ? s.Length : 8;
            }
            rows.Add(row);
            if (rows.Count > limits.MaxRows || bytes > limits.MaxBytes)
            {
                return QueryRun.Failed(Verdict.OLE,
                    rows.Count > limits.MaxRows
                        ? $"output limit exceeded: more than {limits.MaxRows:N0} rows (a cartesian product or a missing join condition?)"
                        : $"output limit exceeded: more than {limits.MaxBytes / (1024 * 1024)} MB of values",
                    clock.ElapsedMilliseconds);
            }
        }
        return QueryRun.Ok(ResultSet.From(columns, rows), clock.ElapsedMilliseconds);
    }

    private static QueryRun Failure(Exception ex, QueryLimits limits, long elapsed)
    {
        if (ex is OperationCanceledException || ex is PostgresException { SqlState: "57014" } || ex.InnerException is TimeoutException)
        {
            return QueryRun.Failed(Verdict.TLE, $"time limit exceeded: the query ran longer than {limits.Timeout.TotalSeconds:0.#} s and was cancelled", elapsed);
        }
        if (ex is PostgresException pg)
        {
            var verdict = pg.SqlState.StartsWith("42", StringComparison.Ordinal) && pg.SqlState != "42501" ? Verdict.CE : Verdict.RTE;
            var message = pg.SqlState == "42501" ? $"permission denied ({pg.MessageText}): the judge's role may only read the dataset's tables"
                : pg.SqlState == "25006" ? $"not allowed: {pg.MessageText} (the dataset is read-only)"
                : pg.MessageText;
            return QueryRun.Failed(verdict, "PostgreSQL: " + message, elapsed);
        }
        return QueryRun.Failed(Verdict.RTE, "PostgreSQL: " + ex.Message, elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.RollbackAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection has no transaction left to roll back.
        }
        await _transaction.DisposeAsync();
        try
        {
            // Session state outlives the rolled-back transaction: advisory locks, settings made with set_config(..., false),
            // prepared statements. Reset it before the connection goes back to the pool.
            await using var reset = new NpgsqlCommand("DISCARD ALL", _connection);
            await reset.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection is not returned to the pool.
        }
        await _connection.DisposeAsync();
    }
}
