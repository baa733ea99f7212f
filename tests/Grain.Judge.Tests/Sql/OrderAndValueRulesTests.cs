using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Tests.Sql;

/// <summary>The comparison rules the issue tracker found wrong: ties, NULL placement, text for numbers, non-finite values.</summary>
public sealed class OrderAndValueRulesTests
{
    private static readonly string[] Columns = ["day", "name", "id"];

    private static ResultSet Rows(params object?[][] rows) => ResultSet.From(Columns, rows);

    private static ComparisonRules SortedBy(params string[] keys) =>
        new() { Order = RowOrder.Strict, SortKeys = keys.Select(k => OrderKey.Parse(k)!).ToList() };

    [Fact]
    public void Should_Accept_Rows_That_Tie_On_The_Sort_Keys_In_Any_Order()
    {
        // Given
        var expected = Rows(["d1", "b", 1L], ["d1", "b", 2L], ["d1", "a", 3L], ["d2", "a", 4L]);
        var actual = Rows(["d1", "b", 2L], ["d1", "b", 1L], ["d1", "a", 3L], ["d2", "a", 4L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, SortedBy("day", "name desc"));

        // Then
        outcome.Equal.ShouldBeTrue(outcome.Message);
    }

    [Fact]
    public void Should_Reject_Rows_Out_Of_Order_On_A_Sort_Key_And_Name_The_Keys()
    {
        // Given
        var expected = Rows(["d1", "b", 1L], ["d1", "a", 3L], ["d2", "a", 4L]);
        var actual = Rows(["d1", "a", 3L], ["d1", "b", 1L], ["d2", "a", 4L]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, SortedBy("day", "name desc"));

        // Then
        outcome.Equal.ShouldBeFalse();
        outcome.FirstDifference!.Index.ShouldBe(0);
        outcome.Message.ShouldContain("sorted by day, name desc");
    }

    [Fact]
    public void Should_Still_Compare_The_Whole_Sequence_When_No_Keys_Are_Known()
    {
        // Given
        var expected = Rows(["d1", "b", 1L], ["d1", "b", 2L]);
        var actual = Rows(["d1", "b", 2L], ["d1", "b", 1L]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules { Order = RowOrder.Strict }).Equal.ShouldBeFalse();
    }

    [Theory]
    [InlineData("either", true, true)]
    [InlineData("first", true, false)]
    [InlineData("last", false, true)]
    public void Should_Place_Null_Keys_As_The_Rules_Say(string nulls, bool firstPasses, bool lastPasses)
    {
        // Given
        var rules = SortedBy("name") with { Nulls = Enum.Parse<NullsOrder>(nulls, ignoreCase: true) };
        var nullsFirst = Rows(["d", null, 1L], ["d", "a", 2L], ["d", "b", 3L]);
        var nullsLast = Rows(["d", "a", 2L], ["d", "b", 3L], ["d", null, 1L]);

        // When / Then: the reference may come from either engine
        ResultComparer.Compare(nullsLast, nullsFirst, rules).Equal.ShouldBe(firstPasses);
        ResultComparer.Compare(nullsFirst, nullsLast, rules).Equal.ShouldBe(lastPasses);
        ResultComparer.Compare(nullsFirst, nullsFirst, rules).Equal.ShouldBe(firstPasses);
    }

    [Fact]
    public void Should_Keep_Null_Keys_Together_At_One_End()
    {
        // Given
        var expected = Rows(["d", null, 1L], ["d", "a", 2L], ["d", "b", 3L]);
        var actual = Rows(["d", "a", 2L], ["d", null, 1L], ["d", "b", 3L]);

        // When / Then
        ResultComparer.Compare(expected, actual, SortedBy("name")).Equal.ShouldBeFalse();
    }

    [Theory]
    [InlineData("234", 234L, true)]
    [InlineData("-1.50", -1.5, true)]
    [InlineData("00234", 234L, false)]
    [InlineData(" 234", 234L, false)]
    [InlineData("+234", 234L, false)]
    [InlineData("1,000", 1000L, false)]
    [InlineData("555-0101", 5550101L, false)]
    [InlineData("1e3", 1000L, false)]
    [InlineData("Infinity", double.PositiveInfinity, false)]
    public void Should_Equal_Text_And_A_Number_Only_For_The_Plain_Spelling(string text, object number, bool equal)
    {
        // Given
        var expected = ResultSet.From(["v"], [[number]]);
        var actual = ResultSet.From(["v"], [[text]]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules()).Equal.ShouldBe(equal);
        ResultComparer.Compare(actual, expected, new ComparisonRules()).Equal.ShouldBe(equal);
    }

    [Fact]
    public void Should_Never_Equal_Text_And_A_Number_When_Types_Are_Strict()
    {
        // Given
        var expected = ResultSet.From(["v"], [[234L]]);
        var actual = ResultSet.From(["v"], [["234"]]);

        // When / Then
        ResultComparer.Compare(expected, actual, new ComparisonRules { Types = TypeRule.Strict }).Equal.ShouldBeFalse();
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 5.0, false)]
    [InlineData(double.NegativeInfinity, -1e300, false)]
    [InlineData(double.NaN, 0.0, false)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, true)]
    [InlineData(double.NaN, double.NaN, true)]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity, false)]
    public void Should_Equal_Infinity_And_NaN_Only_To_Themselves(double actual, double expected, bool equal)
    {
        // Given
        var rules = new ComparisonRules();

        // When / Then
        ResultComparer.Compare(ResultSet.From(["v"], [[expected]]), ResultSet.From(["v"], [[actual]]), rules).Equal.ShouldBe(equal);
        ResultComparer.Compare(ResultSet.From(["v"], [[expected]]), ResultSet.From(["v"], [[actual]]), rules with { Round = 2 }).Equal.ShouldBe(equal);
    }

    [Fact]
    public void Should_Say_Same_Day_Different_Type_For_Midnight_Timestamps()
    {
        // Given
        var expected = ResultSet.From(["id", "day"], [[1L, "2024-01-02"], [2L, "2024-01-03"]]);
        var actual = ResultSet.From(["id", "day"], [[1L, "2024-01-02 00:00:00"], [2L, "2024-01-03 00:00:00"]]);

        // When
        var outcome = ResultComparer.Compare(expected, actual, new ComparisonRules());

        // Then
        outcome.Equal.ShouldBeFalse();
        outcome.Message.ShouldStartWith("same day, different type: column 2 (day) holds timestamps");
        outcome.Causes.ShouldHaveSingleItem().ShouldContain("CAST(x AS date)");
    }

    [Fact]
    public void Should_Compare_Names_With_The_Stated_Columns_Only_When_Asked()
    {
        // Given
        var expected = ResultSet.From(["id", "total"], [[1L, 2L]]);
        var actual = ResultSet.From(["id", "sum"], [[1L, 2L]]);
        var stated = new ComparisonRules { Columns = ["customer_id", "total"] };

        // When
        var shown = ResultComparer.Compare(expected, actual, stated);
        var compared = ResultComparer.Compare(expected, actual, stated with { ColumnNames = true });

        // Then
        shown.Equal.ShouldBeTrue();
        compared.Equal.ShouldBeFalse();
        compared.Message.ShouldContain("column 1 should be named 'customer_id', got 'id'");
    }

    [Fact]
    public void Should_Describe_Rounding_Without_The_Default_Tolerance()
    {
        // When
        var lines = new ComparisonRules { Round = 2, Order = RowOrder.Strict, SortKeys = [new OrderKey("day", true)] }.Describe();

        // Then
        lines.ShouldContain("numbers: rounded to 2 decimal(s) before comparing; 1 equals 1.0");
        lines.ShouldNotContain(l => l.Contains("E-6") || l.Contains("1e-6"));
        lines.ShouldContain(l => l.StartsWith("order: strict, sorted by day desc"));
    }
}
