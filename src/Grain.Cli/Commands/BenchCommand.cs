using System.CommandLine;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench …</c>: benchmarks that print figures and ratios to a baseline measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create(CliEnvironment env) => new("bench", "Run benchmarks")
    {
        SqlJudgeRegistration.CreateBenchSql(env),
    };
}
