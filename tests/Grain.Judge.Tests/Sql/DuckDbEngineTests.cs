using Grain.Core.Judging;
using Grain.Judge.Sql.Engines;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Tests.Sql;

/// <summary>The DuckDB engine on its own: values as the judge reads them, limits, and settings no query can change.</summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class DuckDbEngineTests(SqlJudgeFixture fixture)
{
    private static readonly QueryLimits Limits = new(TimeSpan.FromSeconds(2), 1000, 1 << 20);

    private ISqlEngine DuckDb => fixture.Judge.Engine("duckdb")!;

    [Fact]
    public async Task Should_Read_DuckDB_Values_Like_The_Other_Engines()
    {
        // Given
        await using var session = await DuckDb.OpenReadOnlyAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);

        // When: sum() of integers is a 128-bit integer in DuckDB; decimals, dates, lists and structs follow
        var run = await session.QueryAsync("""
            SELECT SUM(id) AS total, CAST(12.50 AS DECIMAL(18,4)) AS price, DATE '2024-03-01' AS day,
                   TIMESTAMP '2024-03-01 18:00:00' AS ts, [1, 2, NULL] AS ids, {'low': 8.00, 'high': 12.5} AS range,
                   ['a', 'b'] AS words, 7 / 2 AS ratio
            FROM Customer
            """, Limits, CancellationToken.None);

        // Then
        run.Succeeded.ShouldBeTrue(run.Error);
        run.Result!.Rows.Single().ShouldBe([6L, 12.5m, "2024-03-01", "2024-03-01 18:00:00", "[1, 2, NULL]", "{'low': 8, 'high': 12.5}", "['a', 'b']", 3.5]);
    }

    [Fact]
    public async Task Should_Interrupt_A_Query_At_The_Deadline()
    {
        // Given
        await using var session = await DuckDb.OpenReadOnlyAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);
        var limits = new QueryLimits(TimeSpan.FromMilliseconds(300), 1000, 1 << 20);

        // When
        var run = await session.QueryAsync("SELECT COUNT(*) FROM range(1000000000) a, range(1000000000) b", limits, CancellationToken.None);

        // Then: interrupted, not run to its end (the deadline is not a timing assertion: the query would take hours)
        run.Verdict.ShouldBe(Verdict.TLE, run.Error);
        run.Error.ShouldNotBeNull().ShouldContain("interrupted");
    }

    [Fact]
    public async Task Should_Stop_A_Query_Past_The_Memory_Limit_With_A_Clear_Verdict()
    {
        // Given: a generous deadline, so the memory limit is what stops the query
        await using var session = await DuckDb.OpenReadOnlyAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);
        var limits = new QueryLimits(TimeSpan.FromSeconds(60), 1000, 1 << 20);

        // When: one list of a million 1 KB strings (about 1 GB), which cannot spill to disk
        var run = await session.QueryAsync("SELECT length(list(repeat('x', 1000) || i::VARCHAR)) FROM range(1000000) t(i)", limits, CancellationToken.None);

        // Then
        run.Verdict.ShouldBe(Verdict.RTE, run.Error);
        run.Error.ShouldNotBeNull().ShouldContain($"needed more than the judge's {DuckDbEngine.MemoryLimit} of memory");
    }

    [Fact]
    public async Task Should_Run_Only_One_Statement_Per_Batch_Whatever_The_Guard_Saw()
    {
        // Given
        await using var session = await DuckDb.OpenScratchAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);

        // When
        var run = await session.ExecuteAsync("DELETE FROM BoughtItem; DELETE FROM Customer", Limits, CancellationToken.None);
        var left = await session.QueryAsync("SELECT COUNT(*) FROM BoughtItem", Limits, CancellationToken.None);

        // Then
        run.Verdict.ShouldBe(Verdict.CE);
        run.Error.ShouldNotBeNull().ShouldContain("one statement");
        left.Result!.Rows.Single()[0].ShouldBe(5L);
    }

    [Theory]
    [InlineData("SET enable_external_access = true")]
    [InlineData("SET memory_limit = '8GB'")]
    [InlineData("RESET lock_configuration")]
    [InlineData("SET lock_configuration = false")]
    public async Task Should_Keep_The_Settings_Locked_Even_In_A_Writable_Copy(string statement)
    {
        // Given: a scratch copy accepts DDL, so the statement reaches DuckDB past any guard
        await using var session = await DuckDb.OpenScratchAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);

        // When
        var run = await session.ExecuteAsync(statement, Limits, CancellationToken.None);
        var setting = await session.QueryAsync("SELECT current_setting('enable_external_access'), current_setting('memory_limit')", Limits, CancellationToken.None);

        // Then
        run.Succeeded.ShouldBeFalse();
        setting.Result!.Rows.Single()[0].ShouldBe(0L);
        ((string)setting.Result.Rows.Single()[1]!).ShouldStartWith("244");
    }

    [Fact]
    public async Task Should_Build_A_Variant_Once_And_Delete_Scratch_Copies()
    {
        // Given
        var data = new DatasetRef("shop", 300, 4242, []);
        await using (var first = await DuckDb.OpenReadOnlyAsync(data, CancellationToken.None))
        {
            await first.QueryAsync("SELECT 1", Limits, CancellationToken.None);
        }
        var file = Directory.GetFiles(fixture.Options.DuckDbCacheDirectory, "shop_n300_s4242_*.duckdb").Single();
        var built = File.GetLastWriteTimeUtc(file);

        // When
        await using (var scratch = await DuckDb.OpenScratchAsync(data, CancellationToken.None))
        {
            (await scratch.ExecuteAsync("DELETE FROM BoughtItem", Limits, CancellationToken.None)).Succeeded.ShouldBeTrue();
        }
        await using var again = await DuckDb.OpenReadOnlyAsync(data, CancellationToken.None);
        var count = await again.QueryAsync("SELECT COUNT(*) FROM BoughtItem", Limits, CancellationToken.None);

        // Then
        File.GetLastWriteTimeUtc(file).ShouldBe(built);
        ((long)count.Result!.Rows.Single()[0]!).ShouldBeGreaterThan(0);
        Directory.GetFiles(Path.Combine(fixture.Options.DuckDbCacheDirectory, "scratch")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Refuse_Writes_On_A_Read_Only_Session()
    {
        // Given
        await using var session = await DuckDb.OpenReadOnlyAsync(DatasetRef.ExampleOf("shop"), CancellationToken.None);

        // When
        var run = await session.ExecuteAsync("DELETE FROM BoughtItem", Limits, CancellationToken.None);

        // Then
        run.Succeeded.ShouldBeFalse();
        run.Error.ShouldNotBeNull().ShouldContain("read-only", Case.Insensitive);
    }
}
