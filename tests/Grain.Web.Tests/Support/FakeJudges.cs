using Grain.Core.Judging;

namespace Grain.Web.Tests.Support;

/// <summary>A stand-in Python judge: code that calls list(events) fails the bounded-memory scale check.</summary>
public sealed class FakePythonJudge : IJudge
{
    public string Language => "python";

    public Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default)
    {
        var materialises = request.Code.Contains("list(events)", StringComparison.Ordinal);
        IReadOnlyList<TestResult> tests =
        [
            new() { Name = "example", Group = TestGroup.Example, Status = "pass", Verdict = Verdict.AC, CpuMs = 12 },
            new()
            {
                Name = "memory stays bounded", Group = TestGroup.Scale, Status = materialises ? "fail" : "pass",
                Verdict = materialises ? Verdict.MLE : Verdict.AC, CpuMs = 80, PeakKb = materialises ? 96_000 : 9_000,
                Message = materialises ? "Memory grew with the input: the input was materialised (for example with list(events)). Read the iterator once, keeping only counters." : null,
            },
        ];
        return Task.FromResult(new JudgeReport
        {
            Problem = request.ProblemId,
            Language = "python",
            Status = JudgeReport.StatusOf(tests),
            Tests = tests,
            Scale = new ScaleSummary { Sizes = [50_000, 200_000, 800_000], TimeExponent = 1.01, MemoryBytesPerItem = materialises ? 120 : 0.2, CpuMs = [20, 80, 330], PeakKb = materialises ? [15_000, 40_000, 96_000] : [9_000, 9_000, 9_100] },
        });
    }
}
