using System.CommandLine;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Bench;
using Grain.Judge.SqlDatasets;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench sql</c>: loading the 1M-row shop dataset, and per-case judging times on SQLite.</summary>
internal static class SqlBench
{
    public static Command Create(CliEnvironment env)
    {
        var rows = new Option<long>("--rows") { Description = "Purchases to load (default 1000000)", DefaultValueFactory = _ => 1_000_000 };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per problem (default 5)", DefaultValueFactory = _ => 5 };
        var data = new Option<string?>("--data") { Description = "Data folder (default: GRAIN_DATA or ~/.grain)" };
        var loadOnly = new Option<bool>("--load-only") { Description = "Only measure loading the shop dataset" };
        var command = new Command("sql", "SQL judge: dataset loading rate and per-case judging time on SQLite") { rows, repeat, data, loadOnly };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(rows) is < 1 or > 20_000_000 || parse.GetValue(repeat) is < 1 or > 100)
            {
                throw new UsageException("--rows must be 1..20000000 and --repeat 1..100");
            }
            var library = env.LoadContent();
            var dataDir = env.ResolveDataDirectory(parse.GetValue(data));
            var shop = DatasetCatalog.Load(library.Roots).Get("shop");
            var count = parse.GetValue(rows);
            var console = env.Console;
            var generated = SqlBenchmark.GenerateOnly(shop, count);
            var loaded = SqlBenchmark.LoadSqlite(shop, count, Path.Combine(dataDir, "sql-datasets", "bench"));
            console.MarkupLine($"[bold]shop load, SQLite[/]: {count:N0} purchases, {loaded.Rows:N0} rows in {loaded.Elapsed.TotalSeconds:0.00} s = {loaded.RowsPerSecond:N0} rows/s (goal < 2 s)");
            console.MarkupLine($"  of which generating and inserting rows: {loaded.Inserting?.TotalSeconds:0.00} s; indexes and statistics: {(loaded.Elapsed - (loaded.Inserting ?? TimeSpan.Zero)).TotalSeconds:0.00} s");
            console.MarkupLine($"  baseline, generating the rows only: {generated.Elapsed.TotalSeconds:0.00} s; load / generate = {loaded.Elapsed / generated.Elapsed:0.0}×");
            if (parse.GetValue(loadOnly))
            {
                return GrainCli.Ok;
            }
            var options = new SqlJudgeOptions { DataDirectory = dataDir };
            var timings = await new SqlBenchmark(library, options).TimeHiddenCasesAsync(parse.GetValue(repeat), ct);
            var table = new Table().AddColumns("problem", "hidden cases", "judge ms/case (p50)", "bare query ms/case (p50)", "ratio");
            foreach (var t in timings)
            {
                table.AddRow(t.Problem, t.HiddenCases.ToString(), $"{t.JudgeMsPerCase:0.0}", $"{t.BareMsPerCase:0.0}", $"{t.JudgeMsPerCase / Math.Max(t.BareMsPerCase, 0.001):0.00}");
            }
            console.Write(table);
            var p50 = SqlBenchmark.Median(timings.Select(t => t.JudgeMsPerCase));
            var worst = timings.Count == 0 ? 0 : timings.Max(t => t.JudgeMsPerCase);
            console.MarkupLine($"p50 over problems of judge ms per hidden case: {p50:0.0} ms; worst {worst:0.0} ms (goal ≤ 100 ms)");
            return GrainCli.Ok;
        });
        return command;
    }
}
