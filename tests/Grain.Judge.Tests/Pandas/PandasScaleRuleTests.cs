using Grain.Judge.Pandas;

namespace Grain.Judge.Tests.Pandas;

/// <summary>The scale verdict at the largest size: a ratio to the vectorised reference, above a floor of noise.</summary>
public sealed class PandasScaleRuleTests
{
    [Theory]
    [InlineData(243, 3, true)] // iterrows at 16k rows: 81x the reference, 240 ms more
    [InlineData(90, 3, false)] // 30x, but under 100 ms of difference: noise at this size
    [InlineData(600, 200, false)] // 3x: slower, within the limit
    [InlineData(1_200, 200, true)] // 6x
    public void Should_Fail_Only_A_Clear_Slowdown(long cpuMs, long referenceCpuMs, bool fails)
    {
        // When
        var failure = PandasJudge.ScaleFailure(16_000, cpuMs, referenceCpuMs, peakKb: 100, referencePeakKb: 100);

        // Then
        (failure is not null).ShouldBe(fails);
        if (fails)
        {
            failure!.Value.Memory.ShouldBeFalse();
            failure.Value.Text.ShouldContain("iterrows");
        }
    }
}
