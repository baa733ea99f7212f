using System.Diagnostics;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Plans;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Grain.Judge.Sql.Engines;

/// <summary>
/// One SQLite connection with the judge's guards: no ATTACH, no PRAGMA, no extension loading, writes refused
/// (read-only sessions), a progress handler that interrupts at the deadline, and row and byte caps.
/// </summary>
internal sealed partial class SqliteSession : ISqlSession
{
    /// <summary>What a session may do.</summary>
    internal enum Access
    {
        ReadOnly,
        Scratch,
    }

    private const int SqliteInterrupt = 9;
    private const int SqliteTooBig = 18;
    private const int LimitLength = 0;
    private const int LimitSqlLength = 1;
    private const int LimitAttached = 7;

    /// <summary>The largest string or blob a query may build (SQLITE_LIMIT_LENGTH); larger ones fail with "too big".</summary>
    public const int MaxValueBytes = 32 * 1024 * 1024;

    /// <summary>The longest statement text accepted (SQLITE_LIMIT_SQL_LENGTH).</summary>
    public const int MaxSqlBytes = 1024 * 1024;

    // A single VM step can run long (one huge sort, one huge string): the progress handler only runs between steps, so
    // a timer interrupts the connection shortly after the deadline as well.
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromMilliseconds(250);

    private readonly SqliteConnection _connection;
    private readonly Access _access;
    private readonly strdelegate_authorizer _authorizer;
    private readonly delegate_progress _progress;
    private Stopwatch? _clock;
    private TimeSpan _deadline;
    private CancellationToken _cancellation;
    private string? _denied;

    public SqliteSession(SqliteConnection connection, Access access)
    {
        _connection = connection;
        _access = access;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = access == Access.ReadOnly ? "PRAGMA query_only = 1" : "PRAGMA temp_store = MEMORY";
            command.ExecuteNonQuery();
        }
        var handle = connection.Handle!;
        raw.sqlite3_limit(handle, LimitAttached, 0);
        raw.sqlite3_limit(handle, LimitLength, MaxValueBytes);
        raw.sqlite3_limit(handle, LimitSqlLength, MaxSqlBytes);
        // The delegates are kept in fields: the native side holds only a pointer to them.
        _authorizer = Authorize;
        _progress = Progress;
        raw.sqlite3_set_authorizer(handle, _authorizer, null);
        raw.sqlite3_progress_handler(handle, 20_000, _progress, null);
    }

    public Task<QueryRun> QueryAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) =>
        Task.FromResult(Run(sql, limits, cancellationToken, readRows: true));

    public Task<QueryRun> ExecuteAsync(string sql, QueryLimits limits, CancellationToken cancellationToken) =>
        Task.FromResult(Run(sql, limits, cancellationToken, readRows: false));

    public Task<QueryPlan> ExplainAsync(string sql, CancellationToken cancellationToken)
    {
        var run = Run("EXPLAIN QUERY PLAN " + sql, new QueryLimits(TimeSpan.FromSeconds(5), 1000, 1 << 20), cancellationToken, readRows: true);
        if (run.Result is not { } rows)
        {
            return Task.FromResult(new QueryPlan("sqlite", [$"(no plan: {run.Error})"]));
        }
        var depth = new Dictionary<long, int>();
        var lines = new List<string>();
        foreach (var row in rows.Rows)
        {
            var id = row[0] is long i ? i : 0;
            var parent = row[1] is long p ? p : 0;
            var level = depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            depth[id] = level;
            lines.Add(new string(' ', level * 2) + row[3]);
        }
        return Task.FromResult(new QueryPlan("sqlite", lines));
    }

    private QueryRun Run(string sql, QueryLimits limits, CancellationToken cancellationToken, bool readRows)
    {
        _clock = Stopwatch.StartNew();
        _deadline = limits.Timeout;
        _cancellation = cancellationToken;
        _denied = null;
        var handle = _connection.Handle!;
        // The progress handler enforces the deadline and the cancellation; this interrupt is the backstop for a step that
        // never calls it. The cancellation is left to the progress handler (CancellationToken.None here).
        using var watchdog = new StatementWatchdog(() => raw.sqlite3_interrupt(handle), limits.Timeout + InterruptGrace, CancellationToken.None);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            if (!readRows)
            {
                command.ExecuteNonQuery();
                return QueryRun.Ok(ResultSet.Empty, _clock.ElapsedMilliseconds);
            }
            using var reader = command.ExecuteReader();
            return ReadRows(reader, limits);
        }
        catch (SqliteException ex)
        {
            return Failure(ex, limits);
        }
        catch (InvalidOperationException ex)
        {
            return QueryRun.Failed(Verdict.RTE, ex.Message, _clock.ElapsedMilliseconds);
        }
        finally
        {
            _clock = null;
        }
    }

    private QueryRun ReadRows(SqliteDataReader reader, QueryLimits limits)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        long bytes = 0;
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                row[i] = value;
                bytes += value switch { string s => s.Length, byte[] b => b.Length, _ => 8 };
            }
            rows.Add(row);
            if (rows.Count > limits.MaxRows || bytes > limits.MaxBytes)
            {
                return QueryRun.Failed(Verdict.OLE,
                    rows.Count > limits.MaxRows
                        ? $"output limit exceeded: more than {limits.MaxRows:N0} rows (a cartesian product or a missing join condition?)"
                        : $"output limit exceeded: more than {limits.MaxBytes / (1024 * 1024)} MB of values",
                    _clock!.ElapsedMilliseconds);
            }
        }
        return QueryRun.Ok(ResultSet.From(columns, rows), _clock!.ElapsedMilliseconds);
    }

    private QueryRun Failure(SqliteException ex, QueryLimits limits)
    {
        var elapsed = _clock!.ElapsedMilliseconds;
        if (ex.SqliteErrorCode == SqliteInterrupt)
        {
            return QueryRun.Failed(Verdict.TLE, $"time limit exceeded: the query ran longer than {limits.Timeout.TotalSeconds:0.#} s and was interrupted", elapsed);
        }
        var message = ex.Message.Replace("SQLite Error " + ex.SqliteErrorCode + ": ", "", StringComparison.Ordinal).Trim('\'', ' ', '.');
        if (ex.SqliteErrorCode == SqliteTooBig)
        {
            return QueryRun.Failed(Verdict.RTE, $"SQLite: a string or blob grew beyond {MaxValueBytes / (1024 * 1024)} MB, the judge's limit for one value", elapsed);
        }
        if (_denied is { } denied)
        {
            return QueryRun.Failed(Verdict.RTE, $"not allowed: {denied}", elapsed);
        }
        var compile = message.Contains("syntax error", StringComparison.OrdinalIgnoreCase)
            || message.StartsWith("no such", StringComparison.OrdinalIgnoreCase)
            || message.Contains("ambiguous column", StringComparison.OrdinalIgnoreCase)
            || message.Contains("misuse of", StringComparison.OrdinalIgnoreCase)
            || message.Contains("incomplete input", StringComparison.OrdinalIgnoreCase)
            || message.Contains("wrong number of arguments", StringComparison.OrdinalIgnoreCase);
        return QueryRun.Failed(compile ? Verdict.CE : Verdict.RTE, "SQLite: " + message, elapsed);
    }

    private int Progress(object userData)
    {
        var clock = _clock;
        return clock is not null && (clock.Elapsed > _deadline || _cancellation.IsCancellationRequested) ? 1 : 0;
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
