using System.Text.Json.Serialization;
using Grain.Core.Judging.Details;

namespace Grain.Core.Judging;

/// <summary>The groups a test belongs to.</summary>
public static class TestGroup
{
    public const string Example = "example";
    public const string Hidden = "hidden";
    public const string Fault = "fault";
    public const string Scale = "scale";
    public const string Rerun = "rerun";
    public const string Plan = "plan";

    /// <summary>Groups in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> All = [Example, Hidden, Fault, Scale, Rerun, Plan];
}

/// <summary>The status words of the result contract: pass, fail, error.</summary>
public static class JudgeStatus
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string Error = "error";
}

/// <summary>One test of a judged submission (DESIGN.md §5).</summary>
public sealed record TestResult
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("group")] public required string Group { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("verdict")][JsonConverter(typeof(JsonStringEnumConverter<Verdict>))] public required Verdict Verdict { get; init; }
    [JsonPropertyName("message")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Message { get; init; }
    [JsonPropertyName("output")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Output { get; init; }
    [JsonPropertyName("cpu_ms")] public long CpuMs { get; init; }
    [JsonPropertyName("wall_ms")] public long WallMs { get; init; }
    [JsonPropertyName("peak_kb")] public long PeakKb { get; init; }

    /// <summary>Structured detail for rich views (row diff, plans, scale series, expected and got values); optional.</summary>
    [JsonPropertyName("details")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TestDetails? Details { get; init; }
}

/// <summary>How the candidate's time and memory grew with input size.</summary>
public sealed record ScaleSummary
{
    [JsonPropertyName("sizes")] public required IReadOnlyList<long> Sizes { get; init; }
    [JsonPropertyName("time_exponent")] public double? TimeExponent { get; init; }
    [JsonPropertyName("memory_bytes_per_item")] public double? MemoryBytesPerItem { get; init; }
    [JsonPropertyName("reference_time_exponent")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? ReferenceTimeExponent { get; init; }
    [JsonPropertyName("reference_memory_bytes_per_item")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? ReferenceMemoryBytesPerItem { get; init; }
    [JsonPropertyName("cpu_ms")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<long>? CpuMs { get; init; }
    [JsonPropertyName("peak_kb")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<long>? PeakKb { get; init; }
}

/// <summary>The result of judging one submission: the contract shared by the CLI, the API and the web app.</summary>
public sealed record JudgeReport
{
    [JsonPropertyName("version")] public int Version { get; init; } = 1;
    [JsonPropertyName("problem")] public required string Problem { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("message")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Message { get; init; }
    [JsonPropertyName("tests")] public IReadOnlyList<TestResult> Tests { get; init; } = [];
    [JsonPropertyName("scale")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ScaleSummary? Scale { get; init; }

    /// <summary>Comparison rules and other notes the user should see with the result (SQL rules, sandbox mode).</summary>
    [JsonPropertyName("notes")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>The exit code of <c>grain judge</c> for this report: 0 pass, 1 fail, 2 error.</summary>
    public int ExitCode => Status switch
    {
        JudgeStatus.Pass => 0,
        JudgeStatus.Fail => 1,
        _ => 2,
    };

    /// <summary>Builds the overall status from the tests: pass only when every test passed.</summary>
    public static string StatusOf(IEnumerable<TestResult> tests) =>
        tests.All(t => t.Verdict == Verdict.AC) ? JudgeStatus.Pass : JudgeStatus.Fail;
}
