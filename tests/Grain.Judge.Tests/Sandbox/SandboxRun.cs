using System.Text.Json.Nodes;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Tests.Sandbox;

/// <summary>Runs a solution through the real harness in a real sandbox, outside the judge, with limits chosen by the test.</summary>
public static class SandboxRun
{
    private static readonly string Harness = Path.Combine(AppContext.BaseDirectory, "Python", "harness.py");

    /// <summary>What the run produced: the sandbox's outcome and the parsed result channel.</summary>
    public sealed record Result(SandboxOutcome Outcome, HarnessOutput Output, string Nonce);

    /// <summary>Runs <c>solve(rows)</c> from <paramref name="code"/> once per call on a one-row input.</summary>
    public static async Task<Result> RunAsync(string code, SandboxMode mode, SandboxLimits? limits = null, int calls = 1, string? parent = null)
    {
        var sandbox = new PythonSandbox(mode);
        limits ??= new SandboxLimits { CpuPerCallSeconds = 2, CpuSeconds = 2 * calls + 2, MemoryBytes = 256L << 20 };
        var runDir = Path.Combine(parent ?? Path.GetTempPath(), "grain-sandbox-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(runDir);
        try
        {
            File.WriteAllText(Path.Combine(runDir, "solution.py"), code);
            File.WriteAllText(Path.Combine(runDir, "input.jsonl"), "{\"x\": 1}\n");
            File.Copy(Harness, Path.Combine(runDir, "harness.py"));
            var files = new List<SandboxFile>
            {
                new(Path.Combine(runDir, "harness.py"), "harness.py"),
                new(Path.Combine(runDir, "solution.py"), "solution.py"),
                new(Path.Combine(runDir, "input.jsonl"), "input0.jsonl"),
            };
            var job = new JsonObject
            {
                ["module"] = sandbox.PathOf(runDir, "solution.py"),
                ["function"] = "solve",
                ["limits"] = new JsonObject
                {
                    ["cpu_seconds"] = limits.CpuSeconds,
                    ["cpu_per_call"] = limits.CpuPerCallSeconds,
                    ["memory_bytes"] = limits.MemoryBytes,
                    ["file_bytes"] = limits.FileBytes,
                    ["processes"] = limits.Processes,
                },
                ["calls"] = new JsonArray(Enumerable.Range(0, calls).Select(i => (JsonNode)new JsonObject
                {
                    ["id"] = "c" + i,
                    ["input"] = sandbox.PathOf(runDir, "input0.jsonl"),
                    ["args"] = new JsonObject(),
                    ["emit"] = true,
                }).ToArray()),
            };
            var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            var outcome = await sandbox.RunAsync(runDir, files, nonce, job.ToJsonString(), limits, CancellationToken.None);
            return new Result(outcome, HarnessOutput.Parse(outcome.Lines, nonce), nonce);
        }
        finally
        {
            Directory.Delete(runDir, recursive: true);
        }
    }

    /// <summary>The single value the first call returned, as JSON text, or a description of what happened instead.</summary>
    public static string Value(Result result) =>
        result.Output.Calls.TryGetValue("c0", out var call) && call.Result is { } r
            ? r.Kind == "scalar" ? r.Items[0]!.ToJsonString() : "[" + string.Join(",", r.Items.Select(i => i!.ToJsonString())) + "]"
            : $"no value: exit {result.Outcome.ExitCode}, signal {result.Outcome.Signal}, error {call?.Error}, stderr {result.Outcome.Stderr}";
}
