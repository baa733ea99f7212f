using Grain.Judge.Sql.Safety;

namespace Grain.Judge.Tests.Sql;

public sealed class StatementGuardTests
{
    [Theory]
    [InlineData("SELECT 1")]
    [InlineData("select 1;")]
    [InlineData("-- comment\nWITH x AS (SELECT 1 AS a) SELECT a FROM x;\n-- trailing comment")]
    [InlineData("SELECT 'DROP TABLE x; DELETE' AS s")]
    [InlineData("SELECT \"update\" FROM (SELECT 1 AS \"update\")")]
    [InlineData("SELECT CASE WHEN 1 = 1 THEN 'a' END")]
    [InlineData("SELECT $$; DROP TABLE t$$")]
    [InlineData("/* DELETE FROM t; */ SELECT 1")]
    public void Should_Allow_A_Single_Query(string sql) => StatementGuard.Query(sql).Allowed.ShouldBeTrue();

    [Theory]
    [InlineData("DROP TABLE BoughtItem", "not DROP")]
    [InlineData("SELECT 1; DROP TABLE BoughtItem", "only one statement")]
    [InlineData("SELECT 1; SELECT 2", "only one statement")]
    [InlineData("ATTACH DATABASE '/tmp/x.db' AS x", "not ATTACH")]
    [InlineData("PRAGMA query_only = 0", "not PRAGMA")]
    [InlineData("COPY (SELECT 1) TO PROGRAM 'id'", "not COPY")]
    [InlineData("WITH d AS (DELETE FROM events RETURNING *) SELECT * FROM d", "DELETE is not allowed")]
    [InlineData("   ", "no SQL statement")]
    [InlineData("-- only a comment", "no SQL statement")]
    public void Should_Refuse_Anything_But_One_Query(string sql, string reason)
    {
        // When
        var result = StatementGuard.Query(sql);

        // Then
        result.Allowed.ShouldBeFalse();
        result.Refusal!.ShouldContain(reason);
    }

    [Fact]
    public void Should_Allow_Only_The_Leads_A_Script_Problem_Names()
    {
        // Given
        string[] allow = ["CREATE INDEX"];

        // When / Then
        StatementGuard.Script("CREATE INDEX a ON t (x); CREATE UNIQUE INDEX IF NOT EXISTS b ON t (y);", allow).Allowed.ShouldBeTrue();
        StatementGuard.Script("CREATE TABLE t2 (x)", allow).Allowed.ShouldBeFalse();
        StatementGuard.Script("CREATE INDEX a ON t (x); DROP TABLE t", allow).Allowed.ShouldBeFalse();
        StatementGuard.Script("CREATE INDEX a ON t (x); ATTACH 'x' AS y", allow).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Should_Split_Statements_Outside_Strings_And_Comments()
    {
        // When
        var statements = SqlScript.Split("SELECT ';' AS a; -- x; y\nSELECT 2 /* ; */;");

        // Then
        statements.Count.ShouldBe(2);
        statements[0].Keyword.ShouldBe("SELECT");
    }
}
