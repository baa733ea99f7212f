using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Judge.Python;
using Grain.Judge.SqlDatasets;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain bench cli</c>: wall time of whole <c>grain</c> processes (median of N after a warm-up run), each next to a
/// baseline run in the same bench: pytest (or unittest) on the same Python examples, the sqlite3 shell plus a diff on
/// the same SQL example, and <c>grain --version</c> for the listing commands.
/// </summary>
internal static class CliBench
{
    public static Command Create(CliEnvironment env)
    {
        var runs = new Option<int>("--runs") { Description = "Timed runs per figure (default 7; the median is shown)", DefaultValueFactory = _ => 7 };
        var python = new Option<string>("--python-problem") { Description = "Python problem (default event-counts)", DefaultValueFactory = _ => "event-counts" };
        var sql = new Option<string>("--sql-problem") { Description = "SQL problem (default customer-total-spent)", DefaultValueFactory = _ => "customer-total-spent" };
        var command = new Command("cli", "Command wall times against pytest, the sqlite3 shell and grain --version") { runs, python, sql };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(runs);
            if (n is < 1 or > 101)
            {
                throw new UsageException("--runs must be 1..101");
            }
            var work = Directory.CreateTempSubdirectory("grain-bench-cli-").FullName;
            try
            {
                return await RunAsync(env, work, n, parse.GetValue(python)!, parse.GetValue(sql)!, ct);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string work, int runs, string pythonId, string sqlId, CancellationToken ct)
    {
        var content = env.ResolveContentDirectory();
        var library = env.LoadContent();
        var data = Path.Combine(work, "data");
        var grain = new Grain(content, data);
        var rows = new List<(string Figure, double Ms, string Baseline, double BaseMs, string Budget)>();
        var notes = new List<string>();

        var version = await MedianAsync(runs, () => grain.RunAsync(work, ct, "--version"));
        foreach (var args in new[] { new[] { "show", pythonId }, ["problems"], ["cards"] })
        {
            var ms = await MedianAsync(runs, () => grain.RunAsync(work, ct, args));
            rows.Add(($"grain {string.Join(' ', args)}", ms, "grain --version", version, "<= 2x"));
        }

        if (library.Find<Problem>(pythonId) is { Language: "python" } py)
        {
            var submission = Path.Combine(work, py.Id + ".py");
            File.Copy(Path.Combine(py.Directory, py.ReferenceFile), submission);
            var judged = await MedianAsync(runs, () => grain.RunAsync(work, ct, "judge", submission, "--only", "examples"));
            var (python, runner, testArgs) = await PythonTestsAsync(py, Path.Combine(work, "py"), ct);
            if (runner == "unittest")
            {
                notes.Add("pytest is not installed (apt-get install python3-pytest): the Python baseline is python3 -m unittest on the same example cases, a stricter one");
            }
            var baseline = await MedianAsync(runs, () => Exec(python, Path.Combine(work, "py"), ct, testArgs));
            rows.Add(($"grain judge {py.Id}.py --only examples", judged, $"{python} -m {runner} (same examples)", baseline, "<= 1x"));
        }
        else
        {
            notes.Add($"no Python problem '{pythonId}': Python figure skipped");
        }

        if (library.Find<Problem>(sqlId) is { Language: "sql", Dataset: { } datasetId } sq)
        {
            var submission = Path.Combine(work, sq.Id + ".sql");
            File.Copy(Path.Combine(sq.Directory, sq.ReferenceFile), submission);
            var judged = await MedianAsync(runs, () => grain.RunAsync(work, ct, "judge", submission, "--only", "examples"));
            if (Which("sqlite3") is null)
            {
                notes.Add("sqlite3 is not installed: SQL baseline skipped");
                rows.Add(($"grain judge {sq.Id}.sql --only examples", judged, "(sqlite3 missing)", double.NaN, "<= 1x"));
            }
            else
            {
                var store = new SqliteDatasetStore(DatasetCatalog.LoadOne(library.Roots, datasetId), Path.Combine(data, "sql-datasets", "sqlite"));
                var db = store.PathFor(DatasetRef.ExampleOf(datasetId));
                var script = Path.Combine(work, "check.sh");
                await File.WriteAllTextAsync(script, "sqlite3 -readonly -csv \"$1\" < \"$2\" > \"$3\" && diff -q \"$3\" \"$4\" > /dev/null\n", ct);
                var expected = Path.Combine(work, "expected.csv");
                await Exec("bash", work, ct, "-c", $"sqlite3 -readonly -csv \"$0\" < \"$1\" > \"$2\"", db, submission, expected);
                var baseline = await MedianAsync(runs, () => Exec("bash", work, ct, script, db, submission, Path.Combine(work, "actual.csv"), expected));
                rows.Add(($"grain judge {sq.Id}.sql --only examples", judged, "sqlite3 shell + diff (same example data)", baseline, "<= 1x"));
            }
        }
        else
        {
            notes.Add($"no SQL problem '{sqlId}': SQL figure skipped");
        }

        // Plain lines rather than a table: whole figures survive narrow terminals and pipes.
        foreach (var (figure, ms, baseline, baseMs, budget) in rows)
        {
            var against = double.IsNaN(baseMs) ? "no baseline" : $"{baseMs:0} ms for {baseline}, ratio {ms / baseMs:0.00}x (budget {budget})";
            env.Out.WriteLine($"{figure}: {ms:0} ms; {against}");
        }
        env.Out.WriteLine($"median wall of {runs} runs after one warm-up run each, warm caches; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        foreach (var note in notes)
        {
            env.Out.WriteLine("note: " + note);
        }
        return GrainCli.Ok;
    }

    /// <summary>Writes the problem's examples as a test file (expected values from the reference) and says how to run it.</summary>
    private static async Task<(string Python, string Runner, string[] Args)> PythonTestsAsync(Problem problem, string dir, CancellationToken ct)
    {
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(problem.Directory, problem.ReferenceFile), Path.Combine(dir, "solution.py"));
        var tests = TestsFile.Load(Path.Combine(problem.Directory, "tests.yaml"));
        var cases = new JsonArray();
        foreach (var example in tests.Examples.Where(e => e.Rows is not null))
        {
            var kwargs = new JsonObject();
            foreach (var (k, v) in tests.Args ?? [])
            {
                kwargs[k] = v?.DeepClone();
            }
            foreach (var (k, v) in example.Args ?? [])
            {
                kwargs[k] = v?.DeepClone();
            }
            cases.Add(new JsonObject { ["rows"] = example.Rows!.DeepClone(), ["kwargs"] = kwargs });
        }
        // The expected values are computed once here and written into the test file as Python literals.
        var maker = new StringBuilder()
            .AppendLine("import json, sys")
            .AppendLine($"from solution import {problem.Function} as fn")
            .AppendLine($"cases = json.loads({JsonSerializer.Serialize(cases.ToJsonString())})")
            .AppendLine("out = ['import unittest', 'from solution import " + problem.Function + " as fn', '', 'class Examples(unittest.TestCase):']")
            .AppendLine("for i, c in enumerate(cases):")
            .AppendLine("    expected = fn(iter(c['rows']), **c['kwargs'])")
            .AppendLine("    out.append(f'    def test_{i}(self):')")
            .AppendLine("    out.append(f'        self.assertEqual(fn(iter({c[\"rows\"]!r}), **{c[\"kwargs\"]!r}), {expected!r})')")
            .AppendLine("open('test_examples.py', 'w').write('\\n'.join(out) + '\\n')");
        await File.WriteAllTextAsync(Path.Combine(dir, "make_tests.py"), maker.ToString(), ct);
        await Exec("python3", dir, ct, "make_tests.py");
        // pytest where an interpreter has it (Debian's python3-pytest installs it for /usr/bin/python3 only).
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            if (await TryExec(python, dir, ct, "-c", "import pytest"))
            {
                return (python, "pytest", ["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_examples.py"]);
            }
        }
        return ("python3", "unittest", ["-m", "unittest", "-q", "test_examples"]);
    }

    private static async Task<double> MedianAsync(int runs, Func<Task> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
    }

    private static async Task Exec(string file, string dir, CancellationToken ct, params string[] args)
    {
        var (code, error) = await Start(file, dir, null, ct, args);
        if (code != 0)
        {
            throw new UsageException($"{file} {string.Join(' ', args)} failed (exit {code}): {error.Trim()}");
        }
    }

    private static async Task<bool> TryExec(string file, string dir, CancellationToken ct, params string[] args) =>
        (await Start(file, dir, null, ct, args)).Code == 0;

    private static async Task<(int Code, string Error)> Start(string file, string dir, IDictionary<string, string>? variables, CancellationToken ct, string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (k, v) in variables ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }
        using var process = Process.Start(info) ?? throw new UsageException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await output;
        return (process.ExitCode, await error);
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>This program as a child process, with its own content and a private data folder.</summary>
    private sealed class Grain(string content, string data)
    {
        public async Task RunAsync(string dir, CancellationToken ct, params string[] args)
        {
            var host = Environment.ProcessPath ?? "dotnet";
            // Run as "dotnet grain.dll" when hosted by the dotnet muxer, else the apphost itself.
            string[] all = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(GrainCli).Assembly.Location, .. args] : args;
            var variables = new Dictionary<string, string> { ["GRAIN_CONTENT"] = content, ["GRAIN_DATA"] = data, ["NO_COLOR"] = "1" };
            var (code, error) = await Start(host, dir, variables, ct, all);
            if (code != 0)
            {
                throw new UsageException($"grain {string.Join(' ', args)} failed (exit {code}): {error.Trim()}");
            }
        }
    }
}
