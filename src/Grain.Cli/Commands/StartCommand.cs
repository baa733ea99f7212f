using System.CommandLine;
using Grain.Core.Content;

namespace Grain.Cli.Commands;

/// <summary><c>grain start ID [--force]</c>: writes the problem's starter file as ID.sql or ID.py in the working folder.</summary>
internal static class StartCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "Problem id (see 'grain problems')" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file" };
        var command = new Command("start", "Write a problem's starter file to solve in your editor") { id, force };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var problem = env.LoadItem(key).Find<Problem>(key) ?? throw new UsageException($"no problem with id '{key}' (try 'grain problems')");
            var starter = Path.Combine(problem.Directory, problem.StarterFile);
            var target = Path.Combine(env.WorkingDirectory, problem.Id + Path.GetExtension(problem.StarterFile));
            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new UsageException($"{Path.GetFileName(target)} already exists (use --force to overwrite)");
            }
            File.WriteAllText(target, File.Exists(starter) ? File.ReadAllText(starter) : "");
            env.Out.WriteLine($"wrote {Path.GetFileName(target)}; grade it with: grain judge {Path.GetFileName(target)}");
            return GrainCli.Ok;
        });
        return command;
    }
}
