using System.CommandLine;
using Grain.Cli.Commands;

namespace Grain.Cli;

/// <summary>Builds the <c>grain</c> command tree and runs it with Grain's exit-code rules.</summary>
public static class GrainCli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the command ran and found problems (a failing check, a failing judge).</summary>
    public const int Failed = 1;

    /// <summary>Exit code for bad usage: unknown id, bad option, unreadable input.</summary>
    public const int Usage = 2;

    /// <summary><c>--content DIR</c>, on every command: a content pack added beside the library (repeatable).</summary>
    private static readonly Option<string[]> ContentPacks = new("--content")
    {
        Description = "A content pack to add beside the library (repeatable; GRAIN_CONTENT_PATH=dir1:dir2 adds more)",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Every subcommand by name, in help order. Each command lives in its own file under Commands/.</summary>
    private static readonly (string Name, Func<CliEnvironment, Command> Create)[] Commands =
    [
        ("content", ContentCommand.Create),
        ("cards", CardsCommand.Create),
        ("show", ShowCommand.Create),
        ("serve", ServeCommand.Create),
        ("worker", WorkerCommand.Create),
        ("review", ReviewCommand.Create),
        ("assess", AssessCommand.Create),
        ("plan", PlanCommand.Create),
        ("progress", ProgressCommand.Create),
        ("user", UserCommand.Create),
        ("bench", BenchCommand.Create),
        ("judge", JudgeCommand.Create),
        ("problems", ProblemsCommand.Create),
        ("start", StartCommand.Create),
    ];

    /// <summary>
    /// The root command. With <paramref name="args"/> naming a known command, only that command is built (its options,
    /// arguments and subcommands are all a run can use); otherwise, as for <c>--help</c> or a typo, every command is.
    /// </summary>
    public static RootCommand Build(CliEnvironment env, IReadOnlyList<string>? args = null)
    {
        var root = new RootCommand("Grain: a self-hosted trainer for data-engineering interviews.");
        root.Add(ContentPacks);
        var named = args is null ? null : CommandName(args);
        var only = Commands.Where(c => c.Name == named).ToList();
        foreach (var (_, create) in only.Count == 1 ? only : [.. Commands])
        {
            root.Add(create(env));
        }
        return root;
    }

    // The first word that is neither an option nor the value of --content.
    private static string? CommandName(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == ContentPacks.Name)
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                return args[i];
            }
        }
        return null;
    }

    /// <summary>Parses and runs; a parse error prints one line and exits 2; a usage error thrown by a command exits 2.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = Build(env, args);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            env.Error.WriteLine($"grain: {parse.Errors[0].Message} (see 'grain --help')");
            return Usage;
        }
        env.ContentPacks = parse.GetValue(ContentPacks) ?? [];
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            }, cancellationToken);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"grain: {ex.Message}");
            return Usage;
        }
        catch (ContentErrorsException ex)
        {
            foreach (var error in ex.Errors)
            {
                env.Error.WriteLine(error.ToString());
            }
            env.Error.WriteLine($"grain: {ex.Message}");
            return Usage;
        }
        catch (OperationCanceledException)
        {
            return Failed;
        }
    }
}

/// <summary>A mistake in how grain was called (unknown id, missing file): one line, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
