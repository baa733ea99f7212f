using System.CommandLine;
using System.Text.Json;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;

namespace Grain.Cli.Commands;

/// <summary><c>grain judge FILE [--problem ID] [--engine E] [--json]</c>: grades a submission with the judge of the problem's language.</summary>
internal static class JudgeCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The submission (e.g. avg-price-per-item.sql)" };
        var problemOption = new Option<string?>("--problem") { Description = "Problem id (default: the file name without extension)" };
        var engine = new Option<string?>("--engine") { Description = "SQL engine: sqlite (default), postgres or duckdb" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var examples = new Option<bool>("--examples") { Description = "Run only the example cases (same as --only examples)" };
        var only = new Option<string?>("--only") { Description = "Run only part of the tests: examples" };
        var requireSandbox = new Option<bool>("--require-sandbox") { Description = "Python: refuse to run without bubblewrap" };
        var data = new Option<string?>("--data") { Description = "Data folder (default: GRAIN_DATA or ~/.grain)" };
        var command = new Command("judge", "Grade a solution file against a problem's tests") { file, problemOption, engine, json, examples, only, requireSandbox, data };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!, env.WorkingDirectory);
            if (!File.Exists(path))
            {
                throw new UsageException($"file not found: {parse.GetValue(file)}");
            }
            var library = env.LoadContent();
            var id = parse.GetValue(problemOption) ?? Path.GetFileNameWithoutExtension(path);
            var problem = library.Find<Problem>(id) ?? throw new UsageException($"no problem with id '{id}' (try 'grain problems', or pass --problem ID)");
            var engineName = parse.GetValue(engine);
            if (engineName is not null && engineName is not ("sqlite" or "postgres" or "duckdb"))
            {
                throw new UsageException($"unknown engine '{engineName}' (sqlite, postgres or duckdb)");
            }
            var onlyValue = parse.GetValue(only);
            if (onlyValue is not null && onlyValue != "examples")
            {
                throw new UsageException($"--only accepts 'examples', not '{onlyValue}'");
            }
            var sandbox = parse.GetValue(requireSandbox) || env.Variable("GRAIN_REQUIRE_SANDBOX") == "1" ? SandboxMode.Required : SandboxMode.Auto;
            var judge = JudgeFor(env, library, problem, parse.GetValue(data), sandbox);
            var examplesOnly = parse.GetValue(examples) || onlyValue == "examples";
            var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, problem.Language, await File.ReadAllTextAsync(path, ct), examplesOnly, engineName), ct);
            if (parse.GetValue(json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                JudgeReportView.Write(env, report);
            }
            return report.ExitCode;
        });
        return command;
    }

    /// <summary>The judge of the problem's language: one line per language.</summary>
    private static IJudge JudgeFor(CliEnvironment env, Grain.Content.ContentLibrary library, Problem problem, string? data, SandboxMode sandbox) => problem.Language switch
    {
        "sql" => SqlJudgeRegistration.CreateJudge(env, library, data),
        "python" => new PythonJudge(new PythonJudgeOptions { Library = library, DataDirectory = env.ResolveDataDirectory(data), Sandbox = sandbox }),
        _ => throw new UsageException($"no judge for {problem.Language} problems in this build"),
    };
}
