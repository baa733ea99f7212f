using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Judge.Scale;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Pandas;

/// <summary>Settings of the pandas judge.</summary>
public sealed record PandasJudgeOptions
{
    /// <summary>The content library holding the problems.</summary>
    public required ContentLibrary Library { get; init; }

    /// <summary>The data folder: run folders go under <c>judge/pandas-runs</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>How submissions are isolated.</summary>
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>The interpreter to use instead of searching for one (tests).</summary>
    public PandasInstall? Install { get; init; }

    /// <summary>The interpreter to try first (the judge settings' <c>GRAIN_PYTHON</c>); null tries <c>python3</c> and <c>/usr/bin/python3</c>.</summary>
    public string? Python { get; init; }

    /// <summary>Rows of the scale group's ladder; empty turns the group off (fast tests).</summary>
    public IReadOnlyList<long> ScaleSizes { get; init; } = [20_000, 80_000, 320_000];
}

/// <summary>
/// Grades pandas answers to SQL problems: <c>solution(**tables)</c> runs in the Python sandbox on every case's tables, and the
/// frame it returns is compared in C#, under the problem's rules, with the SQL reference's result computed on SQLite.
/// </summary>
public sealed partial class PandasJudge : IJudge
{
    private const string HarnessName = "pandas_harness.py";
    private readonly SqlJudge _sql;
    private readonly PandasJudgeOptions _options;
    private readonly Lazy<PandasInstall?> _install;
    private readonly Lazy<PythonSandbox> _sandbox;
    private readonly PandasTableFiles _tables;

    /// <summary>Creates the judge; datasets and expected results come from the SQL judge (its SQLite engine).</summary>
    public PandasJudge(SqlJudge sql, PandasJudgeOptions options)
    {
        _sql = sql;
        _options = options;
        _install = new Lazy<PandasInstall?>(() => options.Install ?? PandasInstall.Find(options.Python));
        _tables = new PandasTableFiles(sql, Path.Combine(options.DataDirectory, "judge", "pandas-tables"));
        _sandbox = new Lazy<PythonSandbox>(() => new PythonSandbox(options.Sandbox, _install.Value!.Python));
    }

    public string Language => "pandas";

    /// <summary>The interpreter that imports pandas, or null when this machine has none (pandas problems are then hidden, not broken).</summary>
    public PandasInstall? Install => _install.Value;

    public async Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default)
    {
        if (_options.Library.Find<Problem>(request.ProblemId) is not { } problem || !PandasProblems.Accepts(problem))
        {
            return Error(request.ProblemId, $"no pandas problem with id '{request.ProblemId}' (pandas answers SQL problems that have a {PandasProblems.ReferenceFile})");
        }
        if (_install.Value is null)
        {
            return Error(problem.Id, PandasInstall.HowToInstall);
        }
        SqlTestSuite suite;
        DatasetDefinition dataset;
        try
        {
            suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            dataset = _sql.Catalog.Get(suite.Dataset);
        }
        catch (Exception ex) when (ex is SqlSuiteException or DatasetException)
        {
            return Error(problem.Id, ex.Message + " (the problem's tests are broken)");
        }
        if (suite.Kind != SqlProblemKind.Query || suite.Plan.Any)
        {
            return Error(problem.Id, $"{problem.Id} checks a query plan or a script, which a DataFrame answer cannot show");
        }
        PythonSandbox sandbox;
        try
        {
            sandbox = _sandbox.Value;
        }
        catch (SandboxUnavailableException ex)
        {
            return Error(problem.Id, ex.Message);
        }
        try
        {
            return await GradeAsync(problem, suite, dataset, sandbox, request, cancellationToken);
        }
        catch (Exception ex) when (ex is DatasetException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Error(problem.Id, "the judge failed: " + ex.Message);
        }
    }

    private async Task<JudgeReport> GradeAsync(Problem problem, SqlTestSuite suite, DatasetDefinition dataset, PythonSandbox sandbox, JudgeRequest request, CancellationToken ct)
    {
        var reference = SqlJudge.ReferenceFor(problem, "sqlite");
        var rules = SqlJudge.RulesFor(suite, reference, Sql.Safety.SqlDialect.Sqlite);
        var cases = suite.Cases.Where(c => !request.ExamplesOnly || c.Group == TestGroup.Example).Select(_sql.ScaledCase).ToList();
        var expected = new List<ResultSet>();
        foreach (var testCase in cases)
        {
            var run = await _sql.ReferenceResultAsync(problem, suite, testCase, ct);
            if (!run.Succeeded)
            {
                return Error(problem.Id, $"the SQL reference failed on {testCase.Data.Describe()}: {run.Error}");
            }
            expected.Add(run.Result!);
        }
        // The re-run check repeats the first hidden case (the example when only examples run is not a re-run test).
        var rerunIndex = request.ExamplesOnly ? -1 : cases.FindIndex(c => c.Group == TestGroup.Hidden);
        var planned = cases.Select((c, i) => new PlannedCall(Id(i), c.Data, Rerun: i == rerunIndex, Scale: false)).ToList();
        var (outcome, output, nonce, limits) = await RunAsync(sandbox, dataset, planned, request.Code, ct);
        if (output.InternalError is { } ie)
        {
            return Error(problem.Id, ie + ". " + PandasInstall.HowToInstall);
        }
        if (output.CompileError is { } ce)
        {
            var where = ce.Line is { } line ? $" (line {line})" : "";
            return Error(problem.Id, ce.Type == "SyntaxError" ? $"syntax error{where}: {ce.Message}" : ce.Type == "missing" ? ce.Message : $"{ce.Message}{where}");
        }
        var tests = new List<TestResult>();
        var unfinished = PandasOutput.Unfinished(outcome.Lines, nonce, output);
        var died = false;
        for (var i = 0; i < cases.Count; i++)
        {
            var name = cases[i].Name;
            if (output.Forged)
            {
                tests.Add(Test(name, cases[i].Group, Verdict.WA, "the submission wrote to the judge's result channel, so its results cannot be trusted", outcome));
            }
            else if (output.Calls.TryGetValue(Id(i), out var call))
            {
                tests.Add(Compare(cases[i], expected[i], call, rules, dataset, outcome));
            }
            else if (!died && (!output.Ready || unfinished == Id(i) || unfinished is null))
            {
                var (verdict, message) = BatchRunner.ProcessVerdict(outcome, limits, beforeImport: !output.Ready);
                if (verdict == Verdict.IE)
                {
                    return Error(problem.Id, "the sandbox did not start the harness: " + message);
                }
                tests.Add(Test(name, cases[i].Group, verdict, message, outcome));
                died = true;
            }
            else
            {
                tests.Add(Test(name, cases[i].Group, Verdict.RTE, "not run: an earlier case stopped the process", outcome));
            }
        }
        if (!request.ExamplesOnly && RerunTest(output, rerunIndex) is { } rerun)
        {
            tests.Add(rerun);
        }
        ScaleSummary? scale = null;
        // Hidden data given as fixed CSV files has no size to grow: such a problem has no scale group.
        var scalable = dataset.Generator != SqlDatasets.Generators.CsvHiddenData.GeneratorId;
        if (!request.ExamplesOnly && scalable && _options.ScaleSizes.Count > 0 && tests.All(t => t.Verdict == Verdict.AC))
        {
            var (scaleTest, summary) = await ScaleAsync(problem, dataset, sandbox, request.Code, ct);
            tests.Add(scaleTest);
            scale = summary;
        }
        return new JudgeReport
        {
            Problem = problem.Id,
            Language = Language,
            Status = JudgeReport.StatusOf(tests),
            Tests = tests,
            Scale = scale,
            Notes = scalable || request.ExamplesOnly ? Notes(suite, rules, sandbox)
                : [.. Notes(suite, rules, sandbox), "no scale group: this dataset's hidden data is a fixed set of CSV files, which cannot grow"],
        };
    }

    /// <summary>One call of a run: its data, and whether it is the re-run case or a timed scale call.</summary>
    private sealed record PlannedCall(string Id, DatasetRef Data, bool Rerun, bool Scale);

    private static string Id(int index) => "c" + index;

    /// <summary>Runs the calls in one sandboxed harness process, in a run folder of its own that is removed afterwards.</summary>
    private async Task<(SandboxOutcome Outcome, PandasOutput Output, string Nonce, SandboxLimits Limits)> RunAsync(
        PythonSandbox sandbox, DatasetDefinition dataset, IReadOnlyList<PlannedCall> planned, string code, CancellationToken ct)
    {
        var runDir = Path.Combine(_options.DataDirectory, "judge", "pandas-runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(runDir);
        try
        {
            var harness = Path.Combine(runDir, "harness.py");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Pandas", HarnessName), harness);
            var solution = Path.Combine(runDir, "solution.py");
            await File.WriteAllTextAsync(solution, code, ct);
            var files = new List<SandboxFile> { new(harness, "harness.py"), new(solution, "solution.py") };
            var bound = new Dictionary<string, string>(StringComparer.Ordinal);
            var calls = new JsonArray();
            foreach (var call in planned)
            {
                if (!bound.TryGetValue(call.Data.Key, out var prefix))
                {
                    prefix = bound[call.Data.Key] = "d" + bound.Count;
                    var tables = await _tables.GetAsync(dataset, call.Data, ct);
                    foreach (var table in dataset.Tables)
                    {
                        files.Add(new SandboxFile(tables[table.Name], $"{prefix}_{table.Name}.jsonl"));
                    }
                }
                calls.Add(new JsonObject
                {
                    ["id"] = call.Id,
                    ["rerun"] = call.Rerun,
                    ["scale"] = call.Scale,
                    ["tables"] = new JsonArray(dataset.Tables.Select(t => (JsonNode)new JsonObject
                    {
                        ["name"] = t.Name,
                        ["file"] = sandbox.PathOf(runDir, $"{prefix}_{t.Name}.jsonl"),
                    }).ToArray()),
                });
            }
            var limits = new SandboxLimits
            {
                // Importing pandas and reading a case's tables happen inside a call's window: they count against its share.
                CpuPerCallSeconds = 6,
                CpuSeconds = 6 * (planned.Count + 1) + 4,
                MemoryBytes = 1024L << 20,
            };
            var schema = new JsonObject();
            foreach (var table in dataset.Tables)
            {
                schema[table.Name] = new JsonArray(table.Columns.Select(c => (JsonNode)new JsonArray(c.Name, PandasProblems.Dtype(c))).ToArray());
            }
            var job = new JsonObject
            {
                ["module"] = sandbox.PathOf(runDir, "solution.py"),
                ["function"] = PandasProblems.Function,
                ["paths"] = new JsonArray(_install.Value!.Paths.Select(p => (JsonNode)p).ToArray()),
                ["schema"] = schema,
                ["limits"] = new JsonObject
                {
                    ["cpu_seconds"] = limits.CpuSeconds,
                    ["cpu_per_call"] = limits.CpuPerCallSeconds,
                    ["memory_bytes"] = limits.MemoryBytes,
                    ["file_bytes"] = limits.FileBytes,
                    ["processes"] = limits.Processes,
                },
                ["calls"] = calls,
            };
            var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            var outcome = await sandbox.RunAsync(runDir, files, nonce, job.ToJsonString(), limits, ct);
            return (outcome, PandasOutput.Parse(outcome.Lines, nonce), nonce, limits);
        }
        finally
        {
            try
            {
                Directory.Delete(runDir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover run folder holds only this run's data; the next cleanup of the data folder removes it.
            }
        }
    }

    /// <summary>How much slower than the vectorised reference a candidate may be at the largest size.</summary>
    internal const double SlowerLimit = 5;

    /// <summary>How much more memory than the reference's peak growth a candidate may take.</summary>
    internal const double MemoryLimit = 3;

    // Below these differences a ratio is noise (a few milliseconds, a few pages), whatever it says.
    private const long SlowerFloorMs = 100;
    private const long MemoryFloorKb = 32 * 1024;
    private const int ScaleSeed = 7;

    /// <summary>
    /// The scale group: candidate and pandas reference on the same growing datasets, each in its own process, timed per call.
    /// Fails when the candidate is more than <see cref="SlowerLimit"/>× slower at the largest size, or its memory grows more
    /// than <see cref="MemoryLimit"/>× the reference's.
    /// </summary>
    private async Task<(TestResult Test, ScaleSummary? Summary)> ScaleAsync(Problem problem, DatasetDefinition dataset, PythonSandbox sandbox, string code, CancellationToken ct)
    {
        const string name = "scale: against the vectorised reference";
        var sizes = _options.ScaleSizes;
        var planned = sizes.Select((n, i) => new PlannedCall("s" + i, new DatasetRef(dataset.Id, n, ScaleSeed, []), Rerun: false, Scale: true)).ToList();
        var reference = await File.ReadAllTextAsync(Path.Combine(problem.Directory, PandasProblems.ReferenceFile), ct);
        var referenceRun = await RunAsync(sandbox, dataset, planned, reference, ct);
        var candidateRun = await RunAsync(sandbox, dataset, planned, code, ct);
        if (planned.Any(c => referenceRun.Output.Calls.GetValueOrDefault(c.Id) is not { Error: null }))
        {
            var failed = planned.First(c => referenceRun.Output.Calls.GetValueOrDefault(c.Id) is not { Error: null });
            var (_, reason) = referenceRun.Output.Calls.GetValueOrDefault(failed.Id)?.Error is { } error ? (Verdict.RTE, $"{error.Type}: {error.Message}")
                : BatchRunner.ProcessVerdict(referenceRun.Outcome, referenceRun.Limits, beforeImport: false);
            return (Rerun(name, Verdict.IE, $"the pandas reference did not finish the scale sizes (at {failed.Data.Size:N0} rows: {reason})") with { Group = TestGroup.Scale, Status = JudgeStatus.Error }, null);
        }
        var points = new List<(long Size, PandasCall Candidate, PandasCall Reference)>();
        foreach (var call in planned)
        {
            var done = candidateRun.Output.Calls.GetValueOrDefault(call.Id);
            if (done is not { Error: null })
            {
                var (verdict, why) = done?.Error is { } e ? (Verdict.RTE, $"{e.Type}: {e.Message}")
                    : BatchRunner.ProcessVerdict(candidateRun.Outcome, candidateRun.Limits, beforeImport: false);
                return (Rerun(name, verdict, $"at {call.Data.Size:N0} rows: {why}. Row-wise apply(axis=1), iterrows or Python loops over rows grow far faster than column operations")
                    with
                { Group = TestGroup.Scale }, null);
            }
            points.Add((call.Data.Size!.Value, done, referenceRun.Output.Calls[call.Id]));
        }
        var fit = ScaleAnalysis.Fit(points.Select(p => new ScalePoint(p.Size, p.Candidate.CpuMs, p.Candidate.PeakKb)).ToList());
        var referenceFit = ScaleAnalysis.Fit(points.Select(p => new ScalePoint(p.Size, p.Reference.CpuMs, p.Reference.PeakKb)).ToList());
        var summary = new ScaleSummary
        {
            Sizes = sizes,
            TimeExponent = double.IsFinite(fit.TimeExponent) ? Math.Round(fit.TimeExponent, 2) : null,
            MemoryBytesPerItem = double.IsFinite(fit.BytesPerItem) ? Math.Round(fit.BytesPerItem, 1) : null,
            ReferenceTimeExponent = double.IsFinite(referenceFit.TimeExponent) ? Math.Round(referenceFit.TimeExponent, 2) : null,
            ReferenceMemoryBytesPerItem = double.IsFinite(referenceFit.BytesPerItem) ? Math.Round(referenceFit.BytesPerItem, 1) : null,
            CpuMs = points.Select(p => p.Candidate.CpuMs).ToList(),
            PeakKb = points.Select(p => p.Candidate.PeakKb).ToList(),
        };
        var (size, candidate, vectorised) = points[^1];
        var message = ScaleFailure(size, candidate.CpuMs, vectorised.CpuMs, candidate.PeakKb, vectorised.PeakKb);
        var test = Rerun(name, message is null ? Verdict.AC : message.Value.Memory ? Verdict.MLE : Verdict.TLE, message?.Text) with
        {
            Group = TestGroup.Scale,
            CpuMs = candidate.CpuMs,
            PeakKb = candidate.PeakKb,
            Details = new ScaleSeriesDetails
            {
                Sizes = sizes.Select(n => (long)n).ToList(),
                CpuMs = points.Select(p => p.Candidate.CpuMs).ToList(),
                ReferenceCpuMs = points.Select(p => p.Reference.CpuMs).ToList(),
                PeakGrowthKb = points.Select(p => p.Candidate.PeakKb).ToList(),
                ReferencePeakGrowthKb = points.Select(p => p.Reference.PeakKb).ToList(),
            },
        };
        return (test, summary);
    }

    /// <summary>The scale verdict at the largest size: null when within both limits (a difference under the noise floor always is).</summary>
    internal static (bool Memory, string Text)? ScaleFailure(long size, long cpuMs, long referenceCpuMs, long peakKb, long referencePeakKb)
    {
        if (cpuMs > SlowerLimit * Math.Max(1, referenceCpuMs) && cpuMs - referenceCpuMs > SlowerFloorMs)
        {
            return (false, $"at {size:N0} rows it took {cpuMs:N0} ms of CPU, {(double)cpuMs / Math.Max(1, referenceCpuMs):0.#}× the vectorised reference ({referenceCpuMs:N0} ms; the limit is {SlowerLimit:0}×): " +
                "a row-wise apply(axis=1), iterrows/itertuples, a Python loop over rows or a concat inside a loop; use column operations (arithmetic on whole columns, groupby, merge, transform)");
        }
        if (peakKb > MemoryLimit * Math.Max(1, referencePeakKb) && peakKb - referencePeakKb > MemoryFloorKb)
        {
            return (true, $"at {size:N0} rows its memory grew by {peakKb / 1024:N0} MB, {(double)peakKb / Math.Max(1, referencePeakKb):0.#}× the reference's {referencePeakKb / 1024:N0} MB (the limit is {MemoryLimit:0}×): " +
                "a merge that builds a cross product, copies of whole frames kept in a list, or object columns where numbers would do");
        }
        return null;
    }

    private static TestResult Compare(SqlCase testCase, ResultSet expected, PandasCall call, ComparisonRules rules, DatasetDefinition dataset, SandboxOutcome outcome)
    {
        if (call.Error is { } e)
        {
            var where = e.Line is { } line ? $" at line {line}" : "";
            var (verdict, message) = e.Kind switch
            {
                "memory" => (Verdict.MLE, $"MemoryError{where}: the function ran out of memory"),
                "output" => (Verdict.WA, e.Message),
                "exit" => (Verdict.RTE, $"the function called exit(){where}"),
                _ => (Verdict.RTE, $"{e.Type}{where}: {e.Message}".TrimEnd(' ', ':') + ContractHint(e, dataset)),
            };
            return Test(testCase.Name, testCase.Group, verdict, message, outcome) with { CpuMs = call.CpuMs };
        }
        var actual = AlignDays(expected, call.Result!);
        var comparison = ResultComparer.Compare(expected, actual, rules);
        var details = SqlJudge.RowDetails("pandas", testCase.Data, expected, actual, comparison) with { Dtypes = call.Dtypes };
        if (comparison.Equal)
        {
            return Test(testCase.Name, testCase.Group, Verdict.AC, null, outcome) with { CpuMs = call.CpuMs, WallMs = call.CpuMs, Details = details, Output = SqlJudge.Preview(actual) };
        }
        var hints = PandasHints.Explain(expected, actual, call.Dtypes, comparison);
        var causes = hints.Count > 0 ? hints : comparison.Causes;
        var text = comparison.Message + (causes.Count > 0 ? ". Likely cause: " + string.Join("; also ", causes) : "");
        return Test(testCase.Name, testCase.Group, Verdict.WA, text, outcome) with { CpuMs = call.CpuMs, WallMs = call.CpuMs, Details = details, Output = SqlJudge.Preview(actual) };
    }

    /// <summary>When the call's signature does not match the tables, says what the contract is.</summary>
    private static string ContractHint(HarnessError error, DatasetDefinition dataset) =>
        error.Type == "TypeError" && error.Message.Contains("argument", StringComparison.Ordinal)
            ? $" (solution() is called with one keyword argument per table: {string.Join(", ", dataset.Tables.Select(t => t.Name))})"
            : "";

    /// <summary>pandas has no date type: a midnight timestamp in a column where the reference holds dates is read as that date.</summary>
    internal static ResultSet AlignDays(ResultSet expected, ResultSet actual)
    {
        if (expected.Columns.Count != actual.Columns.Count || expected.Rows.Count == 0)
        {
            return actual;
        }
        var dayColumns = Enumerable.Range(0, expected.Columns.Count)
            .Where(c => expected.Rows.Any(r => r[c] is string s && s.Length == 10 && SqlValue.IsIsoDate(s)) && !expected.Rows.Any(r => r[c] is string s && s.Length > 10 && SqlValue.MidnightDay(s) is not null))
            .ToList();
        if (dayColumns.Count == 0)
        {
            return actual;
        }
        var rows = actual.Rows.Select(r =>
        {
            var copy = (object?[])r.Clone();
            foreach (var c in dayColumns)
            {
                copy[c] = SqlValue.MidnightDay(copy[c]) ?? copy[c];
            }
            return copy;
        }).ToList();
        return actual with { Rows = rows };
    }

    /// <summary>The re-run test: fails when any call changed its inputs or a second call differs; null when its case did not run.</summary>
    private static TestResult? RerunTest(PandasOutput output, int rerunIndex)
    {
        const string name = "re-run: inputs unchanged, same result twice";
        var changed = output.Calls.Values.Where(c => c.InputChanged).ToList();
        if (changed.Count > 0)
        {
            return Rerun(name, Verdict.WA, "the function changed an input frame in place (a column assigned, rows dropped or sorted with inplace=True): " +
                "the caller's data must not change; work on a copy (df = df.copy(), or df.assign(...)) instead");
        }
        if (rerunIndex < 0 || !output.Calls.TryGetValue(Id(rerunIndex), out var call) || call.Error is not null)
        {
            return null;
        }
        if (call.RerunError is { } error)
        {
            return Rerun(name, Verdict.RTE, "calling the function a second time on the same tables failed: " + error);
        }
        return call.RerunSame == false
            ? Rerun(name, Verdict.WA, "calling the function twice on the same tables gave different results: does it keep state between calls (a global, a mutable default argument) or depend on chance?")
            : Rerun(name, Verdict.AC, null);
    }

    private static TestResult Rerun(string name, Verdict verdict, string? message) => new()
    {
        Name = name,
        Group = TestGroup.Rerun,
        Status = verdict == Verdict.AC ? JudgeStatus.Pass : JudgeStatus.Fail,
        Verdict = verdict,
        Message = message,
    };

    private static TestResult Test(string name, string group, Verdict verdict, string? message, SandboxOutcome outcome) => new()
    {
        Name = name,
        Group = group,
        Status = verdict == Verdict.AC ? JudgeStatus.Pass : verdict == Verdict.IE ? JudgeStatus.Error : JudgeStatus.Fail,
        Verdict = verdict,
        Message = message,
        WallMs = outcome.WallMs,
        PeakKb = outcome.PeakKb,
        Output = verdict != Verdict.AC && outcome.Stdout.Length > 0 ? (outcome.Stdout.Length > 500 ? outcome.Stdout[..499] + "…" : outcome.Stdout) : null,
    };

    private List<string> Notes(SqlTestSuite suite, ComparisonRules rules, PythonSandbox sandbox)
    {
        var notes = new List<string>
        {
            $"pandas {_install.Value!.Version}; dataset: {suite.Dataset}; expected rows from the SQL reference on SQLite",
            "the index is ignored; NaN, None and NaT are NULL; dates arrive as datetime64[ns] and a midnight timestamp matches a date",
        };
        notes.AddRange(rules.Describe());
        if (sandbox.Warning is { } warning)
        {
            notes.Add(warning);
        }
        notes.AddRange(sandbox.Gaps);
        return notes;
    }

    private static JudgeReport Error(string problem, string message) => new()
    {
        Problem = problem,
        Language = "pandas",
        Status = JudgeStatus.Error,
        Message = message,
        Tests = [],
    };
}
