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
    [InlineData("/* DELETE FROM t; */ SELECT 1")]
    [InlineData("SELECT * FROM (UNPIVOT t ON a, b INTO NAME k VALUE v)")]
    public void Should_Allow_A_Single_Query(string sql) => StatementGuard.Query(sql).Allowed.ShouldBeTrue();

    [Theory]
    [InlineData("DROP TABLE BoughtItem", "not DROP")]
    [InlineData("SELECT 1; DROP TABLE BoughtItem", "only one statement")]
    [InlineData("SELECT 1; SELECT 2", "only one statement")]
    [InlineData("ATTACH DATABASE '/tmp/x.db' AS x", "not ATTACH")]
    [InlineData("PRAGMA query_only = 0", "not PRAGMA")]
    [InlineData("COPY (SELECT 1) TO PROGRAM 'id'", "not COPY")]
    [InlineData("WITH d AS (DELETE FROM events RETURNING *) SELECT * FROM d", "DELETE is not allowed")]
    [InlineData("SELECT * INTO NAME FROM Customer", "INTO is not allowed")]
    [InlineData("SELECT * INTO stolen FROM (UNPIVOT t ON a, b INTO NAME k VALUE v)", "INTO is not allowed")]
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

    [Theory]
    [InlineData("SELECT 1 /* /* */ ' */ ; DELETE FROM t; -- '")]
    [InlineData("SELECT E'\\''; DELETE FROM t; --'")]
    [InlineData("SELECT e'\\\\'; DELETE FROM t")]
    [InlineData("SELECT $q$ $$ $q$; DELETE FROM t")]
    public void Should_Find_The_Second_Statement_PostgreSQL_Would_Run(string sql)
    {
        // When
        var result = StatementGuard.Query(sql, SqlDialect.Postgres);

        // Then
        result.Allowed.ShouldBeFalse();
        result.Refusal!.ShouldContain("only one statement");
    }

    [Theory]
    [InlineData("SELECT 1 /* /* */ SELECT 2", 1)]
    [InlineData("SELECT $a$; DELETE FROM t; $a$", 3)]
    [InlineData("SELECT [a;b], `c;d` FROM t", 1)]
    public void Should_Read_Comments_Quotes_And_Dollars_As_SQLite_Does(string sql, int statements) =>
        SqlScript.Split(sql, SqlDialect.Sqlite).Count.ShouldBe(statements);

    [Theory]
    [InlineData("SELECT 1 /* a /* b */ still a comment; */ + 1", 1)]
    [InlineData("SELECT $tag$ ; $tag$, $1", 1)]
    [InlineData("SELECT $$; DROP TABLE t$$", 1)]
    [InlineData("SELECT 'it''s; fine', E'a\\'b;c'", 1)]
    [InlineData("SELECT arr[1]; SELECT 2", 2)]
    public void Should_Read_Comments_Quotes_And_Dollars_As_PostgreSQL_Does(string sql, int statements) =>
        SqlScript.Split(sql, SqlDialect.Postgres).Count.ShouldBe(statements);

    [Theory]
    [InlineData("SELECT a, b FROM t ORDER BY a, b DESC", "a, b desc")]
    [InlineData("SELECT d.day, n FROM t AS d ORDER BY d.day NULLS LAST LIMIT 5", "day nulls last")]
    [InlineData("SELECT a FROM t ORDER BY 2 DESC, \"Mixed Case\" ASC NULLS FIRST", "2 desc, Mixed Case nulls first")]
    [InlineData("WITH x AS (SELECT a FROM t ORDER BY b) SELECT a, ROW_NUMBER() OVER (ORDER BY c) FROM x ORDER BY a", "a")]
    public void Should_Read_The_Sort_Keys_Of_The_Top_Level_Order_By(string sql, string keys) =>
        string.Join(", ", OrderByKeys.Of(SqlScript.Split(sql)[0])!).ShouldBe(keys);

    [Theory]
    [InlineData("SELECT a FROM t")]
    [InlineData("SELECT a FROM t ORDER BY lower(a)")]
    [InlineData("SELECT a, b FROM t ORDER BY a + b")]
    public void Should_Derive_No_Keys_When_An_Item_Is_Not_A_Column(string sql) =>
        OrderByKeys.Of(SqlScript.Split(sql)[0]).ShouldBeNull();
}
