using System.CommandLine;
using Grain.Core.Content;
using Grain.Judge.Python;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench judge</c>: Python judge figures, each measured against a baseline in the same run.</summary>
internal static class PythonBench
{
    public static Command Create(CliEnvironment env)
    {
        var events = new Option<long>("--events") { Description = "Events in the largest overhead input", DefaultValueFactory = _ => 400_000 };
        var runs = new Option<int>("--runs") { Description = "Examples-only gradings for the latency figure", DefaultValueFactory = _ => 20 };
        var data = new Option<string?>("--data") { Description = "Data folder (default GRAIN_DATA or ~/.grain)" };
        var command = new Command("judge", "Python judge: generator rate, judge overhead, examples-only latency") { events, runs, data };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(events) < 1000 || parse.GetValue(runs) < 1)
            {
                throw new UsageException("--events must be at least 1000 and --runs at least 1");
            }
            var library = env.LoadContent();
            var problem = library.Find<Problem>("event-counts") ?? throw new UsageException("the event-counts problem is missing from the content");
            var dataDir = env.ResolveDataDirectory(parse.GetValue(data));
            var judge = new PythonJudge(env.JudgeSettings(dataDir).PythonOptions(library));
            var result = await new JudgeBenchmark(judge, dataDir).RunAsync(problem, parse.GetValue(events), parse.GetValue(runs), ct);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn("measured").AddColumn("goal");
            table.AddRow("generator (clickstream to JSONL)", $"{result.GeneratorEventsPerSecond / 1e6:0.00} M events/s of CPU ({result.GeneratorWallSeconds:0.0} s wall for 2M)", ">= 2 M/s");
            table.AddRow($"judge overhead (event-counts reference, 3 files up to {result.Events:N0} events)",
                $"{result.Overhead:0.00}x ({result.HarnessSeconds:0.00} s CPU judged / {result.BareSeconds:0.00} s CPU bare)", "<= 1.3x");
            table.AddRow("examples-only grading, in process", $"p50 {result.ExamplesP50Ms:0} ms, p90 {result.ExamplesP90Ms:0} ms", "p50 <= 150 ms");
            table.AddRow("full grading of the reference, wall ÷ the bare candidate's CPU on the same inputs",
                $"{result.FullGradeRatio:0.00}x ({result.FullGradeWarmSeconds:0.0} s / {result.FullBareCpuSeconds:0.0} s; first grading, reference measured at every size: {result.FullGradeSeconds:0.0} s)", "<= 2x");
            env.Console.Write(table);
            env.Console.MarkupLine(result.Isolated ? "[grey]sandbox: bubblewrap[/]" : "[yellow]sandbox: local mode (no bubblewrap)[/]");
            return GrainCli.Ok;
        });
        return command;
    }
}
