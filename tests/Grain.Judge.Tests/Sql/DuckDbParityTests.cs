using Grain.Core.Content;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Tests.Sql;

/// <summary>
/// Every table problem that lists duckdb: its DuckDB reference (reference.duckdb.sql, else reference.postgres.sql, else reference.sql) gives the rows
/// SQLite's reference gives, under the problem's own comparison rules, on the example and on a hidden variant.
/// </summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class DuckDbParityTests(SqlJudgeFixture fixture)
{
    // Problems whose results depend on the engine on purpose; each says why.
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> Problems()
    {
        var library = Grain.Content.ContentLoader.Load(Grain.Testing.RepoPaths.Content).Library;
        var data = new TheoryData<string>();
        foreach (var problem in library.Problems.Where(p => p.Language == "sql" && p.Engines.Contains("duckdb") && p.Engines.Contains("sqlite")).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            data.Add(problem.Id);
        }
        return data;
    }

    // Table problems whose reference cannot run on DuckDB, each with the reason; empty while every table problem runs there
    // (JSON, array, date and recursive syntax that differs sits in reference.duckdb.sql).
    private static readonly string[] NotYetOnDuckDb = [];

    [Fact]
    public void Should_Run_Every_Table_Problem_Of_The_Library_On_DuckDB()
    {
        // Given: the problems graded by their plan (indexes) are SQLite/PostgreSQL lessons
        var planProblems = fixture.Library.Problems
            .Where(p => p.Language == "sql" && SqlTestSuiteReader.Read(p.Directory, p.Dataset).Plan.Any)
            .Select(p => p.Id)
            .ToHashSet();

        // When
        var missing = fixture.Library.Problems
            .Where(p => p.Language == "sql" && !p.Engines.Contains("duckdb") && !planProblems.Contains(p.Id))
            .Select(p => p.Id)
            .ToList();

        // Then: only the problems listed as not yet checked on DuckDB lack it
        missing.Order(StringComparer.Ordinal).ShouldBe(NotYetOnDuckDb.Order(StringComparer.Ordinal));
        Problems().Count.ShouldBeGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task Should_Give_The_Same_Rows_On_DuckDB_As_On_SQLite(string id)
    {
        // Given
        if (Excluded.ContainsKey(id))
        {
            return;
        }
        var problem = fixture.Library.Find<Problem>(id)!;
        var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
        var sqliteReference = SqlJudge.ReferenceFor(problem, "sqlite");
        var duckdbReference = SqlJudge.ReferenceFor(problem, "duckdb");
        var rules = SqlJudge.RulesFor(suite, sqliteReference, Grain.Judge.Sql.Safety.SqlDialect.Sqlite);
        var cases = suite.Cases.Where(c => c.Group == "example").Take(1)
            .Concat(suite.Cases.Where(c => c.Group == "hidden").Take(1))
            .Select(c => c.Data.Size > 2000 ? c with { Data = c.Data with { Size = 2000 } } : c)
            .ToList();

        foreach (var testCase in cases)
        {
            // When
            var expected = await RunAsync(fixture.Judge.Engine("sqlite")!, suite, testCase, sqliteReference);
            var actual = await RunAsync(fixture.Judge.Engine("duckdb")!, suite, testCase, duckdbReference);

            // Then
            expected.Succeeded.ShouldBeTrue($"{id} on SQLite: {expected.Error}");
            actual.Succeeded.ShouldBeTrue($"{id} on DuckDB: {actual.Error}");
            var outcome = ResultComparer.Compare(expected.Result!, actual.Result!, rules);
            outcome.Equal.ShouldBeTrue($"{id}, {testCase.Name}: {outcome.Message} | missing {string.Join(" ", outcome.Missing.Take(3).Select(SqlValue.FormatRow))} | extra {string.Join(" ", outcome.Extra.Take(3).Select(SqlValue.FormatRow))}");
        }
    }

    private static async Task<QueryRun> RunAsync(ISqlEngine engine, SqlTestSuite suite, SqlCase testCase, string reference)
    {
        var limits = new QueryLimits(TimeSpan.FromSeconds(30), 1_000_000, long.MaxValue);
        var statements = Grain.Judge.Sql.Safety.SqlScript.Split(reference, engine.Dialect).Select(s => s.Text).ToList();
        if (suite.Kind == SqlProblemKind.Query)
        {
            await using var session = await engine.OpenReadOnlyAsync(testCase.Data, CancellationToken.None);
            return await session.QueryAsync(statements.Single(), limits, CancellationToken.None);
        }
        await using var scratch = await engine.OpenScratchAsync(testCase.Data, CancellationToken.None);
        foreach (var statement in statements)
        {
            var step = await scratch.ExecuteAsync(statement, limits, CancellationToken.None);
            if (!step.Succeeded)
            {
                return step;
            }
        }
        return await scratch.QueryAsync(suite.Script!.Query, limits, CancellationToken.None);
    }
}
