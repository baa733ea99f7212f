using System.Diagnostics;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;

namespace Grain.Judge.Sql.Bench;

/// <summary>One problem's timing: the judge per hidden case, and the reference query alone on the same data.</summary>
public sealed record CaseTiming(string Problem, int HiddenCases, double JudgeMsPerCase, double BareMsPerCase);

/// <summary>Measures dataset loading and per-case judging on SQLite (<c>grain bench sql</c>).</summary>
public sealed class SqlBenchmark(ContentLibrary library, SqlJudgeOptions options)
{
    /// <summary>Generates the shop rows without storing them: the baseline for loading.</summary>
    public static LoadStats GenerateOnly(DatasetDefinition shop, long rows)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        foreach (var table in DatasetGenerators.RowsFor(shop, new DatasetRef(shop.Id, rows, 1, [])))
        {
            count += table.Rows.LongCount();
        }
        return new LoadStats(count, clock.Elapsed);
    }

    /// <summary>Loads the shop dataset with <paramref name="rows"/> purchases into a fresh SQLite file.</summary>
    public static LoadStats LoadSqlite(DatasetDefinition shop, long rows, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"bench-shop-{Guid.NewGuid():N}.db");
        try
        {
            return SqliteDatasetStore.Build(shop, new DatasetRef(shop.Id, rows, 1, []), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Judges every SQL problem's reference on its hidden cases, <paramref name="repeat"/> times after a warm-up.</summary>
    public async Task<IReadOnlyList<CaseTiming>> TimeHiddenCasesAsync(int repeat, CancellationToken cancellationToken)
    {
        var judge = new SqlJudge(library, options);
        var engine = judge.Engine("sqlite")!;
        var timings = new List<CaseTiming>();
        foreach (var problem in library.Problems.Where(p => p.Language == "sql"))
        {
            var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            var hidden = suite.Cases.Where(c => c.Group == "hidden").ToList();
            if (hidden.Count == 0 || suite.Kind != SqlProblemKind.Query)
            {
                continue;
            }
            var reference = SqlJudge.ReferenceFor(problem, "sqlite");
            var request = new JudgeRequest(problem.Id, "sql", reference);
            await judge.JudgeAsync(request, cancellationToken);
            var judged = new List<double>();
            var bare = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var clock = Stopwatch.StartNew();
                await judge.JudgeAsync(request, cancellationToken);
                judged.Add(clock.Elapsed.TotalMilliseconds / hidden.Count);
                clock.Restart();
                foreach (var testCase in hidden)
                {
                    await using var session = await engine.OpenReadOnlyAsync(testCase.Data, cancellationToken);
                    await session.QueryAsync(reference, QueryLimits.Default, cancellationToken);
                }
                bare.Add(clock.Elapsed.TotalMilliseconds / hidden.Count);
            }
            timings.Add(new CaseTiming(problem.Id, hidden.Count, Median(judged), Median(bare)));
        }
        return timings;
    }

    /// <summary>The median of some values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
