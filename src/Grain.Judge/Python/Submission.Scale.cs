using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Judge.Scale;

namespace Grain.Judge.Python;

internal sealed partial class Submission
{
    /// <summary>Runs reference and candidate at growing sizes, each in a fresh process, one at a time so timings are clean.</summary>
    private async Task<(TestResult?, ScaleSummary?)> GradeScaleAsync(CancellationToken ct)
    {
        var spec = tests.Scale!;
        var sizes = (judge.Options.ScaleSizes ?? spec.Sizes).Order().ToList();
        var args = MergeArgs(spec.Args);
        var dataset = spec.Generate.ToDataset();
        ScalePoint? refBase = null, candBase = null;
        var refPoints = new List<ScalePoint>();
        var candPoints = new List<ScalePoint>();
        var referenceCode = await File.ReadAllTextAsync(Path.Combine(problem.Directory, problem.ReferenceFile), ct);
        string? stopped = null;
        Verdict stopVerdict = Verdict.AC;
        foreach (var size in sizes.Prepend(0))
        {
            var input = Generated(dataset.WithRows(size));
            var call = new PlannedCall("s", input, args, Emit: false);
            var reference = await MeasureAsync(referenceCode, call, size, Limits with { CpuPerCallSeconds = 60, CpuSeconds = 62 }, ct);
            if (reference.Point is null)
            {
                return (Test("scale", TestGroup.Scale, Verdict.IE, $"the reference failed at {size:N0} items: {reference.Message}", null, false), null);
            }
            var budget = (int)Math.Clamp(reference.Point.CpuMs * 20 / 1000 + 2, tests.CpuSeconds, 60);
            var candidate = await MeasureAsync(code, call, size, Limits with { CpuPerCallSeconds = budget, CpuSeconds = budget + 2 }, ct);
            if (candidate.Point is null)
            {
                stopped = $"at {size:N0} items: {candidate.Message}";
                stopVerdict = candidate.Verdict;
                break;
            }
            if (size == 0)
            {
                (refBase, candBase) = (reference.Point, candidate.Point);
                continue;
            }
            refPoints.Add(reference.Point);
            candPoints.Add(candidate.Point);
        }
        var refFit = ScaleAnalysis.Fit(refPoints, refBase);
        var candFit = ScaleAnalysis.Fit(candPoints, candBase);
        var summary = new ScaleSummary
        {
            Sizes = candPoints.Select(p => p.Size).ToList(),
            TimeExponent = candPoints.Count >= 2 ? candFit.TimeExponent : null,
            MemoryBytesPerItem = candPoints.Count >= 2 ? candFit.BytesPerItem : null,
            ReferenceTimeExponent = refPoints.Count >= 2 ? refFit.TimeExponent : null,
            ReferenceMemoryBytesPerItem = refPoints.Count >= 2 ? refFit.BytesPerItem : null,
            CpuMs = candPoints.Select(p => p.CpuMs).ToList(),
            PeakKb = candPoints.Select(p => p.PeakKb).ToList(),
        };
        var last = candPoints.LastOrDefault();
        var usage = new CallVerdict(null, null, null, "", last?.CpuMs ?? 0, 0, last?.PeakKb ?? 0);
        if (stopped is not null)
        {
            var verdict = stopVerdict is Verdict.TLE or Verdict.MLE or Verdict.OLE or Verdict.RTE ? stopVerdict : Verdict.RTE;
            return (Test("scale", TestGroup.Scale, verdict, $"the scale run stopped {stopped}", usage, false), summary);
        }
        var rules = new ScaleRules(tests.Memory == "bounded", tests.Time is null or "linear");
        if (rules.Failure(candFit, refFit, candPoints[^1], refPoints[^1]) is { } failure)
        {
            return (Test("scale", TestGroup.Scale, failure.Memory ? Verdict.MLE : Verdict.TLE, failure.Message, usage, false), summary);
        }
        var message = $"time grew {ScaleAnalysis.Describe(candFit.TimeExponent)} (exponent {candFit.TimeExponent:0.00}), memory {candFit.BytesPerItem:0} bytes per item";
        return (Test("scale", TestGroup.Scale, Verdict.AC, message, usage, false), summary);
    }

    private sealed record Measurement(ScalePoint? Point, Verdict Verdict, string? Message);

    private async Task<Measurement> MeasureAsync(string source, PlannedCall call, long size, Sandbox.SandboxLimits limits, CancellationToken ct)
    {
        var batch = await RunBatchAsync(source, [call], limits, ct);
        if (batch.CompileError is { } ce)
        {
            return new Measurement(null, Verdict.CE, ce.Message);
        }
        var v = batch.Calls[call.Id];
        var (verdict, message) = VerdictOf(v);
        return verdict == Verdict.AC ? new Measurement(new ScalePoint(size, v.CpuMs, v.PeakKb), verdict, null) : new Measurement(null, verdict, message);
    }
}

internal sealed partial class Submission
{
    /// <summary>One scale-style run of the submission on an input (for benchmarks).</summary>
    internal Task<BatchResult> RunOnceAsync(string input, CancellationToken ct) =>
        RunBatchAsync(code, [new PlannedCall("s", input, MergeArgs(null), Emit: false)], Limits with { CpuPerCallSeconds = 120, CpuSeconds = 122 }, ct);
}
