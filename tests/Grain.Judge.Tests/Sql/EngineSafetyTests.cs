using System.Diagnostics;
using Grain.Core.Judging;
using Grain.Judge.Sql.Engines;
using Grain.Judge.SqlDatasets;
using Grain.Testing;
using Npgsql;

namespace Grain.Judge.Tests.Sql;

/// <summary>Hostile queries against the engines' own limits: memory, session state, what a reader can see.</summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class EngineSafetyTests(SqlJudgeFixture fixture)
{
    private static readonly DatasetRef Example = new("shop", null, 1, []);

    [Fact]
    public async Task Should_Refuse_A_Gigabyte_Blob_On_SQLite_Without_Growing_The_Process()
    {
        // Given
        await using var session = await fixture.Judge.Engine("sqlite")!.OpenReadOnlyAsync(Example, CancellationToken.None);
        var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;

        // When
        var run = await session.QueryAsync("SELECT length(zeroblob(1e9)), zeroblob(1e9)", QueryLimits.Default, CancellationToken.None);

        // Then
        run.Verdict.ShouldBe(Verdict.RTE, run.Error);
        run.Error!.ShouldContain("32 MB");
        (Process.GetCurrentProcess().PeakWorkingSet64 - peakBefore).ShouldBeLessThan(1L << 30);
    }

    [Fact]
    public async Task Should_Stop_Long_Single_Steps_On_SQLite_At_The_Value_Limit()
    {
        // Given
        await using var session = await fixture.Judge.Engine("sqlite")!.OpenReadOnlyAsync(Example, CancellationToken.None);

        // When
        var run = await session.QueryAsync("SELECT length(randomblob(9e8)), length(randomblob(9e8)), length(randomblob(9e8))",
            new QueryLimits(TimeSpan.FromSeconds(1), 10, 1 << 20), CancellationToken.None);

        // Then
        run.Verdict.ShouldBe(Verdict.RTE, run.Error);
        run.Error!.ShouldContain("32 MB");
    }

    [Fact]
    public void Should_Cap_The_SQLite_Heap_Of_The_Process()
    {
        // Given
        _ = fixture.Judge.Engine("sqlite");

        // When: a negative limit reads the current one without changing it
        var hard = SQLitePCL.raw.sqlite3_hard_heap_limit64(-1);
        var soft = SQLitePCL.raw.sqlite3_soft_heap_limit64(-1);

        // Then
        hard.ShouldBe(SqliteEngine.HardHeapLimitBytes);
        soft.ShouldBe(SqliteEngine.SoftHeapLimitBytes);
    }

    [RequiresFact("postgres")]
    public async Task Should_Release_An_Advisory_Lock_A_Query_Took_Before_The_Connection_Is_Reused()
    {
        // Given
        const string query = "SELECT pg_advisory_lock(hashtext(current_schema())), 'x', 0";

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest("customer-total-spent", "sql", query, ExamplesOnly: true, Engine: "postgres"));

        // Then
        report.Tests.ShouldAllBe(t => t.Verdict == Verdict.WA, string.Join(" | ", report.Tests.Select(t => $"{t.Verdict} {t.Message}")));
        (await AdminScalarAsync($"""
            SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND a.usename = '{PostgresEngine.ReaderRole}'
            """)).ShouldBe(0L);
    }

    [RequiresFact("postgres")]
    public async Task Should_Refuse_A_Second_Statement_At_The_Server_Even_Past_The_Guard()
    {
        // Given
        await using var session = await fixture.Judge.Engine("postgres")!.OpenReadOnlyAsync(Example, CancellationToken.None);

        // When
        var run = await session.QueryAsync("SELECT 1; SELECT 2", QueryLimits.Default, CancellationToken.None);

        // Then
        run.Succeeded.ShouldBeFalse();
        run.Error!.ShouldContain("multiple commands");
    }

    [RequiresFact("postgres")]
    public async Task Should_Hide_Other_Sessions_Queries_From_The_Reader_Role()
    {
        // Given: another reader and the admin are busy with queries that carry a marker
        var engine = fixture.Judge.Engine("postgres")!;
        await using var busy = await engine.OpenReadOnlyAsync(Example, CancellationToken.None);
        await using var admin = new NpgsqlConnection(Components.PostgresConnectionString);
        await admin.OpenAsync();
        var readerBusy = busy.QueryAsync("SELECT 'grain-marker-' || 'reader', pg_sleep(2)", QueryLimits.Default, CancellationToken.None);
        await using var sleep = new NpgsqlCommand("SELECT 'grain-marker-' || 'admin', pg_sleep(2)", admin);
        var adminBusy = sleep.ExecuteNonQueryAsync();
        await Task.Delay(500);

        // When
        await using var probe = await engine.OpenReadOnlyAsync(Example, CancellationToken.None);
        var seen = await probe.QueryAsync(
            "SELECT count(*) FILTER (WHERE query LIKE '%grain-marker-%'), bool_or(pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
            QueryLimits.Default, CancellationToken.None);
        await readerBusy;
        await adminBusy;

        // Then
        seen.Succeeded.ShouldBeTrue(seen.Error);
        seen.Result!.Rows[0][0].ShouldBe(0L);
        seen.Result.Rows[0][1].ShouldBe(0L);
    }

    private static async Task<object?> AdminScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Components.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
