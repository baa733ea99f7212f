using Grain.Judge.Pandas;
using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Tests.Pandas;

/// <summary>The pandas causes of a wrong frame, and the date alignment of datetime columns; pure, no sandbox.</summary>
public sealed class PandasHintsTests
{
    private static readonly ComparisonRules Rules = new();

    private static ResultSet Set(params object?[][] rows) => new(["key", "total"], rows);

    private static IReadOnlyList<string> Hints(ResultSet expected, ResultSet actual, params string[] dtypes) =>
        PandasHints.Explain(expected, actual, dtypes.Length > 0 ? dtypes : ["int64", "float64"], ResultComparer.Compare(expected, actual, Rules));

    [Fact]
    public void Should_Name_A_Fan_Out_Merge_When_Keys_Repeat_In_Extra_Rows()
    {
        var hints = Hints(Set([1L, 2.0], [2L, 3.0]), Set([1L, 2.0], [1L, 2.0], [2L, 3.0]));

        hints.ShouldContain(h => h.Contains("fans out"));
    }

    [Fact]
    public void Should_Name_Groupby_Dropna_When_The_Null_Group_Is_Missing()
    {
        var hints = Hints(Set([1L, 2.0], [null, 3.0]), Set([1L, 2.0]));

        hints.ShouldContain(h => h.Contains("dropna=False"));
        hints.ShouldNotContain(h => h.Contains("how='left'"));
    }

    [Fact]
    public void Should_Name_An_Inner_Merge_When_Rows_Are_Missing_And_None_Wrong()
    {
        var hints = Hints(Set([1L, 2.0], [2L, 0.0]), Set([1L, 2.0]));

        hints.ShouldContain(h => h.Contains("how='left'"));
    }

    [Fact]
    public void Should_Name_Object_Dtype_When_Numbers_Came_Back_As_Text()
    {
        var hints = Hints(Set([1L, 2.5]), Set([1L, "2.5000"]), "int64", "object");

        hints.ShouldContain(h => h.Contains("object dtype"));
    }

    [Fact]
    public void Should_Give_No_Hint_When_Values_Are_Simply_Wrong()
    {
        Hints(Set([1L, 2.0]), Set([1L, 9.0])).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Read_A_Midnight_Timestamp_As_A_Date_Only_Where_The_Reference_Holds_Dates()
    {
        var expected = new ResultSet(["day", "at"], [["2024-01-02", "2024-01-02 00:00:00"]]);
        var actual = new ResultSet(["day", "at"], [["2024-01-02 00:00:00", "2024-01-02 00:00:00"]]);

        var aligned = PandasJudge.AlignDays(expected, actual);

        aligned.Rows[0].ShouldBe(new object?[] { "2024-01-02", "2024-01-02 00:00:00" });
        ResultComparer.Compare(expected, aligned, Rules).Equal.ShouldBeTrue();
    }
}
