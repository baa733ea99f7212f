using System.CommandLine;
using Grain.Core.Content;
using Grain.Judge.Pandas;
using Grain.Judge.Sql;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench pandas</c>: pandas judge figures, each measured against a baseline in the same run.</summary>
internal static class PandasBench
{
    /// <summary>The problem measured: its pandas reference, dataset and examples.</summary>
    public const string Problem = "avg-price-per-item";

    public static Command Create(CliEnvironment env)
    {
        var rows = new Option<long>("--rows") { Description = "Rows of the overhead input (the largest scale size)", DefaultValueFactory = _ => 320_000 };
        var runs = new Option<int>("--runs") { Description = "Examples-only gradings (and bare pandas imports) for the latency figure", DefaultValueFactory = _ => 10 };
        var data = new Option<string?>("--data") { Description = "Data folder (default GRAIN_DATA or ~/.grain)" };
        var command = new Command("pandas", "pandas judge: examples-only latency against a bare pandas import, overhead against a bare reference run") { rows, runs, data };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(rows) < 100 || parse.GetValue(runs) < 1)
            {
                throw new UsageException("--rows must be at least 100 and --runs at least 1");
            }
            var library = env.LoadContent();
            var problem = library.Find<Problem>(Problem) ?? throw new UsageException($"the {Problem} problem is missing from the content");
            var settings = env.JudgeSettings(env.ResolveDataDirectory(parse.GetValue(data)));
            var judge = new PandasJudge(new SqlJudge(library, settings.SqlOptions()), settings.PandasOptions(library));
            if (judge.Install is null)
            {
                throw new UsageException(PandasInstall.HowToInstall);
            }
            PandasBenchFigures f;
            try
            {
                f = await judge.BenchAsync(problem, parse.GetValue(rows), parse.GetValue(runs), ct);
            }
            catch (InvalidOperationException ex)
            {
                env.Error.WriteLine($"grain: bench pandas: {ex.Message}");
                return GrainCli.Failed;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn("measured").AddColumn("goal");
            table.AddRow($"examples-only grading ({Problem}, pandas import included)",
                $"p50 {f.ExamplesP50Ms:0} ms = {f.ExamplesToImport:0.0}x a bare import of pandas (p50 {f.ImportP50Ms:0} ms)", "p50 <= 1 s");
            table.AddRow($"judge overhead (pandas reference, {f.Size:N0} rows)",
                $"{f.Overhead:0.00}x ({f.JudgedSeconds:0.00} s judged / {f.BareSeconds:0.00} s bare; first run, writing the table files: {f.FirstJudgedSeconds:0.00} s)", "<= 1.3x");
            env.Console.Write(table);
            env.Console.MarkupLine(f.Isolated ? "[grey]sandbox: bubblewrap[/]" : "[yellow]sandbox: local mode (no bubblewrap)[/]");
            return GrainCli.Ok;
        });
        return command;
    }
}
