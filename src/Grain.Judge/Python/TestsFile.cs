using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Grain.Judge.Comparison;
using Grain.Judge.Datasets;

namespace Grain.Judge.Python;

/// <summary>A dataset to generate, as written in tests.yaml.</summary>
public sealed record GenerateSpec
{
    public required string Kind { get; init; }
    public long Rows { get; init; } = 1000;
    public int Seed { get; init; } = 1;
    public int Keys { get; init; } = 100;
    public int Days { get; init; } = 7;
    public bool SingleUser { get; init; }
    public Dictionary<string, JsonNode?>? Faults { get; init; }

    /// <summary>The generator's spec; a knob is a rate or <c>{rate, fields}</c>.</summary>
    public DatasetSpec ToDataset() => new()
    {
        Kind = Kind,
        Rows = Rows,
        Seed = Seed,
        Keys = Keys,
        Days = Days,
        SingleUser = SingleUser,
        Faults = (Faults ?? []).ToDictionary(f => f.Key, f => f.Value switch
        {
            JsonObject o => new FaultKnob(o["rate"]?.GetValue<double>() ?? 0.1, o["fields"]?.AsArray().Select(x => x!.GetValue<string>()).ToList()),
            JsonValue v => new FaultKnob(v.GetValue<double>()),
            _ => new FaultKnob(0.1),
        }),
    };
}

/// <summary>One case of tests.yaml: inline rows, a generated dataset or a file, and keyword arguments.</summary>
public sealed record CaseSpec
{
    public string Name { get; init; } = "";
    public JsonArray? Rows { get; init; }
    public GenerateSpec? Generate { get; init; }
    public string? File { get; init; }
    public JsonObject? Args { get; init; }
}

/// <summary>The scale check: a generator, the sizes, and arguments.</summary>
public sealed record ScaleSpec
{
    public required GenerateSpec Generate { get; init; }
    public List<long> Sizes { get; init; } = [20_000, 80_000, 320_000];
    public JsonObject? Args { get; init; }
}

/// <summary>Split re-run: the argument names of the range and where to split it.</summary>
public sealed record SplitSpec
{
    public required string Start { get; init; }
    public required string End { get; init; }
    public List<string> At { get; init; } = [];
}

/// <summary>Re-run checks: call twice in one process; split a range into pieces.</summary>
public sealed record RerunSpec
{
    public bool Twice { get; init; }
    public SplitSpec? Split { get; init; }
    public CaseSpec? Input { get; init; }
}

/// <summary>A Python problem's tests.yaml (the format is documented in docs/JUDGE.md).</summary>
public sealed record TestsFile
{
    public string Compare { get; init; } = "exact";
    public double Tolerance { get; init; } = 1e-9;
    public string? Memory { get; init; }
    public string? Time { get; init; }
    public int CpuSeconds { get; init; } = 2;
    public int MemoryMb { get; init; } = 512;
    public JsonObject? Args { get; init; }

    /// <summary>Mapping fields whose value only has to be a non-empty string (free-text messages).</summary>
    public List<string> NonemptyFields { get; init; } = [];

    /// <summary>A dict answer is accepted in place of a list: its values are compared.</summary>
    public bool MapValues { get; init; }

    public List<CaseSpec> Examples { get; init; } = [];
    public List<CaseSpec> Hidden { get; init; } = [];
    public List<CaseSpec> Faults { get; init; } = [];
    public ScaleSpec? Scale { get; init; }
    public RerunSpec? Rerun { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The comparison mode named by <see cref="Compare"/>.</summary>
    public CompareMode Mode => Compare switch
    {
        "mapping" => CompareMode.Mapping,
        "unordered" => CompareMode.Unordered,
        _ => CompareMode.Exact,
    };

    /// <summary>Reads tests.yaml; throws <see cref="FormatException"/> with a readable message when it is invalid.</summary>
    public static TestsFile Load(string path)
    {
        try
        {
            var node = YamlJson.Parse(System.IO.File.ReadAllText(path)) ?? new JsonObject();
            var file = node.Deserialize<TestsFile>(Options) ?? new TestsFile();
            if (file.Compare is not ("exact" or "unordered" or "mapping"))
            {
                throw new FormatException($"compare must be exact, unordered or mapping, not '{file.Compare}'");
            }
            if (file.Examples.Count == 0)
            {
                throw new FormatException("tests.yaml has no examples");
            }
            return file;
        }
        catch (Exception ex) when (ex is JsonException or YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }
}
