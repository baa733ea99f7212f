using Grain.Core.Judging;
using Grain.Judge.Sql.Dialects;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

[Collection(SqlJudgeCollection.Name)]
public sealed class DialectHintsTests(SqlJudgeFixture fixture)
{
    [Theory]
    [InlineData("sqlite", "SELECT date_trunc('month', created) FROM t", "date_trunc is PostgreSQL")]
    [InlineData("sqlite", "SELECT name FROM t WHERE name ILIKE 'a%'", "ILIKE is PostgreSQL")]
    [InlineData("sqlite", "SELECT price::numeric FROM t", ":: casts")]
    [InlineData("sqlite", "SELECT d + INTERVAL '1 day' FROM t", "INTERVAL literals")]
    [InlineData("postgres", "SELECT strftime('%Y-%m', d) FROM t", "strftime is SQLite")]
    [InlineData("postgres", "SELECT julianday(b) - julianday(a) FROM t", "julianday is SQLite")]
    [InlineData("postgres", "SELECT IFNULL(x, 0) FROM t", "IFNULL is SQLite")]
    [InlineData("duckdb", "SELECT julianday(b) - julianday(a) FROM t", "on DuckDB subtract dates")]
    [InlineData("duckdb", "SELECT date(d, '+1 day') FROM t", "on DuckDB write col + INTERVAL 1 DAY")]
    public void Should_Name_The_Other_Dialect_When_The_Engine_Rejects_It(string engine, string sql, string hint)
    {
        // When
        var message = DialectHints.Explain("syntax error", engine, [sql]);

        // Then
        message.ShouldStartWith("syntax error");
        message.ShouldContain(hint);
    }

    [Theory]
    [InlineData("postgres", "SELECT date_trunc('month', d) FROM t")]
    [InlineData("sqlite", "SELECT strftime('%Y', d) FROM t")]
    [InlineData("sqlite", "SELECT 'date_trunc(' AS text FROM t")]
    [InlineData("duckdb", "SELECT date_trunc('month', d) FROM t")]
    public void Should_Add_No_Hint_When_The_Construct_Belongs_To_The_Engine_Or_Sits_In_A_String(string engine, string sql)
    {
        // When / Then
        DialectHints.Explain("some error", engine, [sql]).ShouldBe("some error");
    }

    [Fact]
    public async Task Should_Hint_Strftime_For_A_Postgres_Query_Judged_On_Sqlite()
    {
        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest("running-revenue-total", "sql",
            "SELECT date_trunc('day', d.full_date) AS day, 1 FROM dim_date d", Engine: "sqlite"));

        // Then
        report.Status.ShouldBe(JudgeStatus.Error);
        report.Tests.First().Message.ShouldNotBeNull().ShouldContain("on SQLite use strftime");
    }

    [Fact]
    public async Task Should_Hint_Date_Arithmetic_For_A_Sqlite_Query_Judged_On_DuckDB()
    {
        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest("running-revenue-total", "sql",
            "SELECT julianday(d.full_date) AS day, 1 FROM dim_date d", Engine: "duckdb"));

        // Then
        report.Status.ShouldBe(JudgeStatus.Error);
        report.Tests.First().Message.ShouldNotBeNull().ShouldContain("on DuckDB subtract dates");
    }
}
