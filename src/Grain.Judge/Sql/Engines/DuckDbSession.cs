using System.Diagnostics;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Plans;

namespace Grain.Judge.Sql.Engines;

/// <summary>
/// One DuckDB connection with the judge's guards: one statement per batch (counted by DuckDB's own parser), an interrupt
/// at the deadline, and row and byte caps. A scratch session owns a throwaway copy of the database file.
/// </summary>
internal sealed class DuckDbSession(DuckDBConnection connection, string? scratchPath) : ISqlSession
{
    private static readonly string[] CompilePrefixes = ["Parser Error", "Syntax Error", "Catalog Error", "Binder Error"];

    public Task<QueryRun> QueryAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) =>
        Task.FromResult(Run(sql, limits, readRows: true, cancellationToken));

    public Task<QueryRun> ExecuteAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) =>
        Task.FromResult(Run(sql, limits, readRows: false, cancellationToken));

    public Task<QueryPlan> ExplainAsync(string sql, CancellationToken cancellationToken)
    {
        var run = Run("EXPLAIN " + sql, new QueryLimits(TimeSpan.FromSeconds(10), 100, 1 << 20), readRows: true, cancellationToken);
        if (run.Result is not { } rows)
        {
            return Task.FromResult(new QueryPlan("duckdb", [$"(no plan: {run.Error})"]));
        }
        // EXPLAIN returns (explain_key, explain_value): the physical plan drawn as a tree of boxes.
        var lines = rows.Rows
            .SelectMany(r => (r.Length > 1 ? r[1] as string : null)?.Split('\n') ?? [])
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0)
            .ToList();
        return Task.FromResult(new QueryPlan("duckdb", lines));
    }

    private QueryRun Run(string sql, QueryLimits limits, bool readRows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (CountStatements(sql) is { } refusal)
        {
            return QueryRun.Failed(Verdict.CE, refusal, 0);
        }
        var native = connection.NativeConnection;
        using var watchdog = new StatementWatchdog(native.Interrupt, limits.Timeout, cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            // Streaming: rows come chunk by chunk, so the row and byte caps stop a huge result before it is all built.
            command.UseStreamingMode = true;
            if (!readRows)
            {
                command.ExecuteNonQuery();
                return QueryRun.Ok(ResultSet.Empty, clock.ElapsedMilliseconds);
            }
            using var reader = command.ExecuteReader();
            return ReadRows(reader, limits, clock);
        }
        catch (Exception ex) when (ex is OperationCanceledException || ex is DuckDBException { ErrorType: DuckDBErrorType.Interrupt })
        {
            cancellationToken.ThrowIfCancellationRequested();
            return TimeLimit(limits, clock);
        }
        catch (DuckDBException ex)
        {
            return watchdog.Fired ? TimeLimit(limits, clock) : Failure(ex, clock.ElapsedMilliseconds);
        }
        catch (UnreadableValueException ex)
        {
            return QueryRun.Failed(Verdict.RTE, "DuckDB: " + ex.Message, clock.ElapsedMilliseconds);
        }
    }

    // DuckDB would run every statement of a batch in turn; its own parser counts them first, so a second statement
    // never runs, whatever a guard in front of it read.
    private string? CountStatements(string sql)
    {
        var count = NativeMethods.ExtractStatements.DuckDBExtractStatements(connection.NativeConnection, sql, out var extracted);
        using (extracted)
        {
            if (count <= 0)
            {
                var error = NativeMethods.ExtractStatements.DuckDBExtractStatementsError(extracted);
                return "DuckDB: " + (string.IsNullOrEmpty(error) ? "no statement to run" : error);
            }
        }
        return count == 1 ? null : $"DuckDB: only one statement may run at a time, found {count}";
    }

    private static QueryRun TimeLimit(QueryLimits limits, Stopwatch clock) =>
        QueryRun.Failed(Verdict.TLE, $"time limit exceeded: the query ran longer than {limits.Timeout.TotalSeconds:0.#} s and was interrupted", clock.ElapsedMilliseconds);

    private static QueryRun ReadRows(DuckDBDataReader reader, QueryLimits limits, Stopwatch clock)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        long bytes = 0;
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : DuckDbValues.Read(reader, i);
                bytes += row[i] switch { string s => s.Length, byte[] b => b.Length, _ => 8 };
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
            if (clock.Elapsed > limits.Timeout)
            {
                return TimeLimit(limits, clock);
            }
        }
        return QueryRun.Ok(ResultSet.From(columns, rows), clock.ElapsedMilliseconds);
    }

    private static QueryRun Failure(DuckDBException ex, long elapsed)
    {
        var message = ex.Message.Trim();
        // A statement that fails to prepare carries no error type, only DuckDB's message prefix ("Binder Error: ...").
        var compile = ex.ErrorType is DuckDBErrorType.Parser or DuckDBErrorType.Syntax or DuckDBErrorType.Catalog or DuckDBErrorType.Binder
            or DuckDBErrorType.ParameterNotResolved
            || CompilePrefixes.Any(p => message.StartsWith(p, StringComparison.Ordinal));
        var verdict = compile ? Verdict.CE : Verdict.RTE;
        if (ex.ErrorType == DuckDBErrorType.Permission || message.Contains("disabled by configuration", StringComparison.OrdinalIgnoreCase)
            || message.Contains("external access", StringComparison.OrdinalIgnoreCase) || message.Contains("lock_configuration", StringComparison.OrdinalIgnoreCase))
        {
            return QueryRun.Failed(Verdict.RTE, $"not allowed: {message} (DuckDB queries may read only the dataset's tables: no files, network, extensions or settings)", elapsed);
        }
        if (ex.ErrorType == DuckDBErrorType.OutOfMemory)
        {
            return QueryRun.Failed(Verdict.RTE, $"DuckDB: the query needed more than the judge's {DuckDbEngine.MemoryLimit} of memory ({message})", elapsed);
        }
        return QueryRun.Failed(verdict, "DuckDB: " + message, elapsed);
    }

    /// <summary>Deletes a throwaway database file and its write-ahead log.</summary>
    internal static void DeleteScratch(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }

    public ValueTask DisposeAsync()
    {
        connection.Dispose();
        if (scratchPath is not null)
        {
            DeleteScratch(scratchPath);
        }
        return ValueTask.CompletedTask;
    }
}
