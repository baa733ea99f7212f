using System.Diagnostics;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Pandas;

/// <summary>The figures of <c>grain bench pandas</c>: each beside a baseline measured in the same run.</summary>
public sealed record PandasBenchFigures(
    double ExamplesP50Ms,
    double ImportP50Ms,
    long Size,
    double JudgedSeconds,
    double BareSeconds,
    bool Isolated)
{
    /// <summary>Examples-only grading p50 over the bare <c>import pandas</c> p50.</summary>
    public double ExamplesToImport => ExamplesP50Ms / Math.Max(1, ImportP50Ms);

    /// <summary>The first judged run at this size, which also writes the table files that later runs read.</summary>
    public double FirstJudgedSeconds { get; init; }

    /// <summary>The judged reference run over the bare one at the same size.</summary>
    public double Overhead => JudgedSeconds / Math.Max(1e-6, BareSeconds);
}

public sealed partial class PandasJudge
{
    // The bare run: the same interpreter, pandas and table files, no sandbox, no harness framing, digests or output.
    private const string BareScript = """
        import importlib.util, json, sys
        import pandas as pd
        spec = importlib.util.spec_from_file_location("harness", sys.argv[1]); harness = importlib.util.module_from_spec(spec); spec.loader.exec_module(harness)
        spec = importlib.util.spec_from_file_location("solution", sys.argv[2]); solution = importlib.util.module_from_spec(spec); spec.loader.exec_module(solution)
        schema = json.loads(sys.argv[3])
        tables = {name: harness._load_table(pd, path, columns) for name, (path, columns) in schema.items()}
        solution.solution(**tables)
        """;

    /// <summary>
    /// Measures the pandas judge on a problem's reference: examples-only grading p50 against a bare
    /// <c>python3 -c "import pandas"</c> p50, and the reference's judged run at <paramref name="size"/> rows (sandbox,
    /// harness, digests, framed output) against a bare run of the same interpreter on the same table files.
    /// </summary>
    public async Task<PandasBenchFigures> BenchAsync(Problem problem, long size, int runs, CancellationToken ct = default)
    {
        var install = _install.Value ?? throw new InvalidOperationException(PandasInstall.HowToInstall);
        var reference = await File.ReadAllTextAsync(Path.Combine(problem.Directory, PandasProblems.ReferenceFile), ct);
        var examples = new List<double>();
        var imports = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var report = await JudgeAsync(new JudgeRequest(problem.Id, Language, reference, ExamplesOnly: true), ct);
            examples.Add(clock.Elapsed.TotalMilliseconds);
            if (report.Status != JudgeStatus.Pass)
            {
                throw new InvalidOperationException($"the pandas reference of {problem.Id} did not pass its examples: {report.Message}");
            }
            clock.Restart();
            await RunPythonAsync(install.Python.Executable, ["-c", "import pandas"], ct);
            imports.Add(clock.Elapsed.TotalMilliseconds);
        }
        var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
        var dataset = _sql.Catalog.Get(suite.Dataset);
        var data = new DatasetRef(dataset.Id, size, 7, []);
        var sandbox = _sandbox.Value;
        // The first run writes the table files (kept for later gradings, as in a real grading, where the reference's run
        // writes them and the candidate's reads them); the timed run is the second.
        var first = Stopwatch.StartNew();
        var run = await RunAsync(sandbox, dataset, [new PlannedCall("s0", data, Rerun: false, Scale: true)], reference, ct);
        var firstSeconds = first.Elapsed.TotalSeconds;
        var judged = Stopwatch.StartNew();
        run = await RunAsync(sandbox, dataset, [new PlannedCall("s0", data, Rerun: false, Scale: true)], reference, ct);
        var judgedSeconds = judged.Elapsed.TotalSeconds;
        if (run.Output.Calls.GetValueOrDefault("s0") is not { Error: null })
        {
            var why = run.Output.Calls.GetValueOrDefault("s0")?.Error is { } e ? $"{e.Type}: {e.Message}"
                : Python.BatchRunner.ProcessVerdict(run.Outcome, run.Limits, beforeImport: !run.Output.Ready).Item2;
            throw new InvalidOperationException($"the pandas reference of {problem.Id} did not finish at {size:N0} rows in the judge ({why}); try a smaller --rows");
        }
        var folder = Path.Combine(_options.DataDirectory, "judge", "pandas-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var solution = Path.Combine(folder, "solution.py");
            await File.WriteAllTextAsync(solution, reference, ct);
            var files = await _tables.GetAsync(dataset, data, ct);
            var schema = new System.Text.Json.Nodes.JsonObject();
            foreach (var table in dataset.Tables)
            {
                schema[table.Name] = new System.Text.Json.Nodes.JsonArray(files[table.Name],
                    new System.Text.Json.Nodes.JsonArray(table.Columns.Select(c => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonArray(c.Name, PandasProblems.Dtype(c))).ToArray()));
            }
            var bare = Stopwatch.StartNew();
            await RunPythonAsync(install.Python.Executable, ["-c", BareScript, Path.Combine(AppContext.BaseDirectory, "Pandas", HarnessName), solution, schema.ToJsonString()], ct);
            return new PandasBenchFigures(Percentile(examples, 0.5), Percentile(imports, 0.5), size, judgedSeconds, bare.Elapsed.TotalSeconds, sandbox.Isolated)
            {
                FirstJudgedSeconds = firstSeconds,
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunPythonAsync(string python, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The bare run uses one BLAS thread, as the harness does.
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {python}");
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{python} failed: {(await error).Trim()}");
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
