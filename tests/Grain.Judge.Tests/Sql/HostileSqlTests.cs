using System.Security.Cryptography;
using Grain.Core.Judging;
using Grain.Judge.Sql.Engines;
using Grain.Judge.SqlDatasets;
using Grain.Testing;
using Npgsql;

namespace Grain.Judge.Tests.Sql;

/// <summary>Hostile statements under Data/hostile: each gets its verdict and no dataset changes.</summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class HostileSqlTests(SqlJudgeFixture fixture)
{
    public static TheoryData<string, string> SqliteCases => JudgeCaseFile.Rows("hostile", "sqlite");

    public static TheoryData<string, string> PostgresCases => JudgeCaseFile.Rows("hostile", "postgres");

    public static TheoryData<string, string> DuckDbCases => JudgeCaseFile.Rows("hostile", "duckdb");

    [Theory]
    [MemberData(nameof(SqliteCases))]
    public async Task Should_Contain_Hostile_Sql_On_SQLite_And_Leave_Datasets_Unchanged(string file, string engine)
    {
        // Given
        var submission = JudgeCaseFile.Read(Path.Combine(JudgeCaseFile.DataDirectory, file));
        await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", "SELECT 1, 'x', 0", Engine: engine));
        var before = SqliteFiles();

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", submission.Code, Engine: engine));

        // Then
        Worst(report).ShouldBe(submission.Expect("verdict", engine), Summary(file, report));
        SqliteFiles().Where(f => before.ContainsKey(f.Key)).ShouldBe(before.ToList());
        File.Exists("/tmp/grain-hostile.db").ShouldBeFalse();
        File.Exists("/tmp/grain-hostile-copy").ShouldBeFalse();
    }

    [RequiresTheory("postgres")]
    [MemberData(nameof(PostgresCases))]
    public async Task Should_Contain_Hostile_Sql_On_PostgreSQL_And_Leave_Datasets_Unchanged(string file, string engine)
    {
        // Given
        var submission = JudgeCaseFile.Read(Path.Combine(JudgeCaseFile.DataDirectory, file));
        await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", "SELECT 1, 'x', 0", Engine: engine));
        var before = await PostgresCountsAsync();

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", submission.Code, Engine: engine));

        // Then
        Worst(report).ShouldBe(submission.Expect("verdict", engine), Summary(file, report));
        (await PostgresCountsAsync()).ShouldBe(before);
        File.Exists("/tmp/grain-hostile-copy").ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(DuckDbCases))]
    public async Task Should_Contain_Hostile_Sql_On_DuckDB_And_Leave_Datasets_Unchanged(string file, string engine)
    {
        // Given
        var submission = JudgeCaseFile.Read(Path.Combine(JudgeCaseFile.DataDirectory, file));
        await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", "SELECT 1, 'x', 0", Engine: engine));
        var before = DuckDbFiles();

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", submission.Code, Engine: engine));

        // Then: no dataset file changed, no file appeared beside them or in /tmp
        Worst(report).ShouldBe(submission.Expect("verdict", engine), Summary(file, report));
        DuckDbFiles().ShouldBe(before.ToList());
        File.Exists("/tmp/grain-hostile.db").ShouldBeFalse();
        File.Exists("/tmp/grain-hostile-copy").ShouldBeFalse();
        Directory.Exists("/tmp/grain-hostile-copy").ShouldBeFalse();
    }

    private static string Worst(JudgeReport report) => VerdictPriority.Worst(report.Tests.Select(t => t.Verdict)).ToString();

    private static string Summary(string file, JudgeReport report) =>
        $"{file}: {report.Status} {report.Message} | " + string.Join(" | ", report.Tests.Select(t => $"{t.Name}: {t.Verdict} {t.Message}"));

    private Dictionary<string, string> SqliteFiles() =>
        Directory.EnumerateFiles(fixture.Options.SqliteCacheDirectory, "shop_*.db")
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    // Every file of the DuckDB cache (scratch copies included), with a hash for the shop's dataset files.
    private Dictionary<string, string> DuckDbFiles() =>
        Directory.EnumerateFiles(fixture.Options.DuckDbCacheDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Path.GetFileName(f).StartsWith("shop_", StringComparison.Ordinal) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) : "");

    private static async Task<List<string>> PostgresCountsAsync()
    {
        await using var connection = new NpgsqlConnection(Components.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT n.nspname || '.' || c.relname || '=' || c.reltuples::bigint || '/' || pg_relation_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname LIKE 'grain_shop%' AND c.relkind IN ('r', 'i')
            ORDER BY 1
            """, connection);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }
        rows.Add("roles with grain_judge_reader superuser: " + await ScalarAsync(connection, $"SELECT rolsuper FROM pg_roles WHERE rolname = '{PostgresEngine.ReaderRole}'"));
        return rows;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
