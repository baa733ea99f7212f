namespace Grain.Cli.Tests;

/// <summary>Runs the grain command in-process and captures what it printed.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Task<Run> RunAsync(string workDir, IDictionary<string, string>? variables, params string[] args) =>
        RunAsync(workDir, variables, CancellationToken.None, args);

    public static Task<Run> RunAsync(string workDir, IDictionary<string, string>? variables, CancellationToken cancellationToken, params string[] args) =>
        RunAsync(workDir, variables, null, cancellationToken, args);

    /// <summary>Runs with <paramref name="input"/> as the keys typed (stdin of a non-terminal session).</summary>
    public static Task<Run> RunWithInputAsync(string workDir, IDictionary<string, string>? variables, string? input, params string[] args) =>
        RunAsync(workDir, variables, input, CancellationToken.None, args);

    private static async Task<Run> RunAsync(string workDir, IDictionary<string, string>? variables, string? input, CancellationToken cancellationToken, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForTest(output, error, workDir, variables, input is null ? null : new StringReader(input));
        var code = await GrainCli.RunAsync(args, env, cancellationToken);
        return new Run(code, output.ToString(), error.ToString());
    }
}
