using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Tests.Sql;

public sealed class ResultComparerTests
{
    private static ResultSet Rows(string[] columns, params object?[][] rows) => ResultSet.From(columns, rows);

    private static readonly string[] Two = ["a", "b"];

    [Fact]
    public void Should_Accept_The_Same_Rows_In_Another_Order_When_Order_Is_Any()
    {
        // Given
        var expected = Rows(Two, [1L, "x"], [2L, "y"]);
        var actual = Rows(Two, [2L, "y"], [1L, "x"]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Reject_Another_Order_When_Order_Is_Strict_And_Point_At_Order_By()
    {
        // Given
        var expected = Rows(Two, [1L, "x"], [2L, "y"]);
        var actual = Rows(Two, [2L, "y"], [1L, "x"]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules { Order = RowOrder.Strict });

        // Then
        outcome.Equal.ShouldBeFalse();
        outcome.FirstDifference!.Index.ShouldBe(0);
        outcome.Message.ShouldContain("different order");
        outcome.Causes.ShouldContain(c => c.Contains("ORDER BY"));
    }

    [Fact]
    public void Should_Treat_One_And_One_Point_Zero_As_Equal()
    {
        // Given
        var expected = Rows(["n"], [1L]);
        var actual = Rows(["n"], [1.0]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Accept_Decimal_And_Double_Within_Relative_Tolerance()
    {
        // Given
        var expected = Rows(["n"], [222.42m]);
        var actual = Rows(["n"], [222.42000000000002]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Reject_A_Difference_Beyond_The_Tolerance()
    {
        // Given
        var expected = Rows(["n"], [100.0]);
        var actual = Rows(["n"], [100.001]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeFalse();
    }

    [Fact]
    public void Should_Compare_After_Rounding_When_Round_Is_Set()
    {
        // Given
        var expected = Rows(["pct"], [33.333333333]);
        var actual = Rows(["pct"], [33.33]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules { Round = 2 }).Equal.ShouldBeTrue();
        ResultComparer.Compare(expected, Rows(["pct"], [33.35]), new ComparisonRules { Round = 2 }).Equal.ShouldBeFalse();
    }

    [Fact]
    public void Should_Treat_Null_As_Equal_To_Null_But_Not_To_Zero()
    {
        // Given
        var expected = Rows(Two, [1L, null], [2L, 0L]);

        // When
        var same = ResultComparer.Compare(expected, Rows(Two, [1L, null], [2L, 0L]), new ComparisonRules());
        var swapped = ResultComparer.Compare(expected, Rows(Two, [1L, null], [2L, null]), new ComparisonRules());

        // Then
        same.Equal.ShouldBeTrue();
        swapped.Equal.ShouldBeFalse();
        swapped.Causes.ShouldContain(c => c.Contains("COALESCE"));
    }

    [Fact]
    public void Should_Ignore_Column_Names_Unless_The_Problem_Checks_Them()
    {
        // Given
        var expected = Rows(["title", "average"], ["USB", 10.2]);
        var actual = Rows(["name", "avg(price)"], ["USB", 10.2]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeTrue();
        var strict = ResultComparer.Compare(expected, actual, new ComparisonRules { ColumnNames = true });
        strict.Equal.ShouldBeFalse();
        strict.Message.ShouldContain("'title'");
    }

    [Fact]
    public void Should_Report_A_Different_Number_Of_Columns()
    {
        // Given
        var expected = Rows(Two, [1L, "x"]);
        var actual = Rows(["a"], [1L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Equal.ShouldBeFalse();
        outcome.Message.ShouldContain("expected 2 column(s)");
    }

    [Fact]
    public void Should_List_At_Most_Five_Missing_And_Five_Extra_Rows_With_Counts()
    {
        // Given
        var expected = Rows(["n"], Enumerable.Range(0, 20).Select(i => new object?[] { (long)i }).ToArray());
        var actual = Rows(["n"], Enumerable.Range(10, 20).Select(i => new object?[] { (long)i }).ToArray());

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.MissingCount.ShouldBe(10);
        outcome.ExtraCount.ShouldBe(10);
        outcome.Missing.Count.ShouldBe(5);
        outcome.Extra.Count.ShouldBe(5);
        outcome.Message.ShouldContain("expected 20 row(s), got 20");
    }

    [Fact]
    public void Should_Count_Duplicates_As_Rows()
    {
        // Given
        var expected = Rows(["n"], [1L], [1L]);
        var actual = Rows(["n"], [1L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Equal.ShouldBeFalse();
        outcome.MissingCount.ShouldBe(1);
    }

    [Fact]
    public void Should_Match_Numbers_Near_A_Bucket_Boundary()
    {
        // Given: values that round to different buckets but are within tolerance
        var expected = Rows(["n"], [0.123449999999], [5.0]);
        var actual = Rows(["n"], [5.0], [0.12345000000001]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Compare_Numeric_Text_With_Numbers()
    {
        // Given: SQLite may hand back text for a number stored as text
        var expected = Rows(["n"], [10.5]);
        var actual = Rows(["n"], ["10.5"]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Compare_Dates_From_Both_Engines_As_Iso_Text()
    {
        // Given: SQLite returns text, PostgreSQL returns DateOnly and DateTime
        var sqlite = Rows(Two, ["2024-01-02", "2024-01-02 09:30:00"]);
        var postgres = Rows(Two, [new DateOnly(2024, 1, 2), new DateTime(2024, 1, 2, 9, 30, 0)]);

        // When / Then
        ResultComparer.Compare(sqlite, postgres, new ComparisonRules()).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Explain_Merged_Groups_When_Totals_Add_Up_Over_Fewer_Rows()
    {
        // Given: two customers named Ana merged into one row
        string[] columns = ["id", "firstname", "total"];
        var expected = Rows(columns, [1L, "Ana", 10.5], [2L, "Ana", 20.25], [3L, "Ben", 5.0]);
        var actual = Rows(columns, [1L, "Ana", 30.75], [3L, "Ben", 5.0]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Causes.ShouldContain(c => c.Contains("groups were merged"));
    }

    [Fact]
    public void Should_Explain_Dropped_Rows_With_Nothing_To_Join()
    {
        // Given
        string[] columns = ["id", "total"];
        var expected = Rows(columns, [1L, 10.5], [2L, 0L]);
        var actual = Rows(columns, [1L, 10.5]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Causes.ShouldContain(c => c.Contains("LEFT JOIN"));
    }

    [Fact]
    public void Should_Explain_A_Fan_Out_When_Numbers_Are_Multiplied()
    {
        // Given
        string[] columns = ["day", "retained"];
        var expected = Rows(columns, ["2024-01-01", 3L], ["2024-01-02", 2L]);
        var actual = Rows(columns, ["2024-01-01", 9L], ["2024-01-02", 5L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Causes.ShouldContain(c => c.Contains("fans out"));
    }

    [Fact]
    public void Should_Explain_Integer_Division()
    {
        // Given
        string[] columns = ["day", "rate"];
        var expected = Rows(columns, ["2024-01-01", 0.25], ["2024-01-02", 1.5]);
        var actual = Rows(columns, ["2024-01-01", 0L], ["2024-01-02", 1L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Causes.ShouldContain(c => c.Contains("integer division"));
    }
}
