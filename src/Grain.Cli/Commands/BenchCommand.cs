using System.CommandLine;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench …</c>: performance figures, each printed against a baseline measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create(CliEnvironment env) => new("bench", "Measure performance against in-run baselines")
    {
        SrsBench.Create(env),
        SqlJudgeRegistration.CreateBenchSql(env),
        PythonBench.Create(env),
        PandasBench.Create(env),
        WebBench.Create(env),
        CohortBench.Create(env),
        CliBench.Create(env),
    };
}
