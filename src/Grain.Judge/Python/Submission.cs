using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Comparison;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

/// <summary>The grading of one submission: plans the calls, runs candidate and reference, compares.</summary>
internal sealed partial class Submission(PythonJudge judge, PythonSandbox sandbox, Problem problem, TestsFile tests, string code)
{
    private readonly ResultComparer _comparer = new(tests.Mode, tests.Tolerance);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, judge.Options.Parallelism));
    private readonly WaitBudget _waiting = new(WaitBudget.DefaultAllowance);

    private SandboxLimits Limits => new()
    {
        CpuPerCallSeconds = tests.CpuSeconds,
        CpuSeconds = tests.CpuSeconds * 4 + 2,
        MemoryBytes = (long)tests.MemoryMb << 20,
    };

    public async Task<JudgeReport> GradeAsync(bool examplesOnly, CancellationToken ct, IProgress<JudgeProgress>? progress = null)
    {
        var groups = new List<(string Group, List<CaseSpec> Cases)> { (TestGroup.Example, tests.Examples) };
        if (!examplesOnly)
        {
            groups.Add((TestGroup.Hidden, tests.Hidden));
            groups.Add((TestGroup.Fault, tests.Faults));
        }
        var caseTasks = groups.Where(g => g.Cases.Count > 0).Select(g => ReportedAsync(GradeCasesAsync(g.Group, g.Cases, ct), progress)).ToList();
        var rerunTask = !examplesOnly && tests.Rerun is not null ? ReportedAsync(GradeRerunAsync(ct), progress) : Task.FromResult(new GroupResult([], null, null));
        var results = await Task.WhenAll(caseTasks.Append(rerunTask));
        if (results.FirstOrDefault(r => r.InternalError is not null) is { } broken)
        {
            return Report(JudgeStatus.Error, broken.InternalError, [], null);
        }
        if (results.FirstOrDefault(r => r.CompileError is not null) is { CompileError: { } ce })
        {
            var where = ce.Line is { } line ? $" (line {line})" : "";
            var message = ce.Type == "SyntaxError" ? $"syntax error{where}: {ce.Message}"
                : ce.Type == "missing" ? ce.Message
                : $"{ce.Message}{where}";
            return Report(JudgeStatus.Error, message, [], null);
        }
        var testResults = results.SelectMany(r => r.Tests).ToList();
        ScaleSummary? scale = null;
        if (!examplesOnly && tests.Scale is not null && !ct.IsCancellationRequested)
        {
            var (scaleTest, summary) = await GradeScaleAsync(ct);
            if (scaleTest is not null)
            {
                testResults.Add(scaleTest);
                progress?.Report(new JudgeProgress(scaleTest.Group, [scaleTest]));
            }
            scale = summary;
        }
        var ordered = testResults.OrderBy(t => TestGroupOrder(t.Group)).ToList();
        return Report(JudgeReport.StatusOf(ordered), null, ordered, scale);
    }

    /// <summary>Tells <paramref name="progress"/> a group's tests as soon as they are graded.</summary>
    private static async Task<GroupResult> ReportedAsync(Task<GroupResult> grading, IProgress<JudgeProgress>? progress)
    {
        var result = await grading;
        if (progress is not null && result is { CompileError: null, InternalError: null, Tests.Count: > 0 })
        {
            progress.Report(new JudgeProgress(result.Tests[0].Group, result.Tests));
        }
        return result;
    }

    private static int TestGroupOrder(string group) => TestGroup.All.ToList().IndexOf(group) is var i and >= 0 ? i : 99;

    private JudgeReport Report(string status, string? message, IReadOnlyList<TestResult> results, ScaleSummary? scale)
    {
        var notes = new List<string>
        {
            tests.Mode switch
            {
                CompareMode.Mapping => "compared as a mapping: same keys, equal values",
                CompareMode.Unordered => "compared in any order",
                _ => "compared in order",
            } + $"; floats equal within {tests.Tolerance:0.##########} relative",
        };
        if (sandbox.Warning is { } warning)
        {
            notes.Add(warning);
        }
        notes.AddRange(sandbox.Gaps);
        return new JudgeReport
        {
            Problem = problem.Id,
            Language = "python",
            Status = status,
            Message = message,
            Tests = results,
            Scale = scale,
            Notes = notes,
        };
    }

    /// <summary>The result of grading a group of cases.</summary>
    private sealed record GroupResult(IReadOnlyList<TestResult> Tests, HarnessError? CompileError, string? InternalError);

    private async Task<GroupResult> GradeCasesAsync(string group, List<CaseSpec> cases, CancellationToken ct)
    {
        var calls = cases.Select((c, i) => new PlannedCall($"{group[0]}{i}", Input(c), MergeArgs(c.Args))).ToList();
        var expectedTask = ExpectedAsync(calls, ct);
        var actual = await RunBatchAsync(code, calls, Limits, ct, candidate: true);
        var expected = await expectedTask;
        if (expected.Error is { } error)
        {
            return new GroupResult([], null, error);
        }
        if (actual.CompileError is not null || actual.InternalError is not null)
        {
            return new GroupResult([], actual.CompileError, actual.InternalError);
        }
        var results = new List<TestResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(cases[i].Name) ? $"{group} {i + 1}" : cases[i].Name;
            var call = actual.Calls[calls[i].Id];
            results.Add(Judge(name, group, call, expected.Results[calls[i].Id], i == 0));
        }
        return new GroupResult(results, null, null);
    }

    private TestResult Judge(string name, string group, CallVerdict call, CallResult expected, bool showOutput)
    {
        var (verdict, message) = VerdictOf(call);
        if (verdict != Verdict.AC)
        {
            return Test(name, group, verdict, message, call, true);
        }
        var comparison = Compare(expected, call.Result!);
        if (comparison.Equal)
        {
            return Test(name, group, Verdict.AC, null, call, showOutput);
        }
        return Test(name, group, Verdict.WA, comparison.Difference, call, true) with
        {
            Details = new ValueDiffDetails { Expected = PythonRepr.Of(expected), Got = PythonRepr.Of(call.Result!) },
        };
    }

    private Comparison.Comparison Compare(CallResult expected, CallResult actual) =>
        _comparer.Compare(ResultNormalizer.Normalize(expected, tests, true), ResultNormalizer.Normalize(actual, tests, expected.IsSequence));

    private static (Verdict, string?) VerdictOf(CallVerdict call)
    {
        if (call.Forced is { } forced)
        {
            return (forced, call.Message);
        }
        if (call.Outcome?.Error is { } e)
        {
            var where = e.Line is { } line ? $" at line {line}" : "";
            return e.Kind switch
            {
                "memory" => (Verdict.MLE, $"MemoryError{where}: the function ran out of memory"),
                "output" => (Verdict.WA, $"{e.Message}; return only None, bool, int, float, str, list, tuple, dict (or a view or generator of them)"),
                "exit" => (Verdict.RTE, $"the function called exit(){where}"),
                _ => (Verdict.RTE, $"{e.Type}{where}: {e.Message}".TrimEnd(' ', ':')),
            };
        }
        return (Verdict.AC, null);
    }

    private static TestResult Test(string name, string group, Verdict verdict, string? message, CallVerdict? call, bool showOutput) => new()
    {
        Name = name,
        Group = group,
        Status = verdict == Verdict.AC ? JudgeStatus.Pass : verdict == Verdict.IE ? JudgeStatus.Error : JudgeStatus.Fail,
        Verdict = verdict,
        Message = message,
        Output = showOutput && call is { Stdout.Length: > 0 } ? Clip(call.Stdout, 500) : null,
        CpuMs = call?.CpuMs ?? 0,
        WallMs = call?.WallMs ?? 0,
        PeakKb = call?.PeakKb ?? 0,
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private JsonObject MergeArgs(JsonObject? args)
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
