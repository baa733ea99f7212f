namespace Grain.Cli.Tests;

/// <summary>Runs the grain command in-process and captures what it printed.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Task<Run> RunAsync(string workDir, IDictionary<string, string>? variables, params string[] args) =>
        RunAsync(workDir, variables, CancellationToken.None, args);

    public static async Task<Run> RunAsync(string workDir, IDictionary<string, string>? variables, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForTest(output, error, workDir, variables);
        var code = await GrainCli.RunAsync(args, env, cancellationToken);
        return new Run(code, output.ToString(), error.ToString());
    }
}
