using System.Text;
using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Judge.Datasets;

namespace Grain.Judge.Python;

/// <summary>Plans a submission's calls: each case's input file (written once to the cache) and its arguments.</summary>
internal sealed class CallPlanner(PythonJudge judge, Problem problem, TestsFile tests)
{
    /// <summary>The JSONL file of a case, written to the cache folder under a name derived from its content.</summary>
    public string Input(CaseSpec spec)
    {
        var dir = judge.CacheDirectory("inputs");
        if (spec.Generate is { } generate)
        {
            return Generated(generate.ToDataset());
        }
        if (spec.File is { } relative)
        {
            var full = Path.GetFullPath(Path.Combine(problem.Directory, relative));
            if (!full.StartsWith(problem.Directory, StringComparison.Ordinal) || !File.Exists(full))
            {
                throw new FormatException($"case '{spec.Name}': file '{relative}' not found in the problem folder");
            }
            var bytes = File.ReadAllBytes(full);
            return Cached(dir, "file-" + PythonJudge.Hash(bytes), bytes);
        }
        var text = new StringBuilder();
        foreach (var row in spec.Rows ?? [])
        {
            text.Append(row?.ToJsonString() ?? "null").Append('\n');
        }
        var content = Encoding.UTF8.GetBytes(text.ToString());
        return Cached(dir, "rows-" + PythonJudge.Hash(content), content);
    }

    /// <summary>A generated dataset's file, generated once and then reused.</summary>
    public string Generated(DatasetSpec spec)
    {
        var path = Path.Combine(judge.CacheDirectory("inputs"), $"gen{DatasetGenerator.Version}-{PythonJudge.Hash(spec.CacheKey())}.jsonl");
        if (!File.Exists(path))
        {
            DatasetGenerator.WriteFile(spec, path);
        }
        return path;
    }

    private static string Cached(string dir, string name, byte[] content)
    {
        var path = Path.Combine(dir, name + ".jsonl");
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        return path;
    }

    /// <summary>The rows of an input in the harness's canonical form (objects as mappings), to check for mutation.</summary>
    public static List<JsonNode?> CanonicalRows(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => Canonical(JsonNode.Parse(l))).ToList();

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject { ["$map"] = new JsonArray(o.Select(kv => (JsonNode)new JsonArray(JsonValue.Create(kv.Key), Canonical(kv.Value))).ToArray()) },
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>The problem-wide arguments with a case's own on top.</summary>
    public JsonObject MergeArgs(JsonObject? args)
    {
        var merged = new JsonObject();
        foreach (var source in new[] { tests.Args, args })
        {
            foreach (var (key, value) in source ?? [])
            {
                merged[key] = value?.DeepClone();
            }
        }
        return merged;
    }
}
