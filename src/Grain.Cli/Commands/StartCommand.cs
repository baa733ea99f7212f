using System.CommandLine;
using Grain.Core.Content;

namespace Grain.Cli.Commands;

/// <summary><c>grain start ID</c>: writes the problem's starter file into the current folder.</summary>
internal static class StartCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "Problem id (see 'grain problems')" };
        var command = new Command("start", "Write a problem's starter file into the current folder") { id };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var problem = env.LoadContent().Find<Problem>(key) ?? throw new UsageException($"no problem with id '{key}' (see 'grain problems')");
            var source = Path.Combine(problem.Directory, problem.StarterFile);
            var target = Path.Combine(env.WorkingDirectory, problem.Id + Path.GetExtension(problem.StarterFile));
            if (File.Exists(target))
            {
                throw new UsageException($"{Path.GetFileName(target)} already exists; not overwriting it");
            }
            if (!File.Exists(source))
            {
                throw new UsageException($"problem '{problem.Id}' has no starter file");
            }
            File.Copy(source, target);
            env.Out.WriteLine($"wrote {Path.GetFileName(target)} — when ready: grain judge {Path.GetFileName(target)} --problem {problem.Id}");
            return GrainCli.Ok;
        });
        return command;
    }
}
