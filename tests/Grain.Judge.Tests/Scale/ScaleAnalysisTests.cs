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

    [Fact]
    public void Should_Compare_Memory_Growth_Not_Peaks_When_The_Reference_Starts_Higher()
    {
        // Given: a reference that loads a heavy module (flat at 14 MB) and a candidate that starts low but grows 150 bytes a row
        var reference = ScaleAnalysis.Fit([new(2000, 10, 14_000), new(8000, 40, 14_000), new(32000, 160, 14_000)]);
        var candidate = ScaleAnalysis.Fit([new(2000, 10, 10_300), new(8000, 40, 11_180), new(32000, 160, 14_690)]);

        // When
        var failure = new ScaleRules(MemoryBounded: true, TimeLinear: false).Failure(candidate, reference, new(32000, 160, 14_690), new(32000, 160, 14_000));

        // Then
        failure.ShouldNotBeNull();
        failure.Value.Memory.ShouldBeTrue();
    }

    [Fact]
    public void Should_Accept_A_Candidate_That_Grows_Like_The_Reference()
    {
        // Given
        var reference = ScaleAnalysis.Fit([new(2000, 10, 10_000), new(8000, 40, 10_050), new(32000, 160, 10_200)]);
        var candidate = ScaleAnalysis.Fit([new(2000, 10, 12_000), new(8000, 40, 12_060), new(32000, 160, 12_230)]);

        // When / Then
        new ScaleRules(MemoryBounded: true, TimeLinear: true).Failure(candidate, reference, new(32000, 160, 12_230), new(32000, 160, 10_200)).ShouldBeNull();
    }
}
