using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;

namespace Grain.Core.Tests.Judging;

/// <summary>Test details travel as JSON with a kind, and reports stored before details were typed still read.</summary>
public sealed class TestDetailsJsonTests
{
    private static TestResult Test(TestDetails details) =>
        new() { Name = "hidden", Group = TestGroup.Hidden, Status = JudgeStatus.Fail, Verdict = Verdict.WA, Details = details };

    public static TheoryData<TestDetails> Examples => new()
    {
        new RowDiffDetails
        {
            Engine = "sqlite", Data = "orders (hidden)", ExpectedRows = 3, ActualRows = 2, ExpectedColumns = ["id", "total"], ActualColumns = ["id", "total"],
            MissingCount = 1, Missing = [[JsonValue.Create(7L), null]], FirstDifference = new FirstDifference(2, [JsonValue.Create(7L), null], null),
            Plan = ["SCAN orders"], ReferencePlan = ["SEARCH orders USING INDEX"], Dtypes = ["int64", "float64"],
        },
        new PlanDetails { Engine = "postgres", Data = "orders", Plan = ["Seq Scan on orders"], ReferencePlan = ["Index Scan"] },
        new ScaleSeriesDetails { Sizes = [1000, 4000], CpuMs = [3, 12], ReferenceCpuMs = [1, 2], PeakGrowthKb = [100, 400], ReferencePeakGrowthKb = [10, 40] },
        new ValueDiffDetails { Expected = "[1, 2]", Got = "[2, 1]" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_Read_Back_What_It_Writes_With_The_Kind_First(TestDetails details)
    {
        // When
        var json = JsonSerializer.Serialize(Test(details));
        var back = JsonSerializer.Deserialize<TestResult>(json)!;

        // Then
        JsonNode.Parse(json)!["details"]!.AsObject().First().Key.ShouldBe("kind");
        back.Details.ShouldNotBeNull().GetType().ShouldBe(details.GetType());
        JsonSerializer.Serialize(back).ShouldBe(json);
    }

    [Fact]
    public void Should_Read_A_Row_Diff_Stored_Before_Details_Had_A_Kind()
    {
        // Given: the shape the SQL judge wrote as a loose object, with fields no view reads
        const string stored = """
            {"name":"hidden","group":"hidden","status":"fail","verdict":"WA","details":{"engine":"sqlite","data":"customers (hidden)",
            "expected_rows":5,"actual_rows":3,"expected_columns":["id","name"],"actual_columns":["id","name"],"missing_count":2,
            "missing":[[4,"Ann"],[5,null]],"extra_count":0,"extra":[],"causes":["an inner join drops them"],
            "first_difference":{"row":4,"expected":[4,"Ann"],"actual":null},"plan":["SCAN c"],"reference_plan":["SCAN c"]}}
            """;

        // When
        var details = JsonSerializer.Deserialize<TestResult>(stored)!.Details.ShouldBeOfType<RowDiffDetails>();

        // Then
        details.MissingCount.ShouldBe(2);
        details.Missing[1][1].ShouldBeNull();
        details.Missing[0][1]!.GetValue<string>().ShouldBe("Ann");
        details.FirstDifference.ShouldNotBeNull().Actual.ShouldBeNull();
        details.Plan.ShouldBe(["SCAN c"]);
    }

    [Theory]
    [InlineData("""{"engine":"sqlite","data":"d","plan":["SCAN t"],"reference_plan":["SCAN t"],"plan_failures":["full scan"]}""", typeof(PlanDetails))]
    [InlineData("""{"sizes":[10,20],"cpu_ms":[1,2],"reference_cpu_ms":[1,1],"peak_growth_kb":[0,0],"reference_peak_growth_kb":[0,0]}""", typeof(ScaleSeriesDetails))]
    public void Should_Recognise_The_Kind_Of_Old_Details_By_Their_Fields(string details, Type kind)
    {
        // When
        var test = JsonSerializer.Deserialize<TestResult>($$"""{"name":"t","group":"plan","status":"fail","verdict":"WA","details":{{details}}}""")!;

        // Then
        test.Details.ShouldNotBeNull().GetType().ShouldBe(kind);
    }

    [Fact]
    public void Should_Keep_The_Verdict_When_Details_Are_Unreadable()
    {
        // When
        var test = JsonSerializer.Deserialize<TestResult>("""{"name":"t","group":"hidden","status":"fail","verdict":"WA","details":{"kind":"rows","missing":"oops"}}""")!;

        // Then
        test.Verdict.ShouldBe(Verdict.WA);
        test.Details.ShouldBeNull();
    }
}
