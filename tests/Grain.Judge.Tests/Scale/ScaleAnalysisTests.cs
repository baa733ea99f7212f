using Grain.Judge.Scale;

namespace Grain.Judge.Tests.Scale;

public sealed class ScaleAnalysisTests
{
    [Fact]
    public void Should_Measure_A_Linear_Exponent_After_Removing_Start_Up()
    {
        var fit = ScaleAnalysis.Fit([new(1000, 30, 10_000), new(4000, 60, 10_000), new(16000, 180, 10_000)], new ScalePoint(0, 20, 10_000));
        fit.TimeExponent.ShouldBe(1.0, 0.1);
        fit.BytesPerItem.ShouldBe(0, 0.5);
    }

    [Fact]
    public void Should_Name_A_Quadratic_Solution_And_Fail_It_On_A_Linear_Problem()
    {
        // Given
        var reference = ScaleAnalysis.Fit([new(1000, 10, 10_000), new(4000, 40, 10_000), new(16000, 160, 10_000)]);
        var candidate = ScaleAnalysis.Fit([new(1000, 10, 10_000), new(4000, 160, 10_000), new(16000, 2560, 10_000)]);

        // When
        var failure = new ScaleRules(MemoryBounded: false, TimeLinear: true).Failure(candidate, reference, new(16000, 2560, 10_000), new(16000, 160, 10_000));

        // Then
        failure.ShouldNotBeNull();
        failure.Value.Message.ShouldContain("quadratically");
    }

    [Fact]
    public void Should_Say_The_Input_Was_Materialised_When_Memory_Grows_Per_Event()
    {
        var reference = ScaleAnalysis.Fit([new(1000, 10, 10_000), new(4000, 40, 10_000), new(16000, 160, 10_000)]);
        var candidate = ScaleAnalysis.Fit([new(1000, 10, 10_300), new(4000, 40, 11_200), new(16000, 160, 14_800)]);
        var failure = new ScaleRules(MemoryBounded: true, TimeLinear: true).Failure(candidate, reference, new(16000, 160, 14_800), new(16000, 160, 10_000));
        failure.ShouldNotBeNull();
        failure.Value.Memory.ShouldBeTrue();
        failure.Value.Message.ShouldContain("bytes per event");
        failure.Value.Message.ShouldContain("the whole input was held in memory");
    }
}
