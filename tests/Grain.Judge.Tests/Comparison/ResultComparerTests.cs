using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Judge.Comparison;

namespace Grain.Judge.Tests.Comparison;

public sealed class ResultComparerTests
{
    private static CallResult List(params string[] items) => new("list", items.Select(i => JsonNode.Parse(i)).ToList());

    private static CallResult Map(params string[] pairs) => new("map", pairs.Select(i => JsonNode.Parse(i)).ToList());

    [Fact]
    public void Should_Accept_Floats_Within_The_Relative_Tolerance()
    {
        var comparer = new ResultComparer(CompareMode.Exact);
        comparer.Compare(List("1.0", "0.30000000000000004"), List("1.0000000000001", "0.3")).Equal.ShouldBeTrue();
        comparer.Compare(List("1.0"), List("1.001")).Equal.ShouldBeFalse();
    }

    [Fact]
    public void Should_Keep_Ints_Exact_And_Bools_Distinct()
    {
        var comparer = new ResultComparer(CompareMode.Exact);
        comparer.Compare(List("10000000000000001"), List("10000000000000000")).Equal.ShouldBeFalse();
        comparer.Compare(List("1"), List("true")).Equal.ShouldBeFalse();
        comparer.Compare(List("3"), List("3.0")).Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Name_The_First_Differing_Item_In_Order()
    {
        var result = new ResultComparer(CompareMode.Exact).Compare(List("1", "2", "3"), List("1", "5", "3"));
        result.Difference.ShouldBe("item 1 differs: expected 2, got 5");
    }

    [Fact]
    public void Should_Ignore_Order_When_Unordered_But_Count_Duplicates()
    {
        var comparer = new ResultComparer(CompareMode.Unordered);
        comparer.Compare(List("1", "2", "2"), List("2", "1", "2")).Equal.ShouldBeTrue();
        var result = comparer.Compare(List("1", "2", "2"), List("2", "1", "1"));
        result.Equal.ShouldBeFalse();
        result.Difference!.ShouldContain("missing");
    }

    [Fact]
    public void Should_Pair_Whole_Floats_With_Equal_Ints_In_Any_Order()
    {
        var comparer = new ResultComparer(CompareMode.Unordered);
        comparer.Compare(List("1704067219", "1704067218"), List("1704067218.0", "1704067219.0")).Equal.ShouldBeTrue();
        comparer.Compare(List("19", "18"), List("18.0", "18.0")).Equal.ShouldBeFalse();
    }

    [Theory]
    [InlineData("5", "5", true)]
    [InlineData("5", "5.0", false)]
    [InlineData("1", "true", false)]
    [InlineData("\"a\\u00e9\"", "\"a\u00e9\"", true)]
    [InlineData("{\"$map\":[[\"a\",1],[\"b\",2]]}", "{\"$map\":[[\"b\",2],[\"a\",1]]}", true)]
    [InlineData("{\"$map\":[[\"a\",1]]}", "{\"$map\":[[\"a\",1],[\"b\",2]]}", false)]
    [InlineData("1.5", "1.5000000000001", false)]
    public void Should_Call_Values_Identical_Only_With_The_Same_Type_And_Value(string a, string b, bool identical)
    {
        ValueComparer.Identical(JsonNode.Parse(a), JsonNode.Parse(b)).ShouldBe(identical);
    }

    [Fact]
    public void Should_Compare_Mappings_With_Tuple_Keys_And_Say_Which_Key_Differs()
    {
        var comparer = new ResultComparer(CompareMode.Mapping);
        var expected = Map("[[1,\"view\"],2]", "[[2,\"click\"],1]");
        comparer.Compare(expected, Map("[[2,\"click\"],1]", "[[1,\"view\"],2]")).Equal.ShouldBeTrue();
        var result = comparer.Compare(expected, Map("[[1,\"view\"],3]", "[[2,\"click\"],1]"));
        result.Difference!.ShouldContain("key (1, 'view'): expected 2, got 3");
        comparer.Compare(expected, List("1")).Difference!.ShouldContain("expected a mapping");
    }

    [Fact]
    public void Should_Treat_Nan_As_Equal_To_Nan()
    {
        new ResultComparer(CompareMode.Exact).Compare(List("{\"$float\":\"nan\"}"), List("{\"$float\":\"nan\"}")).Equal.ShouldBeTrue();
    }

    [Theory]
    [InlineData("10 ** 400")]
    [InlineData("-10 ** 400")]
    [InlineData("{\"$float\":\"inf\"}")]
    [InlineData("{\"$float\":\"-inf\"}")]
    [InlineData("{\"$float\":\"nan\"}")]
    public void Should_Not_Let_A_Non_Finite_Or_Huge_Value_Equal_An_Ordinary_Float(string cheat)
    {
        // Given: an int of 10 ** 400 parses as double infinity, which is "within tolerance" of everything
        var comparer = new ResultComparer(CompareMode.Exact);
        cheat = cheat.Replace("10 ** 400", "1" + new string('0', 400), StringComparison.Ordinal);

        // When
        var againstFloat = comparer.Compare(List("3.5"), List(cheat));
        var againstInt = comparer.Compare(List("7"), List(cheat));
        var againstItself = comparer.Compare(List(cheat), List(cheat));

        // Then
        againstFloat.Equal.ShouldBeFalse();
        againstInt.Equal.ShouldBeFalse();
        againstItself.Equal.ShouldBeTrue();
    }

    [Fact]
    public void Should_Compare_Ints_Beyond_The_Double_Range_Exactly()
    {
        var comparer = new ResultComparer(CompareMode.Exact);
        var big = new string('9', 400);
        comparer.Compare(List(big), List(big)).Equal.ShouldBeTrue();
        comparer.Compare(List(big), List(big[..^1] + "8")).Equal.ShouldBeFalse();
        comparer.Compare(List("{\"$float\":\"inf\"}"), List("{\"$float\":\"-inf\"}")).Equal.ShouldBeFalse();
        comparer.Compare(List("{\"$float\":\"inf\"}"), List("{\"$map\":[]}")).Equal.ShouldBeFalse();
        new ResultComparer(CompareMode.Mapping).Compare(Map("[\"a\",1.5]"), Map("[\"a\"," + big + "]")).Equal.ShouldBeFalse();
    }

    [Fact]
    public void Should_Rank_Verdicts_IE_TLE_MLE_OLE_RTE_WA()
    {
        VerdictPriority.Worst([Verdict.WA, Verdict.RTE]).ShouldBe(Verdict.RTE);
        VerdictPriority.Worst([Verdict.OLE, Verdict.RTE, Verdict.WA]).ShouldBe(Verdict.OLE);
        VerdictPriority.Worst([Verdict.MLE, Verdict.OLE]).ShouldBe(Verdict.MLE);
        VerdictPriority.Worst([Verdict.TLE, Verdict.MLE]).ShouldBe(Verdict.TLE);
        VerdictPriority.Worst([Verdict.IE, Verdict.TLE]).ShouldBe(Verdict.IE);
        VerdictPriority.Worst([]).ShouldBe(Verdict.AC);
    }
}
