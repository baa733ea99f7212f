using System.CommandLine;
using Grain.Core.Content;
using Grain.Judge.Languages;

namespace Grain.Cli.Commands;

/// <summary><c>grain start ID [--language L] [--force]</c>: writes the problem's starter file (ID.sql or ID.py) in the working folder.</summary>
internal static class StartCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "Problem id (see 'grain problems')" };
        var language = new Option<string?>("--language") { Description = "Answer in this language: sql, python or pandas (default: the problem's own)" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file" };
        var command = new Command("start", "Write a problem's starter file to solve in your editor") { id, language, force };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var library = env.LoadItem(key);
            var problem = library.Find<Problem>(key) ?? throw new UsageException($"no problem with id '{key}' (try 'grain problems')");
            var languages = new JudgeLanguages(library);
            var chosen = JudgeCommand.LanguageOf(languages, problem, parse.GetValue(language) ?? problem.Language, "");
            var target = Path.Combine(env.WorkingDirectory, problem.Id + chosen.Extension);
            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new UsageException($"{Path.GetFileName(target)} already exists (use --force to overwrite)");
            }
            File.WriteAllText(target, chosen.Starter(problem));
            var flag = chosen.Id == problem.Language ? "" : $" --language {chosen.Id}";
            env.Out.WriteLine($"wrote {Path.GetFileName(target)}; grade it with: grain judge {Path.GetFileName(target)}{flag}");
            return GrainCli.Ok;
        });
        return command;
    }
}
