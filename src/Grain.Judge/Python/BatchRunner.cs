using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Comparison;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

/// <summary>Runs batches of calls in sandboxed harness processes, a few at a time, and turns each process's end into call verdicts.</summary>
internal sealed class BatchRunner(PythonJudge judge, PythonSandbox sandbox, Problem problem, TestsFile tests)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, judge.Options.Parallelism));
    private readonly WaitBudget _waiting = new(judge.Options.WaitAllowance);

    /// <summary>The problem's limits for one harness process.</summary>
    public SandboxLimits Limits => new()
    {
        CpuPerCallSeconds = tests.CpuSeconds,
        CpuSeconds = tests.CpuSeconds * 4 + 2,
        MemoryBytes = (long)tests.MemoryMb << 20,
    };

    private const int SigXcpu = 24;
    private const int SigKill = 9;

    /// <summary>Runs the calls in harness processes; a call that kills its process gets a verdict and the rest run in a new one.</summary>
    /// <remarks>With a <paramref name="digest"/>, result items are summarised as they stream in instead of kept (scale runs).</remarks>
    /// <remarks><paramref name="candidate"/> marks the candidate's runs, the only ones that spend its waiting budget (by role,
    /// not by text: a candidate may submit the reference's own code).</remarks>
    public async Task<BatchResult> RunAsync(string source, IReadOnlyList<PlannedCall> calls, SandboxLimits limits, CancellationToken ct, OutputDigest? digest = null, bool candidate = false)
    {
        var verdicts = new Dictionary<string, CallVerdict>(StringComparer.Ordinal);
        var remaining = calls.ToList();
        // Only the candidate's runs spend the submission's waiting budget; the process's CPU is the sum of its calls' shares.
        limits = limits with { Waiting = candidate ? _waiting : null };
        for (var attempt = 0; remaining.Count > 0 && attempt < 8; attempt++)
        {
            if (limits.Waiting is { Exhausted: true })
            {
                foreach (var call in remaining)
                {
                    verdicts[call.Id] = new CallVerdict(null, Verdict.TLE, WaitingMessage(limits), "", 0, 0, 0);
                }
                return new BatchResult(verdicts, null, null);
            }
            limits = limits with { CpuSeconds = Math.Min(limits.CpuSeconds, remaining.Count * limits.CpuPerCallSeconds + 2) };
            var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            SandboxOutcome outcome;
            await _slots.WaitAsync(ct);
            try
            {
                var feed = digest is null ? null : new DigestFeed(nonce, digest);
                outcome = await RunProcessAsync(source, remaining, limits, nonce, ct, feed is null ? null : feed.Divert);
                if (feed is not null && !await feed.FinishAsync())
                {
                    outcome = outcome with { Lines = [.. outcome.Lines, "unreadable item"] };
                }
            }
            finally
            {
                _slots.Release();
            }
            var output = HarnessOutput.Parse(outcome.Lines, nonce);
            var stdout = outcome.Stdout;
            if (output.CompileError is { } ce)
            {
                return new BatchResult(verdicts, ce, null);
            }
            if (!output.Ready)
            {
                var (v, m) = ProcessVerdict(outcome, limits, beforeImport: true);
                if (v == Verdict.IE)
                {
                    return new BatchResult(verdicts, null, $"the sandbox did not start the harness: {m}");
                }
                foreach (var call in remaining)
                {
                    verdicts[call.Id] = new CallVerdict(null, v, m, stdout, outcome.CpuMs, outcome.WallMs, outcome.PeakKb);
                }
                return new BatchResult(verdicts, null, null);
            }
            if (output.Forged)
            {
                foreach (var call in remaining)
                {
                    verdicts[call.Id] = new CallVerdict(null, Verdict.WA,
                        "the submission wrote to the judge's result channel, so its results cannot be trusted", stdout, outcome.CpuMs, outcome.WallMs, outcome.PeakKb);
                }
                return new BatchResult(verdicts, null, null);
            }
            if (outcome.MemoryExceeded)
            {
                // The run's processes together passed the limit; which call did it cannot be told from outside.
                var (v, m) = ProcessVerdict(outcome, limits, beforeImport: false);
                foreach (var call in remaining)
                {
                    verdicts[call.Id] = new CallVerdict(null, v, m, stdout, outcome.CpuMs, outcome.WallMs, outcome.PeakKb);
                }
                return new BatchResult(verdicts, null, null);
            }
            var next = new List<PlannedCall>();
            var died = false;
            foreach (var call in remaining)
            {
                if (output.Calls.TryGetValue(call.Id, out var done) && !died)
                {
                    verdicts[call.Id] = new CallVerdict(done, null, null, stdout, outcome.CpuMs, outcome.WallMs, outcome.PeakKb);
                }
                else if (call.Id == output.Unfinished || (!died && output.Unfinished is null && !output.Done))
                {
                    var (v, m) = ProcessVerdict(outcome, limits, beforeImport: false);
                    verdicts[call.Id] = new CallVerdict(null, v, m, stdout, outcome.CpuMs, outcome.WallMs, outcome.PeakKb);
                    died = true;
                }
                else
                {
                    next.Add(call);
                }
            }
            if (!died && output.Done)
            {
                next.Clear();
            }
            remaining = next;
        }
        foreach (var call in remaining)
        {
            verdicts[call.Id] = new CallVerdict(null, Verdict.IE, "not run: the submission kept killing its process", "", 0, 0, 0);
        }
        return new BatchResult(verdicts, null, null);
    }

    /// <summary>The verdict of a process that died or was stopped: output, memory, waiting, time, or a crash (shared with the pandas judge).</summary>
    public static (Verdict, string) ProcessVerdict(SandboxOutcome o, SandboxLimits limits, bool beforeImport)
    {
        var tail = o.Stderr.Trim() is { Length: > 0 } err ? " — " + CallJudgement.Clip(err.Split('\n').Last(), 200) : "";
        if (o.ResultsExceeded)
        {
            return (Verdict.OLE, $"the result was larger than {limits.ResultBytes >> 20} MB");
        }
        if (o.ConsoleExceeded)
        {
            return (Verdict.OLE, $"printed more than {limits.ConsoleBytes / 1024} KB to stdout or stderr; remove debug prints");
        }
        if (o.MemoryExceeded)
        {
            return (Verdict.MLE, $"used more than {limits.MemoryBytes >> 20} MB of memory, all its processes and in-memory files counted together");
        }
        if (o.Waited)
        {
            return (Verdict.TLE, WaitingMessage(limits));
        }
        if (o.TimedOut || o.Signal == SigXcpu || (o.Signal == SigKill && o.CpuMs >= limits.CpuPerCallSeconds * 1000L))
        {
            return (Verdict.TLE, o.TimedOut && o.CpuMs < limits.CpuPerCallSeconds * 500L
                ? $"took longer than {limits.WallPerCall.TotalSeconds:0} s of wall time while using little CPU: is it sleeping or waiting?"
                : $"used more than {limits.CpuPerCallSeconds} s of CPU time: an infinite loop, or an algorithm too slow for the input");
        }
        if (o.PeakKb * 1024L >= limits.MemoryBytes || o.Stderr.Contains("MemoryError", StringComparison.Ordinal))
        {
            return (Verdict.MLE, $"used more than {limits.MemoryBytes >> 20} MB of memory");
        }
        if (beforeImport && o.ExitCode != 0 && o.Stderr.Contains("bwrap", StringComparison.Ordinal))
        {
            return (Verdict.IE, CallJudgement.Clip(o.Stderr.Trim(), 300));
        }
        var how = o.Signal != 0 ? $"was killed by signal {o.Signal}" : $"exited with code {o.ExitCode}";
        return (Verdict.RTE, $"the process {how} during the call{tail}");
    }

    private static string WaitingMessage(SandboxLimits limits) =>
        $"spent more than {limits.Waiting?.Allowance.TotalSeconds ?? 0:0} s of wall time waiting, not computing: is it sleeping or waiting?";

    private async Task<SandboxOutcome> RunProcessAsync(string source, IReadOnlyList<PlannedCall> calls, SandboxLimits limits, string nonce, CancellationToken ct,
        Func<string, bool>? divert)
    {
        var runDir = Path.Combine(judge.CacheDirectory("runs"), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(runDir);
        try
        {
            var solution = Path.Combine(runDir, "solution.py");
            await File.WriteAllTextAsync(solution, source, ct);
            var harnessCopy = Path.Combine(runDir, "harness.py");
            File.Copy(judge.HarnessPath, harnessCopy);
            var files = new List<SandboxFile> { new(harnessCopy, "harness.py"), new(solution, "solution.py") };
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var call in calls)
            {
                if (!inputs.ContainsKey(call.Input))
                {
                    var name = $"input{inputs.Count}.jsonl";
                    inputs[call.Input] = name;
                    files.Add(new SandboxFile(call.Input, name));
                }
            }
            var job = new JsonObject
            {
                ["module"] = sandbox.PathOf(runDir, "solution.py"),
                ["function"] = problem.Function,
                ["limits"] = new JsonObject
                {
                    ["cpu_seconds"] = limits.CpuSeconds,
                    ["cpu_per_call"] = limits.CpuPerCallSeconds,
                    ["memory_bytes"] = limits.MemoryBytes,
                    ["file_bytes"] = limits.FileBytes,
                    ["processes"] = limits.Processes,
                },
                ["calls"] = new JsonArray(calls.Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["input"] = sandbox.PathOf(runDir, inputs[c.Input]),
                    ["args"] = c.Args.DeepClone(),
                    ["keep_rows"] = c.KeepRows,
                }).ToArray()),
            };
            return await sandbox.RunAsync(runDir, files, nonce, job.ToJsonString(), limits, ct, divert);
        }
        finally
        {
            try
            {
                Directory.Delete(runDir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover run folder is harmless; the next cleanup removes it.
            }
        }
    }
}
