using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Comparison;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

/// <summary>
/// The grading of one submission: runs the example, hidden and fault cases against the reference's results, then hands the
/// re-run checks and the scale check to their collaborators.
/// </summary>
internal sealed class Submission
{
    private readonly PythonSandbox _sandbox;
    private readonly Problem _problem;
    private readonly TestsFile _tests;
    private readonly string _code;
    private readonly CallPlanner _planner;
    private readonly BatchRunner _runner;
    private readonly ReferenceResults _references;
    private readonly CallComparer _comparer;
    private readonly RerunChecker _rerun;
    private readonly ScaleRunner _scale;
    private readonly PythonJudge _judge;

    public Submission(PythonJudge judge, PythonSandbox sandbox, Problem problem, TestsFile tests, string code)
    {
        (_judge, _sandbox, _problem, _tests, _code) = (judge, sandbox, problem, tests, code);
        _planner = new CallPlanner(judge, problem, tests);
        _runner = new BatchRunner(judge, sandbox, problem, tests);
        _references = new ReferenceResults(judge, problem, tests, _runner);
        _comparer = new CallComparer(tests);
        _rerun = new RerunChecker(_runner, _planner, _references, _comparer, tests, code);
        _scale = new ScaleRunner(judge, _runner, _planner, _comparer, problem, tests, judge.Options, code);
    }

    public async Task<JudgeReport> GradeAsync(bool examplesOnly, CancellationToken ct, IProgress<JudgeProgress>? progress = null)
    {
        var groups = new List<(string Group, List<CaseSpec> Cases)> { (TestGroup.Example, _tests.Examples) };
        if (!examplesOnly)
        {
            groups.Add((TestGroup.Hidden, _tests.Hidden));
            groups.Add((TestGroup.Fault, _tests.Faults));
        }
        var caseTasks = groups.Where(g => g.Cases.Count > 0).Select(g => ReportedAsync(GradeCasesAsync(g.Group, g.Cases, ct), progress)).ToList();
        var rerunTask = !examplesOnly && _tests.Rerun is not null ? ReportedAsync(_rerun.CheckAsync(ct), progress) : Task.FromResult(new GroupResult([], null, null));
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
        string? scaleNote = null;
        if (!examplesOnly && _tests.Scale is not null)
        {
            if (WrongOnOrdinaryData(testResults))
            {
                // Timing an answer that is wrong on ordinary data says little and costs the longest part of a grading;
                // a fault or re-run failure alone still gets its scale run (the logic is right, its growth still matters).
                scaleNote = "scale: not run, since the examples or hidden cases fail; it runs once they pass";
            }
            else if (!ct.IsCancellationRequested)
            {
                var (scaleTest, summary) = await _scale.GradeAsync(ct);
                if (scaleTest is not null)
                {
                    testResults.Add(scaleTest);
                    progress?.Report(new JudgeProgress(scaleTest.Group, [scaleTest]));
                }
                scale = summary;
            }
        }
        var ordered = testResults.OrderBy(t => TestGroupOrder(t.Group)).ToList();
        return Report(JudgeReport.StatusOf(ordered), null, ordered, scale, scaleNote);
    }

    private static bool WrongOnOrdinaryData(IEnumerable<TestResult> tests) =>
        tests.Any(t => t.Group is TestGroup.Example or TestGroup.Hidden && t.Verdict != Verdict.AC);

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

    private JudgeReport Report(string status, string? message, IReadOnlyList<TestResult> results, ScaleSummary? scale, string? scaleNote = null)
    {
        var notes = new List<string>
        {
            _tests.Mode switch
            {
                CompareMode.Mapping => "compared as a mapping: same keys, equal values",
                CompareMode.Unordered => "compared in any order",
                _ => "compared in order",
            } + $"; floats equal within {_tests.Tolerance:0.##########} relative",
        };
        if (_sandbox.Warning is { } warning)
        {
            notes.Add(warning);
        }
        notes.AddRange(_sandbox.Gaps);
        if (scaleNote is not null)
        {
            notes.Add(scaleNote);
        }
        if (scale is not null && _scale.ReusedReferenceSizes > 0)
        {
            notes.Add($"scale: the reference's figures at {_scale.ReusedReferenceSizes} of {scale.Sizes.Count} sizes come from an earlier grading (its smallest size, measured again, agreed within {_judge.Options.ScaleCalibrationDrift:P0})");
        }
        return new JudgeReport
        {
            Problem = _problem.Id,
            Language = "python",
            Status = status,
            Message = message,
            Tests = results,
            Scale = scale,
            Notes = notes,
        };
    }

    private async Task<GroupResult> GradeCasesAsync(string group, List<CaseSpec> cases, CancellationToken ct)
    {
        var calls = cases.Select((c, i) => new PlannedCall($"{group[0]}{i}", _planner.Input(c), _planner.MergeArgs(c.Args))).ToList();
        var expectedTask = _references.GetAsync(calls, ct);
        var actual = await _runner.RunAsync(_code, calls, _runner.Limits, ct, candidate: true);
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
            // Examples are the cases the learner can see: every one shows its printed output, and a wrong answer its input.
            var example = group == TestGroup.Example;
            results.Add(Judge(name, group, call, expected.Results[calls[i].Id], example || i == 0, example ? calls[i].Input : null));
        }
        return new GroupResult(results, null, null);
    }

    private TestResult Judge(string name, string group, CallVerdict call, CallResult expected, bool showOutput, string? inputFile)
    {
        var (verdict, message) = CallJudgement.VerdictOf(call);
        if (verdict != Verdict.AC)
        {
            return CallJudgement.Test(name, group, verdict, message, call, true);
        }
        var comparison = _comparer.Compare(expected, call.Result!);
        if (comparison.Equal)
        {
            return CallJudgement.Test(name, group, Verdict.AC, null, call, showOutput);
        }
        return CallJudgement.Test(name, group, Verdict.WA, comparison.Difference, call, true) with
        {
            Details = new ValueDiffDetails { Expected = PythonRepr.Of(expected), Got = PythonRepr.Of(call.Result!), Input = inputFile is null ? null : InputPreview(inputFile) },
        };
    }

    /// <summary>
    /// The input file of every call a full grading makes of the candidate (examples, hidden, faults, the re-run input twice,
    /// each scale size and the empty one), for the benchmark's bare baseline.
    /// </summary>
    internal IReadOnlyList<string> InputsOfFullGrading()
    {
        var inputs = _tests.Examples.Concat(_tests.Hidden).Concat(_tests.Faults).Select(_planner.Input).ToList();
        if (_tests.Rerun is { } rerun && (rerun.Input ?? _tests.Hidden.FirstOrDefault() ?? _tests.Examples.FirstOrDefault()) is { } again)
        {
            inputs.Add(_planner.Input(again));
            inputs.Add(_planner.Input(again));
        }
        if (_tests.Scale is { } scale)
        {
            var dataset = scale.Generate.ToDataset();
            inputs.AddRange((_judge.Options.ScaleSizes ?? scale.Sizes).Prepend(0).Select(size => _planner.Generated(dataset.WithRows(size))));
        }
        return inputs;
    }

    /// <summary>The first rows of an input file as JSON lines ("(no rows)" when empty), at most 20 rows and 2,000 characters.</summary>
    internal static string InputPreview(string path)
    {
        const int MaxRows = 20;
        var lines = File.ReadLines(path).Take(MaxRows + 1).ToList();
        var text = string.Join('\n', lines.Take(MaxRows)) + (lines.Count > MaxRows ? "\n…" : "");
        return text.Length == 0 ? "(no rows)" : CallJudgement.Clip(text, 2000);
    }

    /// <summary>One scale-style run of the submission on an input (for benchmarks).</summary>
    internal Task<BatchResult> RunOnceAsync(string input, CancellationToken ct) => _scale.RunOnceAsync(input, ct);
}
