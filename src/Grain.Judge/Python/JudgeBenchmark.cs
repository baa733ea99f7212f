using System.Diagnostics;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Datasets;

namespace Grain.Judge.Python;

/// <summary>Figures of <c>grain bench judge</c>, each measured in the same run as its baseline.</summary>
public sealed record JudgeBenchmarkResult(
    double GeneratorEventsPerSecond,
    double GeneratorWallSeconds,
    double HarnessSeconds,
    double BareSeconds,
    double ExamplesP50Ms,
    double ExamplesP90Ms,
    double FullGradeSeconds,
    double FullGradeWarmSeconds,
    double FullBareCpuSeconds,
    long Events,
    bool Isolated)
{
    /// <summary>Wall time of a full grading with the reference's scale figures kept ÷ the bare candidate's CPU over the same inputs.</summary>
    public double FullGradeRatio => FullGradeWarmSeconds / Math.Max(FullBareCpuSeconds, 1e-3);

    /// <summary>CPU of the reference through harness and sandbox ÷ CPU of running it bare (CPU, so a busy machine does not skew it).</summary>
    public double Overhead => HarnessSeconds / BareSeconds;
}

/// <summary>Measures the Python judge: generator throughput, harness overhead, examples-only latency.</summary>
public sealed class JudgeBenchmark(PythonJudge judge, string dataDirectory)
{
    /// <summary>Runs every measurement; <paramref name="events"/> sizes the overhead inputs.</summary>
    public async Task<JudgeBenchmarkResult> RunAsync(Problem problem, long events, int latencyRuns, CancellationToken ct)
    {
        var dir = Path.Combine(dataDirectory, "judge", "bench");
        Directory.CreateDirectory(dir);

        // Generator: 2M clickstream events to a JSONL file.
        var genFile = Path.Combine(dir, "generator.jsonl");
        // Warm up first so the figure is the generator's steady rate, not the JIT compiling it.
        DatasetGenerator.WriteFile(new DatasetSpec { Kind = "clickstream", Rows = 50_000, Seed = 2, Keys = 1000 }, genFile);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var spec = new DatasetSpec { Kind = "clickstream", Rows = 2_000_000, Seed = 3, Keys = 1000 };
        DatasetGenerator.WriteFile(spec, genFile);
        var genWall = clock.Elapsed.TotalSeconds;
        var genCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var genRate = spec.Rows / Math.Max(genCpu, 1e-3);
        File.Delete(genFile);

        // Overhead: the reference on the same files, through the judge's sandboxed harness and bare.
        var inputs = new List<string>();
        foreach (var size in new[] { events / 4, events / 2, events })
        {
            var path = Path.Combine(dir, $"overhead-{size}.jsonl");
            if (!File.Exists(path))
            {
                DatasetGenerator.WriteFile(new DatasetSpec { Kind = "clickstream", Rows = size, Seed = 7, Keys = 50 }, path);
            }
            inputs.Add(path);
        }
        var reference = await File.ReadAllTextAsync(Path.Combine(problem.Directory, problem.ReferenceFile), ct);
        var before = Sandbox.NativeProcess.ChildrenCpuMs();
        await judge.TimeReferenceAsync(problem, reference, inputs, ct);
        var harness = (Sandbox.NativeProcess.ChildrenCpuMs() - before) / 1000.0;
        before = Sandbox.NativeProcess.ChildrenCpuMs();
        TimeBare(Path.Combine(problem.Directory, problem.ReferenceFile), problem.Function!, inputs);
        var bare = (Sandbox.NativeProcess.ChildrenCpuMs() - before) / 1000.0;

        // Latency: examples only, in process, after one warm-up.
        var latencies = new List<double>();
        for (var i = 0; i <= latencyRuns; i++)
        {
            var run = Stopwatch.StartNew();
            await judge.JudgeAsync(new JudgeRequest(problem.Id, "python", reference, ExamplesOnly: true), ct);
            if (i > 0)
            {
                latencies.Add(run.Elapsed.TotalMilliseconds);
            }
        }
        latencies.Sort();
        // Full grading: once as the first grading of the problem (the reference measured at every scale size), then again
        // with its scale figures kept; the baseline is the bare candidate's CPU on the inputs of every call a grading makes.
        var kept = Path.Combine(dataDirectory, "judge", "scale");
        if (Directory.Exists(kept))
        {
            Directory.Delete(kept, recursive: true);
        }
        var full = Stopwatch.StartNew();
        var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, "python", reference), ct);
        var fullSeconds = full.Elapsed.TotalSeconds;
        full.Restart();
        await judge.JudgeAsync(new JudgeRequest(problem.Id, "python", reference), ct);
        var warmSeconds = full.Elapsed.TotalSeconds;
        before = Sandbox.NativeProcess.ChildrenCpuMs();
        TimeBare(Path.Combine(problem.Directory, problem.ReferenceFile), problem.Function!, judge.FullGradingInputs(problem));
        var fullBare = (Sandbox.NativeProcess.ChildrenCpuMs() - before) / 1000.0;
        return new JudgeBenchmarkResult(genRate, genWall, harness, bare, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.9)],
            fullSeconds, warmSeconds, fullBare, events, report.Notes?.All(n => !n.StartsWith("WARNING", StringComparison.Ordinal)) ?? true);
    }

    private double TimeBare(string referencePath, string function, IReadOnlyList<string> inputs)
    {
        const string script = "import json,sys,importlib.util\n"
            + "s=importlib.util.spec_from_file_location('r',sys.argv[1]);m=importlib.util.module_from_spec(s);s.loader.exec_module(m)\n"
            + "f=getattr(m,sys.argv[2])\n"
            + "with open(sys.argv[3],'rb') as fh:\n r=f(json.loads(l) for l in fh)\n"
            + "for _ in (r.items() if isinstance(r,dict) else r): pass\n";
        var python = Sandbox.PythonInstall.Find(judge.Options.Python)?.Executable ?? "python3";
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            var info = new ProcessStartInfo(python, ["-I", "-S", "-c", script, referencePath, function, input]) { RedirectStandardOutput = true };
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        return clock.Elapsed.TotalSeconds;
    }
}
