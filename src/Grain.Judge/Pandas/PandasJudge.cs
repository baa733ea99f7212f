using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
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
}

/// <summary>
/// Grades pandas answers to SQL problems: <c>solution(**tables)</c> runs in the Python sandbox on every case's tables, and the
/// frame it returns is compared in C#, under the problem's rules, with the SQL reference's result computed on SQLite.
/// </summary>
public sealed class PandasJudge : IJudge
{
    private const string HarnessName = "pandas_harness.py";
    private readonly SqlJudge _sql;
    private readonly PandasJudgeOptions _options;
    private readonly Lazy<PandasInstall?> _install;
    private readonly Lazy<PythonSandbox> _sandbox;

    /// <summary>Creates the judge; datasets and expected results come from the SQL judge (its SQLite engine).</summary>
    public PandasJudge(SqlJudge sql, PandasJudgeOptions options)
    {
        _sql = sql;
        _options = options;
        _install = new Lazy<PandasInstall?>(() => options.Install ?? PandasInstall.Find());
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
        var runDir = Path.Combine(_options.DataDirectory, "judge", "pandas-runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(runDir);
        try
        {
            var (outcome, output, nonce, limits) = await RunAsync(sandbox, runDir, dataset, cases, rerunIndex, request.Code, ct);
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
                    tests.Add(Compare(problem, cases[i], expected[i], call, rules, dataset, outcome));
                }
                else if (!died && (!output.Ready || unfinished == Id(i) || unfinished is null))
                {
                    var (verdict, message) = Submission.ProcessVerdict(outcome, limits, beforeImport: !output.Ready);
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
            if (!request.ExamplesOnly)
            {
                if (RerunTest(output, rerunIndex) is { } rerun)
                {
                    tests.Add(rerun);
                }
            }
            return new JudgeReport
            {
                Problem = problem.Id,
                Language = Language,
                Status = JudgeReport.StatusOf(tests),
                Tests = tests,
                Notes = Notes(suite, rules, sandbox),
            };
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

    private static string Id(int index) => "c" + index;

    private async Task<(SandboxOutcome Outcome, PandasOutput Output, string Nonce, SandboxLimits Limits)> RunAsync(
        PythonSandbox sandbox, string runDir, DatasetDefinition dataset, IReadOnlyList<SqlCase> cases, int rerunIndex, string code, CancellationToken ct)
    {
        var harness = Path.Combine(runDir, "harness.py");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Pandas", HarnessName), harness);
        var solution = Path.Combine(runDir, "solution.py");
        await File.WriteAllTextAsync(solution, code, ct);
        var files = new List<SandboxFile> { new(harness, "harness.py"), new(solution, "solution.py") };
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var calls = new JsonArray();
        for (var i = 0; i < cases.Count; i++)
        {
            if (!written.ContainsKey(cases[i].Data.Key))
            {
                written[cases[i].Data.Key] = "d" + written.Count;
                var tables = await _sql.TablesAsync(cases[i].Data, ct);
                foreach (var table in dataset.Tables)
                {
                    var name = $"{written[cases[i].Data.Key]}_{table.Name}.jsonl";
                    await WriteRowsAsync(Path.Combine(runDir, name), tables[table.Name], ct);
                    files.Add(new SandboxFile(Path.Combine(runDir, name), name));
                }
            }
            var prefix = written[cases[i].Data.Key];
            calls.Add(new JsonObject
            {
                ["id"] = Id(i),
                ["rerun"] = i == rerunIndex,
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
            CpuSeconds = 6 * (cases.Count + 1) + 4,
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

    /// <summary>Writes a table as JSON lines, one array of cells per row.</summary>
    private static async Task WriteRowsAsync(string path, ResultSet table, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await using var writer = new Utf8JsonWriter(stream);
        var newline = "\n"u8.ToArray();
        foreach (var row in table.Rows)
        {
            writer.WriteStartArray();
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case long l:
                        writer.WriteNumberValue(l);
                        break;
                    case double d when double.IsFinite(d):
                        writer.WriteNumberValue(d);
                        break;
                    case double d:
                        writer.WriteStringValue(SqlValue.Format(d));
                        break;
                    case decimal m:
                        writer.WriteNumberValue(m);
                        break;
                    default:
                        writer.WriteStringValue(cell.ToString());
                        break;
                }
            }
            writer.WriteEndArray();
            await writer.FlushAsync(ct);
            writer.Reset();
            await stream.WriteAsync(newline, ct);
        }
    }

    private static TestResult Compare(Problem problem, SqlCase testCase, ResultSet expected, PandasCall call, ComparisonRules rules, DatasetDefinition dataset, SandboxOutcome outcome)
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
        var details = SqlJudge.RowDetails("pandas", testCase.Data, expected, actual, comparison);
        details["dtypes"] = SqlJudge.Lines(call.Dtypes);
        if (comparison.Equal)
        {
            return Test(testCase.Name, testCase.Group, Verdict.AC, null, outcome) with { CpuMs = call.CpuMs, WallMs = call.CpuMs, Details = details, Output = SqlJudge.Preview(actual) };
        }
        var hints = PandasHints.Explain(expected, actual, call.Dtypes, comparison);
        var causes = hints.Count > 0 ? hints : comparison.Causes;
        details["causes"] = SqlJudge.Lines(causes);
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
