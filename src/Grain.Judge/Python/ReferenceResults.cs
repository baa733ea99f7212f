using System.Text;
using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>The reference solution's results for planned calls: from the cache under the data folder, or by running it once.</summary>
internal sealed class ReferenceResults(PythonJudge judge, Problem problem, TestsFile tests, BatchRunner runner)
{
    /// <summary>The reference's results for the calls, from the cache or by running it.</summary>
    public async Task<(IReadOnlyDictionary<string, CallResult> Results, string? Error)> GetAsync(IReadOnlyList<PlannedCall> calls, CancellationToken ct)
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
        var limits = runner.Limits with { CpuPerCallSeconds = Math.Max(10, tests.CpuSeconds * 4), CpuSeconds = 60 };
        var batch = await runner.RunAsync(reference, missing.Select(m => m.Call).ToList(), limits, ct);
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
