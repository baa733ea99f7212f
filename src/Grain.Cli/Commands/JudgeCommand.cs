using System.CommandLine;
using System.Text.Json;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sandbox;

namespace Grain.Cli.Commands;

/// <summary><c>grain judge FILE --problem ID [--json] [--only examples]</c>: grades a solution file.</summary>
internal static class JudgeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The solution file" };
        var problemOption = new Option<string?>("--problem") { Description = "Problem id (default: the file name without extension)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (DESIGN.md §5)" };
        var only = new Option<string?>("--only") { Description = "Run only part of the tests: examples" };
        var requireSandbox = new Option<bool>("--require-sandbox") { Description = "Refuse to run without bubblewrap" };
        var data = new Option<string?>("--data") { Description = "Data folder (default GRAIN_DATA or ~/.grain)" };
        var command = new Command("judge", "Grade a solution against a problem's tests") { file, problemOption, json, only, requireSandbox, data };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!, env.WorkingDirectory);
            if (!File.Exists(path))
            {
                throw new UsageException($"file not found: {parse.GetValue(file)}");
            }
            var onlyValue = parse.GetValue(only);
            if (onlyValue is not null && onlyValue != "examples")
            {
                throw new UsageException($"--only accepts 'examples', not '{onlyValue}'");
            }
            var library = env.LoadContent();
            var id = parse.GetValue(problemOption) ?? Path.GetFileNameWithoutExtension(path);
            var problem = library.Find<Problem>(id) ?? throw new UsageException($"no problem with id '{id}' (see 'grain problems'; pass --problem ID)");
            if (!JudgeFactories.ByLanguage.TryGetValue(problem.Language, out var factory))
            {
                throw new UsageException($"no judge for language '{problem.Language}'");
            }
            var mode = parse.GetValue(requireSandbox) || env.Variable("GRAIN_REQUIRE_SANDBOX") == "1" ? SandboxMode.Required : SandboxMode.Auto;
            var judge = factory(new JudgeSettings(library, env.ResolveDataDirectory(parse.GetValue(data)), mode));
            var code = await File.ReadAllTextAsync(path, ct);
            var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, problem.Language, code, onlyValue == "examples"), ct);
            if (parse.GetValue(json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                JudgeReportView.Render(env, report);
            }
            return report.ExitCode;
        });
        return command;
    }
}
