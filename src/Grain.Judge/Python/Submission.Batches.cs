using System.Text;
using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Judge.Comparison;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

internal sealed partial class Submission
{
    private const int SigXcpu = 24;
    private const int SigKill = 9;

    /// <summary>Runs the calls in harness processes; a call that kills its process gets a verdict and the rest run in a new one.</summary>
    /// <remarks>With a <paramref name="digest"/>, result items are summarised as they stream in instead of kept (scale runs).</remarks>
    /// <remarks><paramref name="candidate"/> marks the candidate's runs, the only ones that spend its waiting budget (by role,
    /// not by text: a candidate may submit the reference's own code).</remarks>
    private async Task<BatchResult> RunBatchAsync(string source, IReadOnlyList<PlannedCall> calls, SandboxLimits limits, CancellationToken ct, OutputDigest? digest = null, bool candidate = false)
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
    internal static (Verdict, string) ProcessVerdict(SandboxOutcome o, SandboxLimits limits, bool beforeImport)
    {
        var tail = o.Stderr.Trim() is { Length: > 0 } err ? " — " + Clip(err.Split('\n').Last(), 200) : "";
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
            return (Verdict.IE, Clip(o.Stderr.Trim(), 300));
        }
        var how = o.Signal != 0 ? $"was killed by signal {o.Signal}" : $"exited with code {o.ExitCode}";
        return (Verdict.RTE, $"the process {how} during the call{tail}");
    }

    private static string WaitingMessage(SandboxLimits limits) =>
        $"spent more than {limits.Waiting?.Allowance.TotalSeconds ?? 0:0} s of wall time waiting, not computing: is it sleeping or waiting?";


    /// <summary>
    /// Feeds a call's items to the digest; the host hashes them itself, so a run can only match the reference by producing its
    /// output. Lines are queued and digested on another thread, so a slow digest never holds up the reader of the channel.
    /// </summary>
    private sealed class DigestFeed(string nonce, OutputDigest digest)
    {
        private readonly System.Threading.Channels.Channel<string> _queue = System.Threading.Channels.Channel.CreateUnbounded<string>(
            new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        private readonly string _prefix = nonce + " ";
        private Task<bool>? _consumer;

        /// <summary>Takes the item and begin lines of the run (begin lines are also kept for the parser).</summary>
        public bool Divert(string line)
        {
            if (!line.StartsWith(_prefix, StringComparison.Ordinal) || line.Length < _prefix.Length + 2 || line[_prefix.Length + 1] != ' ')
            {
                return false;
            }
            var tag = line[_prefix.Length];
            if (tag is not ('I' or 'P' or 'V' or 'B'))
            {
                return false;
            }
            _consumer ??= Task.Run(ConsumeAsync);
            _queue.Writer.TryWrite(line);
            return tag != 'B';
        }

        /// <summary>Waits until every queued line is digested; false when one could not be read (a forged item).</summary>
        public async Task<bool> FinishAsync()
        {
            _queue.Writer.TryComplete();
            return _consumer is null || await _consumer;
        }

        private async Task<bool> ConsumeAsync()
        {
            var ok = true;
            await foreach (var line in _queue.Reader.ReadAllAsync())
            {
                var tag = line[_prefix.Length];
                if (tag == 'B')
                {
                    digest.Reset();
                    continue;
                }
                try
                {
                    digest.Add(tag.ToString(), line[(_prefix.Length + 2)..]);
                }
                catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
                {
                    ok = false;
                }
            }
            return ok;
        }
    }

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

    /// <summary>The reference's results for the calls, from the cache or by running it.</summary>
    private async Task<(IReadOnlyDictionary<string, CallResult> Results, string? Error)> ExpectedAsync(IReadOnlyList<PlannedCall> calls, CancellationToken ct)
    {
        var reference = await File.ReadAllTextAsync(Path.Combine(problem.Directory, problem.ReferenceFile), ct);
        var refHash = PythonJudge.Hash(reference);
        var dir = judge.CacheDirectory("expected");
        var results = new Dictionary<string, CallResult>(StringComparer.Ordinal);
        var missing = new List<(PlannedCall Call, string File)>();
        foreach (var call in calls)
        {
            var key = PythonJudge.Hash($"{refHash}|{judge.HarnessHash}|{problem.Function}|{Path.GetFileName(call.Input)}|{call.Args.ToJsonString()}");
            var file = Path.Combine(dir, key + ".json");
            if (File.Exists(file) && JsonNode.Parse(await File.ReadAllTextAsync(file, ct)) is JsonObject cached)
            {
                results[call.Id] = new CallResult(cached["kind"]!.GetValue<string>(), cached["items"]!.AsArray().Select(n => n?.DeepClone()).ToList());
            }
            else
            {
                missing.Add((call, file));
            }
        }
        if (missing.Count == 0)
        {
            return (results, null);
        }
        var limits = Limits with { CpuPerCallSeconds = Math.Max(10, tests.CpuSeconds * 4), CpuSeconds = 60 };
        var batch = await RunBatchAsync(reference, missing.Select(m => m.Call).ToList(), limits, ct);
        foreach (var (call, file) in missing)
        {
            if (batch.CompileError is { } ce)
            {
                return (results, $"the reference solution does not load: {ce.Message}");
            }
            var verdict = batch.Calls[call.Id];
            if (verdict.Result is not { } result)
            {
                return (results, $"the reference solution failed on a case: {verdict.Message ?? verdict.Outcome?.Error?.Message}");
            }
            results[call.Id] = result;
            var json = new JsonObject { ["kind"] = result.Kind, ["items"] = new JsonArray(result.Items.Select(n => n?.DeepClone()).ToArray()) };
            var temp = file + "." + Guid.NewGuid().ToString("N")[..8];
            await File.WriteAllTextAsync(temp, json.ToJsonString(), Encoding.UTF8, ct);
            File.Move(temp, file, overwrite: true);
        }
        return (results, null);
    }
}
