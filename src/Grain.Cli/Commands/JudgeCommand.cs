using System.CommandLine;
using System.Text.Json;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge;
using Grain.Judge.Languages;
using Grain.Judge.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Cli.Commands;

/// <summary><c>grain judge FILE [--problem ID] [--language L] [--engine E] [--json]</c>: grades a submission with the judge of its language.</summary>
internal static class JudgeCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The submission (e.g. avg-price-per-item.sql)" };
        var problemOption = new Option<string?>("--problem") { Description = "Problem id (default: the file name without extension)" };
        var language = new Option<string?>("--language") { Description = "Language of the file: sql, python or pandas (default: inferred from the extension and the problem)" };
        var engine = new Option<string?>("--engine") { Description = "SQL engine: sqlite (default), postgres or duckdb" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var examples = new Option<bool>("--examples") { Description = "Run only the example cases (same as --only examples)" };
        var only = new Option<string?>("--only") { Description = "Run only part of the tests: examples" };
        var requireSandbox = new Option<bool>("--require-sandbox") { Description = "Python: refuse to run without bubblewrap" };
        var data = new Option<string?>("--data") { Description = "Data folder (default: GRAIN_DATA or ~/.grain)" };
        var command = new Command("judge", "Grade a solution file against a problem's tests") { file, problemOption, language, engine, json, examples, only, requireSandbox, data };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!, env.WorkingDirectory);
            if (!File.Exists(path))
            {
                throw new UsageException($"file not found: {parse.GetValue(file)}");
            }
            var id = parse.GetValue(problemOption) ?? Path.GetFileNameWithoutExtension(path);
            var library = env.LoadItem(id, parse.GetValue(data));
            var problem = library.Find<Problem>(id) ?? throw new UsageException($"no problem with id '{id}' (try 'grain problems', or pass --problem ID)");
            var languages = new JudgeLanguages(library);
            var judgeLanguage = LanguageOf(languages, problem, parse.GetValue(language), Path.GetExtension(path));
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
            var settings = env.JudgeSettings(parse.GetValue(data));
            if (parse.GetValue(requireSandbox))
            {
                settings = settings with { Sandbox = SandboxMode.Required };
            }
            await using var judges = new ServiceCollection().AddSingleton(library).AddGrainJudges(settings).BuildServiceProvider();
            var judge = judges.JudgeFor(judgeLanguage.Id) ?? throw new UsageException($"no judge for {judgeLanguage.Id} in this build");
            var examplesOnly = parse.GetValue(examples) || onlyValue == "examples";
            var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, judgeLanguage.Id, await File.ReadAllTextAsync(path, ct), examplesOnly, engineName), ct);
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

    /// <summary>The language asked for (it must accept the problem), else the one the extension and the problem imply, else the problem's own.</summary>
    internal static JudgeLanguage LanguageOf(JudgeLanguages languages, Problem problem, string? asked, string extension)
    {
        if (asked is not null)
        {
            var named = languages.Find(asked) ?? throw new UsageException($"unknown language '{asked}' ({languages.Ids})");
            return named.Accepts(problem) ? named
                : throw new UsageException($"{problem.Id} does not take {named.Name} answers; it takes {string.Join(", ", languages.Accepting(problem).Select(l => l.Id))}");
        }
        return languages.Infer(problem, extension) ?? languages.Find(problem.Language)
            ?? throw new UsageException($"no judge for {problem.Language} problems in this build");
    }
}
