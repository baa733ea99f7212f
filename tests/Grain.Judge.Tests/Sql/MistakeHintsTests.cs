using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Tests.Sql;

/// <summary>Each likely cause appears when its pattern fits and stays silent when it does not.</summary>
public sealed class MistakeHintsTests
{
    private static IReadOnlyList<string> Causes(string[] columns, object?[][] expected, object?[][] actual) =>
        ResultComparer.Compare(ResultSet.From(columns, expected), ResultSet.From(columns, actual), new ComparisonRules()).Causes;

    private static readonly string[] KeyTotal = ["id", "total"];

    [Fact]
    public void Should_Blame_An_Inner_Join_When_Exactly_The_Empty_Keys_Are_Missing()
    {
        // When
        var causes = Causes(KeyTotal, [[1L, 10.5], [2L, 0L], [3L, null]], [[1L, 10.5]]);

        // Then
        causes.ShouldContain(c => c.Contains("inner join drops them"));
    }

    [Fact]
    public void Should_Not_Blame_An_Inner_Join_When_Other_Empty_Keys_Are_Still_There()
    {
        // When: key 3 has nothing either, yet it is present, so the join kept empty keys
        var causes = Causes(KeyTotal, [[1L, 10.5], [2L, 0L], [3L, 0L]], [[1L, 10.5], [3L, 0L]]);

        // Then
        causes.ShouldNotContain(c => c.Contains("inner join"));
    }

    [Fact]
    public void Should_Call_A_Missing_Rollup_Row_A_Missing_Total_Not_A_Join()
    {
        // When
        var causes = Causes(["region", "revenue"], [["east", 10.0], ["west", 30.0], [null, 40.0]], [["east", 10.0], ["west", 30.0]]);

        // Then
        causes.ShouldContain(c => c.Contains("missing row is a total"));
        causes.ShouldNotContain(c => c.Contains("inner join"));
    }

    [Fact]
    public void Should_Not_Call_A_Missing_Row_A_Total_When_It_Is_Not_The_Sum()
    {
        // When
        var causes = Causes(["region", "revenue"], [["east", 10.0], ["west", 30.0], [null, 7.0]], [["east", 10.0], ["west", 30.0]]);

        // Then
        causes.ShouldNotContain(c => c.Contains("total"));
    }

    [Fact]
    public void Should_Blame_A_Fan_Out_When_Keys_Are_Multiplied_By_Different_Counts()
    {
        // When
        var causes = Causes(["day", "retained"], [["d1", 3L], ["d2", 2L]], [["d1", 9L], ["d2", 5L]]);

        // Then
        causes.ShouldContain(c => c.Contains("fans out"));
    }

    [Fact]
    public void Should_Call_One_Factor_On_Every_Row_Arithmetic_Not_A_Fan_Out()
    {
        // When: every quarter's average was not divided by 4
        var causes = Causes(["quarter", "avg_month"], [["q1", 10.0], ["q2", 12.5], ["q3", 7.25]], [["q1", 40.0], ["q2", 50.0], ["q3", 29.0]]);

        // Then
        causes.ShouldContain(c => c.Contains("same factor on every row"));
        causes.ShouldNotContain(c => c.Contains("fans out"));
    }

    [Fact]
    public void Should_Not_Call_Different_Factors_Arithmetic()
    {
        // When
        var causes = Causes(["day", "retained"], [["d1", 3L], ["d2", 2L]], [["d1", 9L], ["d2", 5L]]);

        // Then
        causes.ShouldNotContain(c => c.Contains("same factor"));
    }

    [Fact]
    public void Should_Blame_Merged_Groups_Only_When_The_Grand_Total_Is_Kept()
    {
        // Given
        string[] columns = ["id", "firstname", "total"];

        // When
        var merged = Causes(columns, [[1L, "Ana", 10.5], [2L, "Ana", 20.25], [3L, "Ben", 5.0]], [[1L, "Ana", 30.75], [3L, "Ben", 5.0]]);
        var dropped = Causes(columns, [[1L, "Ana", 10.5], [2L, "Ana", 20.25], [3L, "Ben", 5.0]], [[1L, "Ana", 12.0], [3L, "Ben", 5.0]]);

        // Then
        merged.ShouldContain(c => c.Contains("groups were merged"));
        dropped.ShouldNotContain(c => c.Contains("groups were merged"));
    }

    [Fact]
    public void Should_Suggest_Coalesce_Only_For_Null_Where_Zero_Is_Expected()
    {
        // When
        var nullForZero = Causes(KeyTotal, [[1L, 5L], [2L, 0L]], [[1L, 5L], [2L, null]]);
        var nullForFive = Causes(KeyTotal, [[1L, 5L], [2L, 7L]], [[1L, 5L], [2L, null]]);

        // Then
        nullForZero.ShouldContain(c => c.Contains("COALESCE(..., 0)"));
        nullForFive.ShouldNotContain(c => c.Contains("COALESCE(..., 0)"));
    }

    [Fact]
    public void Should_Blame_Integer_Division_Only_For_Truncated_Fractions()
    {
        // When
        var truncated = Causes(["day", "rate"], [["d1", 0.25], ["d2", 1.5]], [["d1", 0L], ["d2", 1L]]);
        var rounded = Causes(["day", "rate"], [["d1", 0.25], ["d2", 1.5]], [["d1", 0L], ["d2", 2L]]);

        // Then
        truncated.ShouldContain(c => c.Contains("integer division"));
        rounded.ShouldNotContain(c => c.Contains("integer division"));
    }

    [Fact]
    public void Should_Blame_Order_Only_When_The_Rows_Are_All_There()
    {
        // Given
        var strict = new ComparisonRules { Order = RowOrder.Strict };
        var expected = ResultSet.From(KeyTotal, [[1L, 1L], [2L, 2L]]);

        // When
        var swapped = ResultComparer.Compare(expected, ResultSet.From(KeyTotal, [[2L, 2L], [1L, 1L]]), strict).Causes;
        var wrong = ResultComparer.Compare(expected, ResultSet.From(KeyTotal, [[2L, 3L], [1L, 1L]]), strict).Causes;

        // Then
        swapped.ShouldContain(c => c.Contains("order is not"));
        wrong.ShouldNotContain(c => c.Contains("order is not"));
    }

    [Fact]
    public void Should_Point_At_Extra_Rows_Only_When_Nothing_Is_Missing()
    {
        // When
        var extra = Causes(KeyTotal, [[1L, 1L]], [[1L, 1L], [1L, 1L]]);
        var replaced = Causes(KeyTotal, [[1L, 1L]], [[2L, 1L]]);

        // Then
        extra.ShouldContain(c => c.Contains("rows the reference does not"));
        replaced.ShouldNotContain(c => c.Contains("rows the reference does not"));
    }
}
