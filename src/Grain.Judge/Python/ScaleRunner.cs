using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Comparison;
using Grain.Judge.Scale;

namespace Grain.Judge.Python;

/// <summary>The scale check: reference and candidate at growing sizes, each in a fresh process, outputs compared and growth fitted.</summary>
internal sealed class ScaleRunner(PythonJudge judge, BatchRunner runner, CallPlanner planner, CallComparer comparer, Problem problem, TestsFile tests, PythonJudgeOptions options, string code)
{
    /// <summary>
    /// A re-measured reference CPU time may differ from the kept one by this share (or <see cref="CalibrationFloorMs"/>,
    /// whichever is larger) before every kept measurement is dropped and the ladder is measured again.
    /// </summary>
    internal const double CalibrationDrift = 0.2;

    /// <summary>CPU time noise of a small run: below it a difference says nothing about the machine.</summary>
    internal const long CalibrationFloorMs = 15;

    /// <summary>True when a re-measured CPU time is within <paramref name="drift"/> of the kept one, or within the noise floor.</summary>
    internal static bool Agrees(long measuredMs, long keptMs, double drift = CalibrationDrift) =>
        keptMs >= 0 && Math.Abs(measuredMs - keptMs) <= Math.Max(drift * keptMs, CalibrationFloorMs);

    /// <summary>How many of the last grading's reference sizes came from kept measurements (0: all measured).</summary>
    public int ReusedReferenceSizes { get; private set; }

    /// <summary>Runs reference and candidate at growing sizes, each in a fresh process, one at a time so timings are clean.</summary>
    public async Task<(TestResult?, ScaleSummary?)> GradeAsync(CancellationToken ct)
    {
        var spec = tests.Scale!;
        var sizes = (options.ScaleSizes ?? spec.Sizes).Order().ToList();
        var args = planner.MergeArgs(spec.Args);
        var dataset = spec.Generate.ToDataset();
        ScalePoint? refBase = null, candBase = null;
        var refPoints = new List<ScalePoint>();
        var candPoints = new List<ScalePoint>();
        var referenceCode = await File.ReadAllTextAsync(Path.Combine(problem.Directory, problem.ReferenceFile), ct);
        var referenceHash = PythonJudge.Hash(referenceCode);
        string? stopped = null;
        Verdict stopVerdict = Verdict.AC;
        // The smallest ladder size is always measured again and calibrates the kept larger ones (see KeptReference).
        var calibrated = false;
        ReusedReferenceSizes = 0;
        foreach (var size in sizes.Prepend(0))
        {
            var input = planner.Generated(dataset.WithRows(size));
            var call = new PlannedCall("s", input, args);
            var keptFile = KeptReferenceFile(referenceHash, call, size);
            var kept = size == 0 || (size != sizes[0] && !calibrated) ? null : KeptReference(keptFile);
            Measurement reference;
            OutputDigest referenceDigest;
            if (kept is not null && size != sizes[0])
            {
                (reference, referenceDigest) = kept.Value;
                ReusedReferenceSizes++;
            }
            else
            {
                referenceDigest = new OutputDigest(tests.Mode, (tag, item) => ResultNormalizer.NormalizeItem(tag, item, tests, true));
                reference = await MeasureAsync(referenceCode, call, size, runner.Limits with { CpuPerCallSeconds = 60, CpuSeconds = 62, ResultBytes = ScaleResultBytes }, referenceDigest, ct);
                if (size > 0 && reference.Point is { } measured)
                {
                    if (size == sizes[0])
                    {
                        calibrated = kept?.Item1.Point is { } before && Agrees(measured.CpuMs, before.CpuMs, options.ScaleCalibrationDrift);
                    }
                    // A calibrating measurement is not kept: the kept smallest size stays the one taken with the larger
                    // ones, so small drifts cannot add up over many gradings.
                    if (!calibrated)
                    {
                        Keep(keptFile, reference, referenceDigest);
                    }
                }
            }
            if (reference.Point is null)
            {
                return (CallJudgement.Test("scale", TestGroup.Scale, Verdict.IE, $"the reference failed at {size:N0} items: {reference.Message}", null, false), null);
            }
            var budget = (int)Math.Clamp(reference.Point.CpuMs * 20 / 1000 + 2, tests.CpuSeconds, 60);
            var memory = ScaleMemoryCap(reference.Point.PeakKb);
            var expectedIsSequence = reference.Kind is "list" or "tuple";
            var candidateDigest = new OutputDigest(tests.Mode, (tag, item) => ResultNormalizer.NormalizeItem(tag, item, tests, expectedIsSequence));
            var candidate = await MeasureAsync(code, call, size,
                runner.Limits with { CpuPerCallSeconds = budget, CpuSeconds = budget + 2, MemoryBytes = memory, ResultBytes = ScaleResultBytes }, candidateDigest, ct, candidate: true);
            if (candidate.Point is null)
            {
                var cap = candidate.Verdict == Verdict.MLE && memory > runner.Limits.MemoryBytes
                    ? $" (the cap at this size follows the reference: {ScaleMemoryFactor}× its {reference.Point.PeakKb / 1024} MB peak + {ScaleMemoryBaseMb} MB)"
                    : "";
                stopped = $"at {size:N0} items: {candidate.Message}{cap}";
                stopVerdict = candidate.Verdict;
                break;
            }
            if (ScaleOutputDifference(reference, referenceDigest, candidate, candidateDigest, expectedIsSequence) is { } difference)
            {
                stopped = $"at {size:N0} items: the output differs from the reference's ({difference}); every size is compared, not only timed";
                stopVerdict = Verdict.WA;
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
            var verdict = stopVerdict is Verdict.TLE or Verdict.MLE or Verdict.OLE or Verdict.RTE or Verdict.WA ? stopVerdict : Verdict.RTE;
            return (CallJudgement.Test("scale", TestGroup.Scale, verdict, $"the scale run stopped {stopped}", usage, false), summary);
        }
        var rules = new ScaleRules(tests.Memory == "bounded", tests.Time is null or "linear");
        if (rules.Failure(candFit, refFit, candPoints[^1], refPoints[^1]) is { } failure)
        {
            return (CallJudgement.Test("scale", TestGroup.Scale, failure.Memory ? Verdict.MLE : Verdict.TLE, failure.Message, usage, false), summary);
        }
        var message = $"time grew {ScaleAnalysis.Describe(candFit.TimeExponent)} (exponent {candFit.TimeExponent:0.00}), memory {Math.Max(0, candFit.BytesPerItem):0} bytes per item";
        return (CallJudgement.Test("scale", TestGroup.Scale, Verdict.AC, message, usage, false), summary);
    }

    /// <summary>Result bytes a scale run may stream: they are hashed as they arrive, not kept.</summary>
    private const long ScaleResultBytes = 2L << 30;

    /// <summary>At scale sizes the memory cap is this many times the reference's peak...</summary>
    internal const int ScaleMemoryFactor = 4;

    /// <summary>...plus this much, and never below the problem's own limit.</summary>
    internal const int ScaleMemoryBaseMb = 64;

    /// <summary>
    /// The address-space cap of a candidate's scale run: it follows the reference's measured peak, so a solution that uses a
    /// few times the reference's memory (sorting everything) is judged by the growth and time rules, not killed by a fixed cap.
    /// </summary>
    internal long ScaleMemoryCap(long referencePeakKb) =>
        Math.Max(runner.Limits.MemoryBytes, ScaleMemoryFactor * referencePeakKb * 1024 + ((long)ScaleMemoryBaseMb << 20));

    private sealed record Measurement(ScalePoint? Point, Verdict Verdict, string? Message, string? Kind);

    // One file per reference, input, arguments and size: the reference's CPU time, peak and output digest there.
    private string KeptReferenceFile(string referenceHash, PlannedCall call, long size) =>
        Path.Combine(judge.CacheDirectory("scale"), PythonJudge.Hash($"{referenceHash}|{judge.HarnessHash}|{problem.Function}|{Path.GetFileName(call.Input)}|{call.Args.ToJsonString()}|{size}|{options.Python}") + ".json");

    /// <summary>
    /// The reference's measurement at one size from an earlier grading, or null. Kept measurements are used only after the
    /// smallest size, measured again, came within <see cref="CalibrationDrift"/> of its kept CPU time: the machine is then
    /// about as fast as when they were taken. Outputs are deterministic (the content check re-runs every reference), so
    /// the kept digest still describes what the reference returns.
    /// </summary>
    private (Measurement, OutputDigest)? KeptReference(string file)
    {
        try
        {
            if (!File.Exists(file) || System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file)) is not System.Text.Json.Nodes.JsonObject json
                || json["digest"] is not System.Text.Json.Nodes.JsonObject digestJson
                || OutputDigest.FromJson(digestJson, tests.Mode, (tag, item) => ResultNormalizer.NormalizeItem(tag, item, tests, true)) is not { } digest)
            {
                return null;
            }
            var point = new ScalePoint(json["size"]!.GetValue<long>(), json["cpu_ms"]!.GetValue<long>(), json["peak_kb"]!.GetValue<long>());
            return (new Measurement(point, Verdict.AC, null, json["kind"]?.GetValue<string>()), digest);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return null;
        }
    }

    private static void Keep(string file, Measurement reference, OutputDigest digest)
    {
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["size"] = reference.Point!.Size,
            ["cpu_ms"] = reference.Point.CpuMs,
            ["peak_kb"] = reference.Point.PeakKb,
            ["kind"] = reference.Kind,
            ["digest"] = digest.ToJson(),
        };
        try
        {
            var temp = file + "." + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllText(temp, json.ToJsonString());
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Keeping is an optimisation: the next grading measures again.
        }
    }

    private async Task<Measurement> MeasureAsync(string source, PlannedCall call, long size, Sandbox.SandboxLimits limits, OutputDigest digest, CancellationToken ct, bool candidate = false)
    {
        var batch = await runner.RunAsync(source, [call], limits, ct, digest, candidate);
        if (batch.CompileError is { } ce)
        {
            return new Measurement(null, Verdict.CE, ce.Message, null);
        }
        var v = batch.Calls[call.Id];
        var (verdict, message) = CallJudgement.VerdictOf(v);
        return verdict == Verdict.AC
            ? new Measurement(new ScalePoint(size, v.CpuMs, v.PeakKb), verdict, null, v.Result?.Kind)
            : new Measurement(null, verdict, message, null);
    }

    /// <summary>What differs between the two outputs of a scale size, or null when they are equal under the problem's rules.</summary>
    private string? ScaleOutputDifference(Measurement reference, OutputDigest expected, Measurement candidate, OutputDigest actual, bool expectedIsSequence)
    {
        if (expected.Complete && actual.Complete)
        {
            var full = comparer.Compare(new CallResult(reference.Kind!, expected.Items), new CallResult(candidate.Kind!, actual.Items));
            return full.Equal ? null : full.Difference;
        }
        var want = ResultNormalizer.KindOf(reference.Kind!, tests, true);
        var got = ResultNormalizer.KindOf(candidate.Kind!, tests, expectedIsSequence);
        var wantSequence = want is "list" or "tuple";
        if ((tests.Mode == CompareMode.Mapping && got != "map") || (wantSequence != (got is "list" or "tuple")) || ((want == "scalar") != (got == "scalar")))
        {
            return $"expected a {want}, got a {got}";
        }
        if (expected.Count != actual.Count)
        {
            return $"expected {expected.Count:N0} items, got {actual.Count:N0}";
        }
        return OutputDigest.Same(expected, actual, tests.Tolerance) ? null : $"the same number of items ({expected.Count:N0}), but different values";
    }

    /// <summary>One scale-style run of the submission on an input (for benchmarks).</summary>
    public Task<BatchResult> RunOnceAsync(string input, CancellationToken ct) =>
        runner.RunAsync(code, [new PlannedCall("s", input, planner.MergeArgs(null))], runner.Limits with { CpuPerCallSeconds = 120, CpuSeconds = 122, ResultBytes = ScaleResultBytes }, ct,
            new OutputDigest(tests.Mode, (tag, item) => ResultNormalizer.NormalizeItem(tag, item, tests, true)));
}
